#pragma once

#include "ui/common/Session.h"
#include "core/billing/Quote.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ordo {

// An order's quotes (presupuestos): the ones issued, with what became of them, and a new one from
// the order's saved lines. "Preview…" records nothing; "Issue" and "Issue and e-mail…" do. A
// selected quote is printed, saved as PDF, e-mailed (through the mail outbox), and the customer's
// acceptance or refusal recorded. Every action is a core use case (core/usecases/Quotes.h).
class QuoteDialog final : public QDialog
{
    Q_OBJECT

public:
    QuoteDialog(Session session, Id orderId, QWidget *parent = nullptr);

    // The actions, callable by tests without the modal parts (file, print and input dialogs).
    QByteArray previewPdf();                                 // nothing recorded; empty after a message
    std::optional<Quote> issue();                            // with the validity and conditions typed
    bool emailSelected(const QString &to = {});              // to the customer's address unless given
    bool saveSelectedPdf(const QString &path);
    // The validity (as days from today) and conditions typed become the company's defaults.
    bool saveDefaults();
    // Records the customer's answer to the selected quote; past its validity, asks first.
    bool recordAnswer(bool accepted, const QDate &on, const QString &person, const QString &note = {});

    void selectQuote(Id quoteId);
    std::optional<Quote> selectedQuote() const;
    QList<Quote> quotes() const { return m_quotes; }

signals:
    void quotesChanged();

private:
    void reload();
    void updateButtons();
    void showPreview();
    void printSelected();
    void askEmail(bool issueFirst);
    void askAnswer(bool accepted);
    QString stateText(const Quote &quote) const;
    QByteArray pdfOf(const Quote &quote) const;

    Session m_session;
    Id m_orderId = 0;
    QList<Quote> m_quotes;
    QTableWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_email = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_refuse = nullptr;
};

} // namespace ordo
