#include "core/demo/DemoGenerator.h"
#include "core/storage/BulkInsert.h"

#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "core/demo/DemoCompany.h"
#include "core/demo/DemoOrders.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/workflow/WorkflowRepository.h"

#include <QElapsedTimer>

#include <cmath>
#include <QTimeZone>

namespace ordo {

using namespace demo;

namespace {

// How far the demo is, in percent: the orders take most of the time; the invoices, the reviews and
// the search index the rest.
constexpr int OrdersDone = 80;
constexpr int InvoicesDone = 90;

// A larger page cache for as long as the demo is written.
struct BulkMode
{
    Database &db;
    explicit BulkMode(Database &d) : db(d) { db.setBulkMode(true); }
    ~BulkMode() { db.setBulkMode(false); }
};

} // namespace

std::optional<DemoSize> demoSizeFromKey(const QString &key)
{
    if (key == QLatin1String("small"))
        return DemoSize::Small;
    if (key == QLatin1String("medium"))
        return DemoSize::Medium;
    if (key == QLatin1String("large"))
        return DemoSize::Large;
    if (key == QLatin1String("huge"))
        return DemoSize::Huge;
    return std::nullopt;
}

qint64 DemoGenerator::orderCount(DemoSize size)
{
    return profile(size).orders;
}

Result<WorkflowVersion> DemoGenerator::checkDatabase() const
{
    auto existing = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM work_orders) + (SELECT count(*) FROM customers) "
                                               "+ (SELECT count(*) FROM staff)"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return makeError(ErrorCode::Invalid, tr("This database already has data; demo data goes only into a new, empty "
                                                "database so that nothing real gets mixed with it."));
    auto wf = WorkflowRepository(m_db).defaultLatest();
    if (!wf)
        return wf.error();
    if (wf->steps.size() != StepCount || wf->version != 1)
        return makeError(ErrorCode::Invalid, tr("Demo data needs the default process map, unchanged."));
    return *wf;
}

Result<DemoReport> DemoGenerator::generate(const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    auto wf = checkDatabase();
    if (!wf)
        return wf.error();
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : Clock::now();
    Clock::ThreadOverride pinnedClock(now);  // staff and settings stamped with the demo's "now", in this thread only
    BulkMode bulkMode(m_db);
    // One transaction for the whole company: a failure leaves the database as empty as it was.
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    search::BulkIndexing indexing(m_db);
    int shown = -1;
    const std::function<void(int)> progress = [&](int percent) {
        if (options.progress && percent != shown)
            options.progress(percent);
        shown = percent;
    };
    progress(0);
    auto report = fill(*wf, options, now, progress);
    if (!report)
        return report.error();
    if (auto r = indexing.finish(); !r)
        return r.error();
    if (auto r = syncIdentities(m_db); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    progress(100);
    report->milliseconds = timer.elapsed();
    m_db.notifier().announceOrdersReset();
    return report;
}

Result<DemoReport> DemoGenerator::fill(const WorkflowVersion &wf, const Options &options, const QDateTime &now,
                                       const std::function<void(int)> &progress)
{
    const SizeProfile size = profile(options.size);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QDate today = now.toTimeZone(QTimeZone("Europe/Madrid")).date();
    const LocalDays days(today.addDays(-size.spanDays - 1), size.spanDays + 400);
    const double rate = static_cast<double>(size.orders) / size.spanDays;
    Rng rng(options.seed);
    DemoReport report;
    auto staff = createStaff(m_db, size.orders, rate, rng);
    if (!staff)
        return staff.error();
    report.staff = staff->count();

    // How much faster than the medians orders move: a busy company's few thousand open orders, or
    // (when asked for more) slower, so that about that many are still open today.
    // About 0.9 × rate × 46 orders are open at the medians' pace, and slower orders leave more open
    // less than in proportion (measured: 1.9× slower, 1.66× more), hence the power.
    const double lifeScale = options.openOrders > 0 ? std::pow(options.openOrders / (0.91 * rate * 46.0), 1.27)
                                                    : std::min(1.0, size.targetActive / (rate * 46.0));
    const OrderContext context{wf, days, *staff, size, nowSecs, lifeScale};
    OrderWriter orders(m_db, context, rng, report);
    for (qint64 i = 0; i < size.orders; ++i) {
        if (auto r = orders.write(i); !r)
            return r.error();
        progress(static_cast<int>((i + 1) * OrdersDone / size.orders));
    }
    report.customers = static_cast<qint64>(orders.customers().size());

    const CompanyProfile company = demo::company();
    if (auto r = CompanyProfiles(m_db).save(company); !r)
        return r.error();
    auto issued = issueInvoices(m_db, company, std::move(orders.invoices()), orders.customers());
    if (!issued)
        return issued.error();
    report.invoices = *issued;
    progress(InvoicesDone);
    if (auto r = writeReviews(m_db, *staff, nowSecs); !r)
        return r.error();
    if (auto r = writeCatalogue(m_db); !r)
        return r.error();
    auto assets = writeAssets(m_db, orders.installed(), orders.services(), orders.customers(), options.seed,
                              days.at(0, 8 * 60), nowSecs);
    if (!assets)
        return assets.error();
    report.assets = *assets;
    for (const auto &[year, value] : orders.orderNumbers())
        if (auto r = m_db.run(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, ?)"),
                              {QStringLiteral("work_order:%1").arg(year), value}); !r)
            return r.error();
    return report;
}

} // namespace ordo
