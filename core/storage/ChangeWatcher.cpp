#include "core/storage/ChangeWatcher.h"

#include "core/common/Log.h"
#include "core/storage/Database.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

namespace ordo {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
    if (m_db.dialect() == Database::Dialect::PostgreSQL) {
        // The server tells: every commit that changed something NOTIFYs ordo_changes (triggers of
        // migration 7). Another connection's notification counts as a new "data version"; our own
        // commits are announced by the services that made them, as on SQLite.
        QSqlDriver *driver = m_db.connection().driver();
        if (!driver->subscribeToNotification(QStringLiteral("ordo_changes")))
            qCWarning(logSync) << "Could not listen to the server's changes:" << driver->lastError().text();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source != QSqlDriver::SelfSource) {
                        ++m_serverVersion;
                        if (m_timer.isActive())
                            QTimer::singleShot(0, this, [this] { poll(); });
                    }
                });
    }
    remember();
}

void ChangeWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

Result<qint64> ChangeWatcher::dataVersion()
{
    if (m_db.dialect() != Database::Dialect::SQLite)
        return m_serverVersion;
    // Prepared once: a poll is then a step of an existing statement.
    if (!m_versionQuery.isActive() && m_versionQuery.lastQuery().isEmpty()) {
        m_versionQuery = QSqlQuery(m_db.connection());
        m_versionQuery.setForwardOnly(true);
        if (!m_versionQuery.prepare(QStringLiteral("PRAGMA data_version")))
            return m_db.driverError(tr("Could not watch the database for changes"), m_versionQuery.lastError());
    }
    if (!m_versionQuery.exec() || !m_versionQuery.next())
        return m_db.driverError(tr("Could not watch the database for changes"), m_versionQuery.lastError());
    const qint64 version = m_versionQuery.value(0).toLongLong();
    m_versionQuery.finish();
    return version;
}

void ChangeWatcher::remember()
{
    if (auto v = dataVersion())
        m_dataVersion = *v;
    if (auto id = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM order_events")))
        m_lastEventId = id->toLongLong();
    if (auto q = m_db.run(QStringLiteral("SELECT name, n FROM change_counters"))) {
        while (q->next())
            m_counters.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
}

bool ChangeWatcher::poll()
{
    if (m_db.inTransaction())
        return false;  // our own write is under way; look next time
    auto version = dataVersion();
    if (!version) {
        qCWarning(logSync) << version.error().message;
        return false;
    }
    if (*version == m_dataVersion)
        return false;

    ChangeNotifier &notifier = m_db.notifier();
    auto events = m_db.run(QStringLiteral("SELECT id, order_id FROM order_events WHERE id > ? ORDER BY id LIMIT ?"),
                           {m_lastEventId, ResetThreshold + 1});
    if (!events) {
        qCWarning(logSync) << events.error().message;
        return false;  // looked at again next time: the version is not marked as seen
    }
    QList<Id> orders;
    QSet<Id> seen;
    int rows = 0;
    while (events->next()) {
        ++rows;
        m_lastEventId = events->value(0).toLongLong();
        const Id order = events->value(1).toLongLong();
        if (!seen.contains(order)) {
            seen.insert(order);
            orders.append(order);
        }
    }
    if (rows > ResetThreshold) {
        if (auto last = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM order_events")))
            m_lastEventId = last->toLongLong();
        notifier.announceOrdersReset();
    } else {
        for (Id order : orders)
            notifier.announceOrder(order);
    }

    auto counters = m_db.run(QStringLiteral("SELECT name, n FROM change_counters"));
    m_dataVersion = *version;  // both reads done (a failed one below is logged; the orders are announced)
    if (!counters) {
        qCWarning(logSync) << counters.error().message;
    } else {
        while (counters->next()) {
            const QString name = counters->value(0).toString();
            const qint64 n = counters->value(1).toLongLong();
            if (m_counters.value(name, -1) == n)
                continue;
            m_counters.insert(name, n);
            if (name == QLatin1String("staff"))
                notifier.announceStaff();
            else if (name == QLatin1String("customers"))
                notifier.announceCustomers();
            else if (name == QLatin1String("workflows"))
                notifier.announceWorkflow(0);
            else if (name == QLatin1String("invoices"))
                notifier.announceInvoices();
            else if (name == QLatin1String("reviews"))
                notifier.announceReviews();
        }
    }
    emit externalChange();
    return true;
}

} // namespace ordo
