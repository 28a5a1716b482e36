#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace ordo {

class Database;
struct WorkflowVersion;

enum class DemoSize { Small, Medium, Large, Huge };

std::optional<DemoSize> demoSizeFromKey(const QString &key);

struct DemoReport
{
    qint64 staff = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 openOrders = 0;
    qint64 events = 0;
    qint64 appointments = 0;
    qint64 lineItems = 0;
    qint64 invoices = 0;
    qint64 assets = 0;
    qint64 milliseconds = 0;
};

// A deterministic company history for trying Ordo and for benchmarks: the same seed and the same
// "today" give the same rows, byte for byte. Writes in one bulk transaction into a database that has no
// orders yet, following the default process map (including steps skipped and orders sent back).
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::DemoGenerator)

public:
    struct Options
    {
        DemoSize size = DemoSize::Small;
        quint64 seed = 1;
        QDateTime now;                           // invalid: Clock::now()
        // About how many orders are still open today (orders move slower to leave that many on the
        // board: 10,000 open cards to measure a busy board); 0: the size's usual few thousand.
        int openOrders = 0;
        // Called in the generating thread each time the percentage done grows, last with 100.
        std::function<void(int percent)> progress;
    };

    static qint64 orderCount(DemoSize size);

    explicit DemoGenerator(Database &db) : m_db(db) {}
    Result<DemoReport> generate(const Options &options);

private:
    // The default process map, unchanged, in a database without data; else why not.
    Result<WorkflowVersion> checkDatabase() const;
    // Everything but the search index, inside the caller's transaction.
    Result<DemoReport> fill(const WorkflowVersion &workflow, const Options &options, const QDateTime &now,
                            const std::function<void(int)> &progress);

    Database &m_db;
};

} // namespace ordo
