#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <QTimer>

namespace ordo {

class Database;

// Finds what other processes committed to the database (another Ordo window, ordo-cli, the company
// server) and announces it through the database's ChangeNotifier, as if it had been changed here:
// the views refresh only what changed.
//
// A poll is one PRAGMA data_version (a few microseconds), which moves only when another connection
// has committed. Then: the order events written since the last look name the orders to refresh, and
// the change counters (kept by triggers) say whether staff, customers, the process map, invoices,
// or reviews changed (settings have a counter too, for a later reader).
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    // More orders than this changed at once: the views reload instead of refreshing each one.
    static constexpr int ResetThreshold = 200;

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);

    void start(int intervalMs = 250);
    void stop();

    // Looks once, now; true when another process had committed something since the last look.
    bool poll();

signals:
    // After the announcements of one poll (for tests and the bench).
    void externalChange();

private:
    Result<qint64> dataVersion();
    void remember();

    Database &m_db;
    QTimer m_timer;
    QSqlQuery m_versionQuery;
    qint64 m_dataVersion = -1;
    qint64 m_serverVersion = 0;  // PostgreSQL: notifications received from other connections
    qint64 m_lastEventId = 0;
    QHash<QString, qint64> m_counters;
};

} // namespace ordo
