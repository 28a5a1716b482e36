#pragma once

#include "ui/common/Session.h"
#include "core/usecases/IntakeService.h"

#include <QDialog>

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
// For a returning customer: the phone, then Enter.
class IntakeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(Session session, QWidget *parent = nullptr);

    // Books the chosen proposal; on failure shows why and keeps everything typed.
    bool book();
    const IntakeResult &result() const { return m_result; }

public slots:
    void accept() override;

private:
    void search();
    void chooseCustomer(int row);
    void refreshProposals();
    QString postcode() const;

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
    QListWidget *m_slots;
    QLabel *m_error;
    QPushButton *m_book;
    QTimer *m_debounce;
};

} // namespace ordo
