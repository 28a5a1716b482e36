#pragma once

#include "core/billing/InvoiceMail.h"
#include "core/billing/Invoice.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ordo {

class LinesEditor;

// One invoice: a draft is edited and issued; an issued invoice is only printed, saved as PDF,
// e-mailed, paid or rectified, never changed.
class InvoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    // `secrets` holds the mail password (asked when sending).
    InvoiceDialog(Session session, SecretStore &secrets, Id invoiceId, QWidget *parent = nullptr);
    ~InvoiceDialog() override;

    bool saveDraft();
    bool issue();
    bool savePdf(const QString &path);
    // A payment received on `paidOn` (today when not given); refused, with the reason shown, for a later day.
    bool recordPayment(Cents amount, const QString &method, const QDate &paidOn = {}, const QString &note = {});
    // Creates the rectifying draft and shows it in this dialog.
    bool rectify(const QString &reason, RectificationMethod method = RectificationMethod::Difference);
    // Asks the store for the mail password, then sends in a worker (the keyring and the mail server
    // may both be slow); sendFinished() says how it went.
    bool sendByEmail();
    bool isSending() const { return m_sending != nullptr; }
    const Invoice &invoice() const { return m_invoice; }

signals:
    void sendFinished(bool sent);

private:
    void load(Id invoiceId);
    void printPreview();

    Session m_session;
    SecretStore &m_secrets;
    Invoice m_invoice;
    QLabel *m_header;
    QLabel *m_customer;
    QLineEdit *m_notes;
    QDateEdit *m_operationDate;
    QCheckBox *m_simplified = nullptr;
    LinesEditor *m_lines;
    QListWidget *m_payments;
    QPushButton *m_save;
    QPushButton *m_issue;
    QPushButton *m_delete;
    QPushButton *m_pay;
    QPushButton *m_rectify;
    QPushButton *m_send;
    QFutureWatcher<Result<void>> *m_sending = nullptr;
    bool m_awaitingPassword = false;  // sending, but nothing has gone yet: the store has not answered
    InvoiceMail m_mail;  // the one being sent
};

} // namespace ordo
