#pragma once

#include "core/common/Result.h"

#include <QMap>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ordo {

class Database;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

struct CheckReport
{
    QStringList problems;    // in words, one each; empty when the database is sound
    QStringList notes;       // what could not be checked, and why
    bool sound() const { return problems.isEmpty(); }
};

// Health of a database: the engine's own checks and Ordo's promises (every open order in a step of
// its own process map, with a responsible person; numbering counters ahead of every number given).
class DatabaseChecks final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::DatabaseChecks)

public:
    explicit DatabaseChecks(Database &db) : m_db(db) {}

    // Every table Ordo keeps, in a fixed order, with its row count.
    Result<QList<TableCount>> tableCounts() const;
    Result<CheckReport> check() const;

    static const QStringList &tables();

private:
    Result<void> checkSchema(CheckReport &report) const;
    Result<void> checkSearchIndexes(CheckReport &report) const;
    Result<void> checkInvoiceCounters(CheckReport &report) const;
    Result<void> checkRules(CheckReport &report) const;
    Result<CheckReport> checkServer() const;
    static void reportMissing(const QMap<QString, QString> &expected, const QMap<QString, QString> &present,
                              CheckReport &report);

    Database &m_db;
};

} // namespace ordo
