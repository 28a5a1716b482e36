#pragma once

#include "ui/common/Session.h"
#include "core/usecases/IntakeService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ordo {

class CustomerForm;

// New call (Ctrl+N): type a phone or a name; a returning customer appears at once, a new one is
// started from what was typed. Ordo proposes the best free visits, best first, each with its
// reasons; Enter books the highlighted one: order, step, assignment and visit together.
// For a returning customer: the phone, then Enter. A returning caller's open orders and last jobs
// are shown; the call may go to one of the open orders (a note, and a visit if one is booked)
// instead of a new order, and a call that needs no visit is logged without one.
class IntakeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(Session session, QWidget *parent = nullptr);

    // Books the chosen proposal; on failure shows why and keeps everything typed.
    bool book();
    const IntakeResult &result() const { return m_result; }
    // The open order the call goes to, none: a new order.
    std::optional<Id> chosenOrder() const;

public slots:
    void accept() override;

private:
    void search();
    void chooseCustomer(int row);
    void refreshProposals();
    QString postcode() const;
    void showHistory();
    void updateVisitChoice();

    Session m_session;
    std::optional<Id> m_customerId;
    QString m_customerPostcode;
    QList<Proposal> m_proposals;
    IntakeResult m_result;

    QLineEdit *m_search;
    QListWidget *m_customers;
    CustomerForm *m_newCustomer;
    QComboBox *m_kind;
    QComboBox *m_jobType;
    QLineEdit *m_title;
    QPlainTextEdit *m_notes;
    QLabel *m_historyTitle;
    QListWidget *m_history;          // "New order", then the open orders (choosable), then last jobs
    QCheckBox *m_needsVisit;
    QListWidget *m_slots;
    QLabel *m_error;
    QPushButton *m_book;
    QTimer *m_debounce;
};

} // namespace ordo
