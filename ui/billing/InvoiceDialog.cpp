#include "ui/billing/InvoiceDialog.h"
#include "ui/billing/VerifactuRecordsPanel.h"
#include "core/common/Log.h"
#include "core/usecases/Payments.h"
#include "ui/billing/PaymentDialog.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceMail.h"
#include "core/billing/InvoicePayments.h"
#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "ui/common/LinesEditor.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Printing.h"
#include "ui/print/InvoiceRenderer.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QSaveFile>
#include <QVBoxLayout>

namespace ordo {

InvoiceDialog::InvoiceDialog(Session session, SecretStore &secrets, Id invoiceId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_secrets(secrets), m_header(new QLabel(this)), m_customer(new QLabel(this)),
      m_notes(new QLineEdit(this)), m_operationDate(new QDateEdit(this)), m_lines(new LinesEditor(this)),
      m_payments(new QListWidget(this))
{
    setObjectName(QStringLiteral("invoiceDialog"));
    resize(860, 640);
    auto *layout = new QVBoxLayout(this);
    m_header->setObjectName(QStringLiteral("invoiceHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_customer->setObjectName(QStringLiteral("invoiceCustomer"));
    m_customer->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("invoiceNotes"));
    m_notes->setPlaceholderText(tr("Notes printed on the invoice"));
    m_payments->setObjectName(QStringLiteral("invoicePayments"));
    m_payments->setMaximumHeight(80);
    layout->addWidget(m_header);
    layout->addWidget(m_customer);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_notes);
    // The day the work was done: a date picked, never free text; its lowest value means "the issue date".
    m_operationDate->setObjectName(QStringLiteral("invoiceOperationDate"));
    m_operationDate->setCalendarPopup(true);
    m_operationDate->setMinimumDate(QDate(2000, 1, 1));
    m_operationDate->setSpecialValueText(tr("the issue date"));
    m_operationDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_operationDate->setMaximumWidth(220);
    m_simplified = new QCheckBox(this);
    m_simplified->setObjectName(QStringLiteral("invoiceSimplified"));
    auto *facts = new QFormLayout;
    facts->addRow(tr("Work done on:"), m_operationDate);
    facts->addRow(QString(), m_simplified);
    layout->addLayout(facts);
    layout->addWidget(new QLabel(tr("Payments:"), this));
    layout->addWidget(m_payments);
    layout->addWidget(new VerifactuRecordsPanel(m_session, m_secrets, this));

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_save = button(tr("Save draft"), "saveInvoice");
    m_issue = button(tr("Issue"), "issueInvoice");
    m_delete = button(tr("Delete draft"), "deleteInvoice");
    QPushButton *preview = button(tr("Print…"), "printInvoice");
    QPushButton *pdf = button(tr("Save as PDF…"), "pdfInvoice");
    m_send = button(tr("Send by e-mail"), "sendInvoice");
    m_pay = button(tr("Record payment…"), "payInvoice");
    m_rectify = button(tr("Rectify…"), "rectifyInvoice");
    buttons->addStretch(1);
    QPushButton *close = button(tr("Close"), "closeInvoice");
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &InvoiceDialog::saveDraft);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        // What would be refused is said before the question, not after it.
        if (!saveDraft())
            return;
        if (auto ready = InvoiceIssuing(m_session.db).readyToIssue(m_invoice.id); !ready) {
            MessageBox::warning(this, tr("Invoice not issued"), ready.error().message);
            return;
        }
        if (MessageBox::question(this, tr("Issue invoice"),
                                 tr("Once issued, the invoice gets its number and can no longer be changed; corrections "
                                    "need a rectifying invoice. Issue it now?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            issue();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (auto r = InvoiceDrafts(m_session.db).remove(m_invoice.id, m_invoice.version, m_session.actor); !r)
            MessageBox::warning(this, tr("Invoice"), r.error().message);
        else
            QDialog::accept();
    });
    connect(preview, &QPushButton::clicked, this, &InvoiceDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save invoice"), QStringLiteral("%1.pdf").arg(
                                                              m_invoice.number.isEmpty() ? tr("draft") : m_invoice.number),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(m_send, &QPushButton::clicked, this, &InvoiceDialog::sendByEmail);
    connect(m_pay, &QPushButton::clicked, this, [this] {
        PaymentDialog payment(m_invoice, this);
        if (payment.exec() == QDialog::Accepted && payment.amount())
            recordPayment(*payment.amount(), payment.method(), payment.paidOn(), payment.note());
    });
    connect(m_rectify, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Rectifying invoice"), tr("Why is %1 being corrected?").arg(m_invoice.number),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QStringList methods{tr("By the difference: credit its lines (remove the ones that stay)"),
                                  tr("By substitution: a corrected copy that replaces it")};
        const QString method = QInputDialog::getItem(this, tr("Rectifying invoice"), tr("How is %1 corrected?").arg(m_invoice.number),
                                                     methods, 0, false, &ok);
        if (ok)
            rectify(reason, methods.indexOf(method) == 1 ? RectificationMethod::Substitution : RectificationMethod::Difference);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    load(invoiceId);
}

void InvoiceDialog::load(Id invoiceId)
{
    auto inv = InvoiceQueries(m_session.db).find(invoiceId);
    if (!inv) {
        MessageBox::error(this, tr("Invoice"), inv.error().message);
        return;
    }
    m_invoice = *inv;
    const bool draft = m_invoice.isDraft();
    const QString kind = m_invoice.kind == InvoiceKind::Rectifying ? tr("Rectifying invoice") : tr("Invoice");
    QString header = draft ? tr("<b>%1 — draft</b>").arg(kind)
                           : tr("<b>%1 %2</b> — %3, %4").arg(kind, m_invoice.number, displayName(m_invoice.status),
                                                             displayName(m_invoice.paymentState(Clock::nowSecs())));
    if (m_invoice.simplified)
        header += tr(" · simplified");
    if (m_invoice.billing != InvoiceBilling::Whole)
        header += QStringLiteral(" · ") + displayName(m_invoice.billing).toHtmlEscaped();
    if (m_invoice.kind == InvoiceKind::Rectifying)
        header += (m_invoice.rectificationMethod == RectificationMethod::Substitution ? tr(" · replaces %1: %2")
                                                                                        : tr(" · rectifies %1: %2"))
                      .arg(m_invoice.rectifiesNumber, m_invoice.rectificationReason.toHtmlEscaped());
    if (!m_invoice.orderNumber.isEmpty())
        header += tr(" · order %1").arg(m_invoice.orderNumber);
    m_header->setText(header);
    setWindowTitle(draft ? tr("Draft invoice") : tr("Invoice %1").arg(m_invoice.number));
    m_customer->setText(tr("%1 · tax ID %2 · %3").arg(m_invoice.customerName, m_invoice.customerTaxId, m_invoice.customerAddress));
    const CompanyProfile company = CompanyProfiles(m_session.db).load();
    m_simplified->setText(tr("Simplified invoice (factura simplificada): no customer tax ID needed, up to %1")
                              .arg(money::formatEuros(company.simplifiedLimit)));
    m_simplified->setChecked(m_invoice.simplified);
    m_simplified->setEnabled(draft && m_invoice.kind == InvoiceKind::Standard);
    m_lines->setLines(m_invoice.lines);
    m_lines->setTaxCausesEditable(true);
    m_lines->setReadOnly(!draft);
    m_notes->setText(m_invoice.notes);
    m_notes->setReadOnly(!draft);
    const QDate operation = QDate::fromString(m_invoice.operationDate, Qt::ISODate);
    m_operationDate->setDate(operation.isValid() ? operation : m_operationDate->minimumDate());
    m_operationDate->setReadOnly(!draft);
    m_lines->setDefaultVat(CompanyProfiles(m_session.db).load().defaultVat);
    m_lines->setCatalogue(&m_session.db);
    m_payments->clear();
    if (auto payments = InvoicePayments(m_session.db).list(m_invoice.id))
        for (const auto &p : *payments)
            m_payments->addItem(tr("%1 — %2 (%3)").arg(QDateTime::fromSecsSinceEpoch(p.paidAt).toLocalTime().date().toString(
                                                           QStringLiteral("dd/MM/yyyy")),
                                                       money::formatEuros(p.amount), paymentMethodName(p.method)) +
                                (p.note.isEmpty() ? QString() : QStringLiteral(" — ") + p.note));
    m_save->setVisible(draft);
    m_issue->setVisible(draft);
    m_delete->setVisible(draft);
    m_pay->setVisible(!draft);
    m_send->setVisible(!draft);
    m_rectify->setVisible(!draft && m_invoice.kind == InvoiceKind::Standard);
    findChild<VerifactuRecordsPanel *>()->showInvoice(m_invoice);
}

bool InvoiceDialog::saveDraft()
{
    const auto lines = m_lines->lines();
    if (!lines)
        return false;
    const QDate operation = m_operationDate->date();
    const DraftContent content{m_invoice.customerId, *lines, m_notes->text(),
                               operation == m_operationDate->minimumDate() ? QString() : operation.toString(Qt::ISODate),
                               m_simplified->isChecked(), m_invoice.billing};
    auto saved = InvoiceDrafts(m_session.db).save(m_invoice.id, m_invoice.version, content, m_session.actor);
    if (!saved) {
        MessageBox::warning(this, tr("Invoice"), saved.error().message);
        return false;
    }
    load(saved->id);
    return true;
}

bool InvoiceDialog::issue()
{
    if (!saveDraft())
        return false;
    // Issued and its order moved on to the step that waits for the payment, in one transaction.
    auto issued = InvoiceIssuing(m_session.db).issue(m_invoice.id, m_invoice.version, m_session.actor);
    if (!issued) {
        MessageBox::warning(this, tr("Invoice not issued"), issued.error().message);
        return false;
    }
    load(issued->id);
    return true;
}

bool InvoiceDialog::savePdf(const QString &path)
{
    const QByteArray pdf = InvoiceRenderer(m_invoice, CompanyProfiles(m_session.db).load()).pdf();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        MessageBox::error(this, tr("Invoice"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void InvoiceDialog::printPreview()
{
    const CompanyProfile company = CompanyProfiles(m_session.db).load();
    ordo::printPreview(this, {{}, true, [this, &company](QPagedPaintDevice *device) { InvoiceRenderer(m_invoice, company).render(device); }});
}

bool InvoiceDialog::recordPayment(Cents amount, const QString &method, const QDate &paidOn, const QString &note)
{
    // Today's payment at this moment; an earlier day's at its midday, safely inside that day.
    const qint64 paidAt = !paidOn.isValid() || paidOn == Clock::today() ? Clock::nowSecs() : Clock::startOf(paidOn) + 12 * 3600;
    auto paid = Payments(m_session.db).record(m_invoice.id, amount, paidAt, method, note, m_session.actor);
    if (!paid) {
        MessageBox::warning(this, tr("Record payment"), paid.error().message);
        return false;
    }
    load(paid->id);
    return true;
}

bool InvoiceDialog::rectify(const QString &reason, RectificationMethod method)
{
    auto draft = InvoiceLedger(m_session.db).createRectifying(m_invoice.id, Rectification{reason, method, {}, std::nullopt},
                                                              m_session.actor);
    if (!draft) {
        MessageBox::warning(this, tr("Rectifying invoice"), draft.error().message);
        return false;
    }
    load(draft->id);
    return true;
}

InvoiceDialog::~InvoiceDialog()
{
    // Closed while sending: wait for the server's answer and keep it in the invoice's mail log. (While
    // the store had not answered nothing went, and there is nothing to keep.)
    if (m_sending && !m_awaitingPassword) {
        m_sending->waitForFinished();
        if (auto r = recordInvoiceMail(m_session.db, m_mail, m_sending->result()); !r)
            qCWarning(logBilling) << "The answer of the mail server for" << m_mail.message.to << "was not kept:" << r.error().message;
    }
}

bool InvoiceDialog::sendByEmail()
{
    const QByteArray pdf = InvoiceRenderer(m_invoice, CompanyProfiles(m_session.db).load()).pdf();
    auto mail = prepareInvoiceMail(m_session.db, m_invoice.id, pdf, m_session.actor);
    if (!mail) {
        MessageBox::warning(this, tr("Not sent"), mail.error().message);
        return false;
    }
    // The mail server may take seconds (or a time-out) to answer: the window stays alive meanwhile.
    m_send->setEnabled(false);
    m_sending = new QFutureWatcher<Result<void>>(this);
    auto *progress = new QProgressDialog(tr("Sending invoice %1 to %2…").arg(m_invoice.number, mail->message.to), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("sendingProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_mail = *mail;
    connect(m_sending, &QFutureWatcherBase::finished, this, [this, progress] {
        progress->deleteLater();
        const Result<void> sent = m_sending->result();
        m_sending->deleteLater();
        m_sending = nullptr;
        m_send->setEnabled(true);
        const Result<void> recorded = recordInvoiceMail(m_session.db, m_mail, sent);
        load(m_invoice.id);
        if (sent && !recorded) {
            // It went: saying "not sent" would invite sending it twice.
            MessageBox::warning(this, tr("Invoice sent"),
                                tr("Invoice %1 was sent to %2, but Ordo could not note it: %3")
                                    .arg(m_invoice.number, m_mail.message.to, recorded.error().message));
            emit sendFinished(true);
            return;
        }
        if (!recorded) {
            MessageBox::warning(this, tr("Not sent"),
                                tr("%1\n\nThe invoice stays issued; you can send it again later.").arg(recorded.error().message));
            emit sendFinished(false);
            return;
        }
        MessageBox::information(this, tr("Invoice sent"), tr("Invoice %1 was sent to %2.").arg(m_invoice.number, m_mail.message.to));
        emit sendFinished(true);
    });
    // The password: a keyring answers through the event loop (it may first ask to be unlocked), so
    // the window stays alive meanwhile too. A store that fails is a failed sending, logged as one.
    m_awaitingPassword = true;
    m_secrets.read(m_mail.passwordKey, this, [this](const Result<QString> &stored) {
        m_awaitingPassword = false;
        if (auto password = m_mail.smtp.takePassword(stored, m_secrets.location()); !password) {
            m_sending->setFuture(QtFuture::makeReadyFuture(Result<void>(password.error())));
            return;
        }
        // The worker gets its own copy: it touches nothing of the dialog's.
        m_sending->setFuture(QtConcurrent::run([mail = m_mail] { return transmitInvoiceMail(mail); }));
    });
    return true;
}

} // namespace ordo
