#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/reports/ProcessEvaluation.h"
#include "core/workflow/WorkflowEditor.h"
#include "core/usecases/OrderMoves.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor marta{std::nullopt, QStringLiteral("Marta Sanz")};
constexpr qint64 Day = 86400;

// Ten repairs that go straight to installation and ten installations through the estimate visit
// and a slow quote; three of the installations need a second visit. Answers known by hand.
struct Shop
{
    TestDatabase db;
    Team team = addTeam(*db);
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone("Europe/Madrid"));
    Clock::Override clock{[this] { return now; }};
    Id firstVersion = WorkflowRepository(*db).defaultLatest()->id;
    WorkflowVersion wf;

    Shop()
    {
        // The same map without the invoice requirements, so that orders can be walked to Paid.
        WorkflowVersion v1 = *WorkflowRepository(*db).defaultLatest();
        WorkflowEdit e = editOf(v1);
        for (auto &s : e.steps)
            s.exitRequires = ExitRequirement::None;
        REQUIRE(WorkflowEditor(*db).save(e, marta).ok());
        wf = *WorkflowRepository(*db).defaultLatest();
    }

    // Walks a new order through (step, days spent before moving on) pairs, starting in "Call received".
    Id walk(const QString &jobType, std::initializer_list<std::pair<const char *, double>> route, double daysInCall,
            std::optional<std::pair<const char *, double>> noteIn = std::nullopt)
    {
        NewWorkOrder n;
        n.customerId = addCustomer(*db);
        n.title = QStringLiteral("Job");
        n.jobType = jobType;
        auto o = WorkOrderService(*db).create(n, marta);
        REQUIRE(o.ok());
        WorkOrder current = *o;
        now = now.addSecs(static_cast<qint64>(daysInCall * Day));
        bool noted = false;
        for (const auto &[step, days] : route) {
            auto moved = OrderMoves(*db).move(current.id, current.version, wf.stepNamed(QString::fromUtf8(step))->id, marta);
            INFO(step);
            REQUIRE(moved.ok());
            current = moved->order;
            const QDateTime entered = now;
            if (noteIn && !noted && QString::fromUtf8(noteIn->first) == QString::fromUtf8(step)) {
                noted = true;
                now = entered.addSecs(static_cast<qint64>(noteIn->second * Day));
                REQUIRE(WorkOrderService(*db).addNote(current.id, marta, QStringLiteral("Called the customer")).ok());
                current = *WorkOrderService(*db).find(current.id);
            }
            now = entered.addSecs(static_cast<qint64>(days * Day));
        }
        return current.id;
    }

    const StepEvaluation &step(const ProcessEvaluation &ev, const char *name)
    {
        for (const auto &s : ev.steps)
            if (s.name == QString::fromUtf8(name))
                return s;
        FAIL(name);
        return ev.steps.first();
    }

    void fill()
    {
        for (int i = 0; i < 10; ++i)
            walk(QStringLiteral("Repair"),
                 {{"Installation scheduled", 1}, {"In progress", 2}, {"Work completed", 1}, {"Invoiced", 1}, {"Paid", 0}}, 1);
        for (int i = 0; i < 10; ++i) {
            if (i < 3)
                walk(QStringLiteral("Installation"),
                     {{"Estimate visit scheduled", 2}, {"Quote sent", 6}, {"Estimate visit scheduled", 2}, {"Quote sent", 1},
                      {"Quote accepted", 1}, {"Installation scheduled", 1}, {"In progress", 1}, {"Work completed", 1},
                      {"Invoiced", 1}, {"Paid", 0}},
                     1, std::pair{"Quote sent", 1.0});
            else
                walk(QStringLiteral("Installation"),
                     {{"Estimate visit scheduled", 2}, {"Quote sent", 6}, {"Quote accepted", 1}, {"Installation scheduled", 1},
                      {"In progress", 1}, {"Work completed", 1}, {"Invoiced", 1}, {"Paid", 0}},
                     1, std::pair{"Quote sent", 1.0});
        }
        // One order still open in "Quote sent", and one cancelled straight from the call.
        walk(QStringLiteral("Installation"), {{"Estimate visit scheduled", 2}, {"Quote sent", 0}}, 1);
        walk(QStringLiteral("Installation"), {{"Cancelled", 0}}, 0.5);
    }
};

