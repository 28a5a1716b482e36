#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ordo {

class Database;

struct CopiedTable
{
    QString name;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
};

// Moving an office from one SQLite file to the office server: every row of every Ordo table, with
// its id, copied into a new, empty PostgreSQL database of the same schema version, in one
// transaction (all or nothing). The counters (invoice and order numbering), the invoice chain and
// the VERI*FACTU records come as they are: nothing is renumbered or recomputed. The search indexes
// are rebuilt on the server from the copied rows, and the identity counters set past the copied ids.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::DatabaseCopy)

public:
    DatabaseCopy(Database &source, Database &target) : m_source(source), m_target(target) {}

    // Refuses a target that already holds work (orders, customers, staff, invoices...): the move
    // is for a new server database, never a merge.
    Result<void> checkTargetEmpty() const;
    // Copies everything; `progress` gets each table's name as it starts. Returns the row counts of
    // both sides, read again after the commit.
    Result<QList<CopiedTable>> copy(const std::function<void(const QString &)> &progress = {});

    // Ordo's tables in an order that satisfies their foreign keys (parents first).
    Result<QStringList> tablesInOrder() const;

private:
    Result<QStringList> sourceColumns(const QString &table) const;
    Result<QStringList> targetColumns(const QString &table) const;

    Database &m_source;
    Database &m_target;
};

} // namespace ordo
