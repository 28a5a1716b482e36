#include "ui/billing/VerifactuRecordsPanel.h"

#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "ui/common/MessageBox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ordo {

namespace {

QString when(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

VerifactuRecordsPanel::VerifactuRecordsPanel(Session session, SecretStore &secrets, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_secrets(secrets), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this)), m_send(new QPushButton(tr("Send to the AEAT now"), this)),
      m_correct(new QPushButton(tr("Correct the rejected record…"), this))
{
    setObjectName(QStringLiteral("verifactuRecords"));
    m_summary->setObjectName(QStringLiteral("verifactuSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("verifactuRecordsTable"));
    m_table->setHorizontalHeaderLabels({tr("VERI*FACTU record"), tr("State"), tr("CSV"), tr("AEAT's error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(90);
    m_send->setObjectName(QStringLiteral("verifactuSendNow"));
    m_correct->setObjectName(QStringLiteral("verifactuCorrect"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_correct);
    top->addWidget(m_send);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_send, &QPushButton::clicked, this, &VerifactuRecordsPanel::sendNow);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const QString what = m_rejectedAnulacion
                                 ? tr("A new registro de anulación is made for this invoice, saying that the AEAT rejected the "
                                      "one before, and sent with the next submission. Make it now?")
                                 : tr("A new registro de alta (subsanación) is made for this invoice from its data and the "
                                      "current VERI*FACTU settings, and sent with the next submission. Make it now?");
        if (MessageBox::question(this, tr("Correct the record"), what, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
            QMessageBox::Yes)
            correct();
    });
    hide();
}

VerifactuRecordsPanel::~VerifactuRecordsPanel()
{
    // Closed while sending: wait for the AEAT's answer and keep it with the records.
    if (m_sending && !m_awaitingPassword) {
        m_sending->waitForFinished();
        if (auto r = VerifactuSender(m_session.db).record(m_batch, m_sending->result()); !r)
            qCWarning(logBilling) << "The AEAT's answer was not kept:" << r.error().message;
    }
}

void VerifactuRecordsPanel::showInvoice(const Invoice &invoice)
{
    m_invoiceId = invoice.isDraft() ? 0 : invoice.id;
    reload();
}

void VerifactuRecordsPanel::reload()
{
    m_table->setRowCount(0);
    if (m_invoiceId == 0) {
        hide();
        return;
    }
    VerifactuService service(m_session.db);
    auto records = service.records(m_invoiceId);
    if (!records) {
        m_summary->setText(records.error().message);
        show();
        return;
    }
    setVisible(!records->isEmpty());
    bool pending = false;
    for (const auto &r : *records) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString kind = r.kind == verifactu::RecordKind::Anulacion ? (r.corrects ? tr("Anulación (rechazo previo) #%1") : tr("Anulación #%1"))
                       : r.corrects                                ? tr("Alta (subsanación) #%1")
                                                                   : tr("Alta #%1");
        kind = kind.arg(r.chainIndex);
        QString state = VerifactuService::stateText(r.state);
        if (r.lastAttemptAt)
            state += tr(" (%1)").arg(when(*r.lastAttemptAt));
        const QString error = r.errorCode.isEmpty() ? QString() : QStringLiteral("%1 — %2").arg(r.errorCode, r.errorText);
        const QStringList cells{kind, state, r.csv, error};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 0 ? tr("Huella %1").arg(r.huella) : cells[c]);
            if (r.state == QLatin1String("rejected"))
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(row, c, item);
        }
        pending = pending || r.state == QLatin1String("pending");
    }
    const bool sending = service.settings().mode == VerifactuSettings::Mode::Verifactu;
    const bool rejected = !records->isEmpty() && records->last().state == QLatin1String("rejected");
    m_rejectedAnulacion = rejected && records->last().kind == verifactu::RecordKind::Anulacion;
    QString summary;
    if (m_rejectedAnulacion)
        summary = tr("The AEAT rejected the annulment of this invoice: correct the cause, then send the annulment again.");
    else if (rejected)
        summary = tr("The AEAT rejected this invoice's record: correct the cause, then make a subsanación record.");
    else if (pending && sending) {
        summary = tr("Waiting to be sent to the AEAT.");
        if (auto st = VerifactuSender(m_session.db).status(); st && !st->lastError.isEmpty() && st->failures > 0)
            summary += QLatin1Char(' ') + tr("Last attempt: %1").arg(st->lastError);
    } else if (!sending)
        summary = tr("No VERI*FACTU: the records are kept, not sent.");
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_send->setVisible(pending && sending);
    m_send->setEnabled(!m_sending);
    m_correct->setVisible(rejected);
}

bool VerifactuRecordsPanel::correct()
{
    auto made = VerifactuService(m_session.db).correct(m_invoiceId, m_session.actor);
    if (!made) {
        MessageBox::warning(this, tr("VERI*FACTU"), made.error().message);
        return false;
    }
    reload();
    return true;
}

bool VerifactuRecordsPanel::sendNow()
{
    if (m_sending)
        return false;
    VerifactuSender sender(m_session.db);
    auto due = sender.nextBatch(m_session.actor);
    if (!due) {
        MessageBox::warning(this, tr("Not sent"), due.error().message);
        return false;
    }
    if (!due->batch) {
        if (due->waitUntil)
            MessageBox::information(this, tr("VERI*FACTU"),
                                    tr("The AEAT allows the next submission at %1; the records wait until then.").arg(when(*due->waitUntil)));
        else
            MessageBox::information(this, tr("VERI*FACTU"), tr("Nothing is waiting to be sent."));
        reload();
        return false;
    }
    m_batch = std::move(*due->batch);
    m_send->setEnabled(false);
    m_summary->setText(tr("Sending %n record(s) to the AEAT…", nullptr, int(m_batch.records.size())));
    m_summary->show();
    m_sending = new QFutureWatcher<Result<VerifactuAnswer>>(this);
    connect(m_sending, &QFutureWatcherBase::finished, this, &VerifactuRecordsPanel::finishSending);
    // The certificate's password from the store (a keyring answers later), then the network in a worker.
    m_awaitingPassword = true;
    m_secrets.read(m_batch.passwordKey, this, [this](const Result<QString> &stored) {
        m_awaitingPassword = false;
        if (!stored || stored->isEmpty()) {
            const QString why = !stored ? stored.error().message
                                        : tr("No password for the AEAT certificate is kept in %1: import the certificate again in "
                                             "Settings › VERI*FACTU.")
                                              .arg(m_secrets.location());
            m_sending->setFuture(QtFuture::makeReadyFuture(Result<VerifactuAnswer>(makeError(ErrorCode::Invalid, why))));
            return;
        }
        m_batch.password = *stored;
        m_sending->setFuture(QtConcurrent::run([batch = m_batch] { return VerifactuSender::transmit(batch); }));
    });
    return true;
}

void VerifactuRecordsPanel::finishSending()
{
    const Result<VerifactuAnswer> answer = m_sending->result();
    m_sending->deleteLater();
    m_sending = nullptr;
    auto outcome = VerifactuSender(m_session.db).record(m_batch, answer);
    m_batch.password.clear();
    reload();
    if (!outcome) {
        MessageBox::warning(this, tr("Not sent"), outcome.error().message);
        emit sendFinished(false);
        return;
    }
    if (outcome->failed()) {
        MessageBox::warning(this, tr("Not sent"), outcome->failure);
        emit sendFinished(false);
        return;
    }
    QString text = tr("The AEAT answered (CSV %1): %2 accepted, %3 accepted with errors, %4 rejected.")
                       .arg(outcome->csv)
                       .arg(outcome->accepted)
                       .arg(outcome->acceptedWithErrors)
                       .arg(outcome->rejected);
    if (!outcome->problems.isEmpty())
        text += QStringLiteral("\n\n") + outcome->problems.join(QLatin1Char('\n'));
    if (outcome->rejected > 0)
        MessageBox::warning(this, tr("VERI*FACTU"), text);
    else
        MessageBox::information(this, tr("VERI*FACTU"), text);
    emit sendFinished(outcome->rejected == 0);
}

} // namespace ordo