bool has(const QList<Finding> &findings, FindingKind kind, const QString &step, const QString &job = {})
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.kind == kind && f.stepName == step && (job.isEmpty() || f.jobType == job);
    });
}

} // namespace

TEST_CASE("process evaluation counts passes, returns, times and waiting per step of a version", "[process]")
{
    Shop shop;
    shop.fill();
    auto ev = ProcessEvaluator(*shop.db).evaluate(shop.wf.id);
    REQUIRE(ev.ok());
    CHECK(ev->orders == 22);
    CHECK(ev->finished == 20);
    CHECK(ev->cancelled == 1);
    CHECK(ev->finishedByJob.value(QStringLiteral("Repair")) == 10);
    CHECK(ev->finishedByJob.value(QStringLiteral("Installation")) == 10);
    // Repairs take 1+1+2+1+1 = 6 days, installations 14 or 17: the median of twenty is the tenth, 6 days.
    CHECK(ev->medianLeadSeconds == 6 * Day);

    const StepEvaluation &visit = shop.step(*ev, "Estimate visit scheduled");
    CHECK(visit.passed == 11);
    CHECK(visit.returned == 3);
    CHECK(visit.finishedThroughByJob.value(QStringLiteral("Repair")) == 0);
    CHECK(visit.finishedThroughByJob.value(QStringLiteral("Installation")) == 10);

    const StepEvaluation &quote = shop.step(*ev, "Quote sent");
    CHECK(quote.passed == 11);
    CHECK(quote.returned == 3);
    // Thirteen stays ended: three of one day and ten of six; the 7th and 12th of them.
    CHECK(quote.staysEnded == 13);
    CHECK(quote.medianSeconds == 6 * Day);
    CHECK(quote.p90Seconds == 6 * Day);
    // A note one day in on every first stay, and the second stays ended after one day: one day of waiting.
    CHECK(quote.medianWaitSeconds == 1 * Day);
    // Each installation spent its longest stay in "Quote sent"; each repair in "In progress".
    CHECK(quote.longestHere == 10);
    CHECK(shop.step(*ev, "In progress").longestHere == 10);
    CHECK(shop.step(*ev, "Call received").passed == 22);
    CHECK(shop.step(*ev, "On hold").passed == 0);

    // Orders of the first version are not counted in the second.
    auto first = ProcessEvaluator(*shop.db).evaluate(shop.firstVersion);
    REQUIRE(first.ok());
    CHECK(first->orders == 0);
    auto versions = ProcessEvaluator(*shop.db).versions();
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).version == 2);
    CHECK(versions->at(0).orders == 22);
}

TEST_CASE("findings name slow steps, skips by kind of job and returns, with the numbers behind them", "[process]")
{
    Shop shop;
    shop.fill();
    auto ev = ProcessEvaluator(*shop.db).evaluate(shop.wf.id);
    REQUIRE(ev.ok());
    const QList<Finding> &f = ev->findings;
    INFO([&] {
        QString all;
        for (const auto &x : f)
            all += x.text + QLatin1Char('\n');
        return all.toStdString();
    }());
    // Quote sent: median 6 days against a target of 3, and half the orders wait there longest.
    REQUIRE(has(f, FindingKind::Slow, QStringLiteral("Quote sent")));
    CHECK(f.first().kind == FindingKind::Slow);
    CHECK(f.first().text == QStringLiteral("Quote sent: median 6 days, target 3 days; 50 % of orders wait here longest."));
    // Every repair goes around the estimate visit; installations do not.
    CHECK(has(f, FindingKind::Skipped, QStringLiteral("Estimate visit scheduled"), QStringLiteral("Repair")));
    CHECK_FALSE(has(f, FindingKind::Skipped, QStringLiteral("Estimate visit scheduled"), QStringLiteral("Installation")));
    for (const auto &x : f)
        if (x.kind == FindingKind::Skipped && x.stepName == QStringLiteral("Estimate visit scheduled"))
            CHECK(x.text == QStringLiteral("Estimate visit scheduled is skipped by 100 % of Repair orders."));
    // Three of eleven came back to the visit and to the quote: 27 %, over the 15 % threshold.
    CHECK(has(f, FindingKind::Returned, QStringLiteral("Quote sent")));
    CHECK(has(f, FindingKind::Returned, QStringLiteral("Estimate visit scheduled")));
    // In progress is within its 2-day target, and "On hold" is an exception, never "unused".
    CHECK_FALSE(has(f, FindingKind::Slow, QStringLiteral("In progress")));
    CHECK_FALSE(has(f, FindingKind::Unused, QStringLiteral("On hold")));
    // Every finding points at a step of the version.
    for (const auto &x : f)
        CHECK(std::any_of(shop.wf.steps.begin(), shop.wf.steps.end(), [&](const Step &s) { return s.id == x.stepId; }));
}

