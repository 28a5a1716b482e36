#include "core/billing/InvoiceMailLog.h"

#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace ordo {

Result<Invoice> InvoiceMailLog::markSent(Id invoiceId, qint64 at)
{
    auto r = withTransaction(m_db, [&]() -> Result<bool> {
        auto u = m_db.run(QStringLiteral("UPDATE invoices SET status = 'sent', sent_at = ?, updated_at = ?, version = version + 1 "
                                         "WHERE id = ? AND status <> 'draft'"),
                          {at, at, invoiceId});
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return makeError(ErrorCode::Invalid, tr("Only an issued invoice can be sent."));
        return true;
    });
    if (!r)
        return r.error();
    return InvoiceQueries(m_db).find(invoiceId);
}

Result<void> InvoiceMailLog::logEmail(Id invoiceId, const QString &recipient, bool ok, const QString &message,
                                      const QString &sentBy)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("INSERT INTO email_log (invoice_id, at, recipient, ok, message, sent_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {invoiceId, Clock::nowSecs(), recipient, ok ? 1 : 0, message, sentBy});
        if (!r)
            return r.error();
        return {};
    });
}

} // namespace ordo
