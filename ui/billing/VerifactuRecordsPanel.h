#pragma once

#include "core/billing/Invoice.h"
#include "core/billing/VerifactuSender.h"
#include "ui/common/Session.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ordo {

// An issued invoice's VERI*FACTU records (alta, anulación, subsanación) and what the AEAT answered
// for each: accepted with its CSV, or rejected with the error. "Send to the AEAT now" sends what is
// due (a worker thread does the network; the window stays alive); "Correct…" makes the subsanación
// record of a rejected alta, or sends a rejected anulación again (RechazoPrevio). Hidden for a draft, which has no record.
class VerifactuRecordsPanel final : public QWidget
{
    Q_OBJECT

public:
    VerifactuRecordsPanel(Session session, SecretStore &secrets, QWidget *parent = nullptr);
    ~VerifactuRecordsPanel() override;

    void showInvoice(const Invoice &invoice);
    QTableWidget *table() const { return m_table; }
    // Sends the batch that is due (asks the store for the certificate's password first); false when
    // nothing could start (the reason is shown). sendFinished() says how it went.
    bool sendNow();
    bool correct();
    bool isSending() const { return m_sending != nullptr; }

signals:
    void sendFinished(bool ok);

private:
    void reload();
    void finishSending();

    Session m_session;
    SecretStore &m_secrets;
    Id m_invoiceId = 0;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_send;
    QPushButton *m_correct;
    QFutureWatcher<Result<VerifactuAnswer>> *m_sending = nullptr;
    bool m_awaitingPassword = false;
    bool m_rejectedAnulacion = false;  // the last record is an anulación the AEAT rejected
    VerifactuBatch m_batch;  // the one being sent
};

} // namespace ordo