TEST_CASE("findings thresholds: too few orders conclude nothing, shares below the line are not reported", "[process]")
{
    Shop shop;
    shop.fill();
    auto ev = ProcessEvaluator(*shop.db).evaluate(shop.wf.id);
    REQUIRE(ev.ok());

    FindingThresholds strict;
    strict.minimumOrders = 11;  // ten repairs are not enough to say they skip a step
    auto f = ProcessEvaluator::findings(*ev, strict);
    CHECK_FALSE(has(f, FindingKind::Skipped, QStringLiteral("Estimate visit scheduled"), QStringLiteral("Repair")));
    CHECK(has(f, FindingKind::Returned, QStringLiteral("Quote sent")));  // 11 orders passed

    FindingThresholds lenient;
    lenient.slowOverTarget = 2.1;  // six days against three is twice the target, not more
    f = ProcessEvaluator::findings(*ev, lenient);
    CHECK_FALSE(has(f, FindingKind::Slow, QStringLiteral("Quote sent")));
    CHECK(has(f, FindingKind::Bottleneck, QStringLiteral("Quote sent")));  // half the orders still wait longest there

    FindingThresholds returns;
    returns.returnedShare = 0.28;  // 3 of 11 is 27 %
    f = ProcessEvaluator::findings(*ev, returns);
    CHECK_FALSE(has(f, FindingKind::Returned, QStringLiteral("Quote sent")));

    // Skips: every repair goes around the estimate visit (100 %); a line above that says nothing.
    FindingThresholds noSkips;
    noSkips.skippedShare = 1.01;
    CHECK_FALSE(has(ProcessEvaluator::findings(*ev, noSkips), FindingKind::Skipped, QStringLiteral("Estimate visit scheduled")));

    // Bottleneck: half the orders wait longest in "In progress" (the repairs), within its target.
    CHECK(has(ev->findings, FindingKind::Bottleneck, QStringLiteral("In progress")));
    FindingThresholds rareBottlenecks;
    rareBottlenecks.bottleneckShare = 0.6;
    CHECK_FALSE(has(ProcessEvaluator::findings(*ev, rareBottlenecks), FindingKind::Bottleneck, QStringLiteral("In progress")));

    // Waiting: nobody acts on "Estimate visit scheduled" for its two days, two thirds of its 3-day
    // target: reported from half the target, not from three quarters.
    FindingThresholds impatient;
    impatient.waitingOfTarget = 0.5;
    CHECK(has(ProcessEvaluator::findings(*ev, impatient), FindingKind::Waiting, QStringLiteral("Estimate visit scheduled")));
    CHECK_FALSE(has(ev->findings, FindingKind::Waiting, QStringLiteral("Estimate visit scheduled")));

    FindingThresholds few;
    few.minimumOrders = 21;  // twenty finished orders: nothing is concluded at all
    CHECK(ProcessEvaluator::findings(*ev, few).isEmpty());
}

TEST_CASE("a step nobody uses is reported as removable", "[process]")
{
    Shop shop;
    for (int i = 0; i < 10; ++i)
        shop.walk(QStringLiteral("Repair"),
                  {{"Installation scheduled", 1}, {"In progress", 1}, {"Work completed", 1}, {"Invoiced", 1}, {"Paid", 0}}, 1);
    auto ev = ProcessEvaluator(*shop.db).evaluate(shop.wf.id);
    REQUIRE(ev.ok());
    CHECK(has(ev->findings, FindingKind::Unused, QStringLiteral("Quote accepted")));
    for (const auto &x : ev->findings)
        if (x.kind == FindingKind::Unused && x.stepName == QStringLiteral("Quote accepted"))
            CHECK(x.text == QStringLiteral("Quote accepted was not used by any of the 10 finished orders: it could be removed."));
}
