#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/reports/Reviews.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

qint64 madrid(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("review periods follow the local calendar: day, ISO week, month, quarter", "[reviews]")
{
    const qint64 at = madrid(2026, 11, 27, 15);  // a Friday
    CHECK(ReviewService::period(Cadence::Daily, at) == std::make_pair(madrid(2026, 11, 27, 0), madrid(2026, 11, 28, 0)));
    CHECK(ReviewService::period(Cadence::Weekly, at) == std::make_pair(madrid(2026, 11, 23, 0), madrid(2026, 11, 30, 0)));
    CHECK(ReviewService::period(Cadence::Monthly, at) == std::make_pair(madrid(2026, 11, 1, 0), madrid(2026, 12, 1, 0)));
    CHECK(ReviewService::period(Cadence::Quarterly, at) == std::make_pair(madrid(2026, 10, 1, 0), madrid(2027, 1, 1, 0)));
}

TEST_CASE("a review's checklist comes from the data, and signing off needs every item handled or explained", "[reviews]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    const Actor lucia{team.lucia, QStringLiteral("Lucía Romero")};
    qint64 now = madrid(2026, 11, 2);
    Clock::Override clock([&now] { return QDateTime::fromSecsSinceEpoch(now); });

    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345678");
    company.address = QStringLiteral("Calle del Sol 5");
    REQUIRE(CompanyProfiles(*db).save(company).ok());
    Customer c;
    c.name = QStringLiteral("Carmen López");
    c.taxId = QStringLiteral("12345678Z");
    c.address = QStringLiteral("Calle Mayor 12");
    c.postcode = QStringLiteral("28013");
    const Id customer = *CustomerRepository(*db).add(c);
    NewWorkOrder n;
    n.customerId = customer;
    n.title = QStringLiteral("Windows");
    n.lines = {{0, 0, QStringLiteral("Window"), 1000, 10000, 2100, 0}};
    auto stale = WorkOrderService(*db).create(n, lucia);          // no assignee, then left alone for weeks
    REQUIRE(stale.ok());
    auto invoice = InvoiceDrafts(*db).createFromOrder(stale->id, lucia);
    REQUIRE(InvoiceLedger(*db).issue(invoice->id, invoice->version, lucia).ok());  // due in 30 days, never paid
    REQUIRE(AppointmentService(*db).create({stale->id, team.javier, madrid(2026, 11, 3), madrid(2026, 11, 3, 11),
                                            AppointmentKind::Estimate, {}}, lucia, true).ok());

    ReviewPlan plan;
    plan.name = QStringLiteral("Weekly review");
    plan.cadence = Cadence::Weekly;
    plan.staffId = team.marta;
    plan.checks = {ReviewCheck::InactiveOrders, ReviewCheck::PastTarget, ReviewCheck::VisitsWithoutOutcome,
                   ReviewCheck::Unassigned, ReviewCheck::UnpaidInvoices, ReviewCheck::MissedReviews};
    ReviewService reviews(*db);
    REQUIRE(reviews.addPlan(plan).ok());

    now = madrid(2026, 12, 7);  // a Monday, five weeks later
    auto due = reviews.due(now);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().text == QStringLiteral("Weekly review pending since Friday 6 Nov — Marta Sanz"));
    CHECK(due->first().missedBefore == 5);

    auto review = reviews.open(due->first().plan.id, now);
    REQUIRE(review.ok());
    QSet<ReviewCheck> kinds;
    for (const auto &item : review->items)
        kinds.insert(item.check);
    CHECK(kinds.contains(ReviewCheck::InactiveOrders));
    CHECK(kinds.contains(ReviewCheck::PastTarget));
    CHECK(kinds.contains(ReviewCheck::VisitsWithoutOutcome));
    CHECK(kinds.contains(ReviewCheck::Unassigned));
    CHECK(kinds.contains(ReviewCheck::UnpaidInvoices));
    for (const auto &item : review->items)
        if (item.check == ReviewCheck::InactiveOrders)
            CHECK(item.description.contains(stale->number));
    // Opening again gives the same review, not a second checklist.
    CHECK(reviews.open(due->first().plan.id, now)->id == review->id);

    auto early = reviews.signOff(review->id, Actor{team.marta, QStringLiteral("Marta Sanz")}, {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("still need")));
    for (const auto &item : review->items)
        REQUIRE(reviews.setItem(item.id, item.check != ReviewCheck::UnpaidInvoices,
                                item.check == ReviewCheck::UnpaidInvoices ? QStringLiteral("Called Carmen: pays on Friday") : QString())
                    .ok());
    auto signedOff = reviews.signOff(review->id, Actor{team.marta, QStringLiteral("Marta Sanz")}, QStringLiteral("All checked"));
    REQUIRE(signedOff.ok());
    CHECK(signedOff->signedBy == QStringLiteral("Marta Sanz"));
    CHECK(signedOff->signedAt.has_value());
    CHECK(reviews.due(now)->isEmpty());
    // A signed review cannot be changed afterwards.
    CHECK_FALSE(reviews.setItem(signedOff->items.first().id, false, QStringLiteral("later")).ok());

    // The history keeps who signed, when, the notes and what was found.
    auto history = reviews.history();
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().planName == signedOff->planName);
    CHECK(history->first().signedBy == QStringLiteral("Marta Sanz"));
    CHECK(history->first().notes == QStringLiteral("All checked"));
    CHECK(history->first().itemCount == signedOff->items.size());
    CHECK(history->first().handledCount ==
          std::count_if(signedOff->items.begin(), signedOff->items.end(), [](const ReviewItem &i) { return i.handled; }));
}

TEST_CASE("a weekly review is due on its Friday and, left unsigned, says since when it is pending", "[reviews]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    qint64 now = madrid(2026, 11, 23);  // a Monday
    Clock::Override clock([&now] { return QDateTime::fromSecsSinceEpoch(now); });
    ReviewPlan plan;
    plan.name = QStringLiteral("Friday review");
    plan.cadence = Cadence::Weekly;
    plan.staffId = team.marta;
    plan.checks = {ReviewCheck::Unassigned};
    ReviewService reviews(*db);
    REQUIRE(reviews.addPlan(plan).ok());

    CHECK(reviews.due(madrid(2026, 11, 25))->first().text == QStringLiteral("Friday review due by Friday 27 Nov — Marta Sanz"));
    CHECK(reviews.due(madrid(2026, 11, 27))->first().text == QStringLiteral("Friday review due today — Marta Sanz"));
    // Monday: last week's review was never signed; the new week's is due too.
    auto monday = reviews.due(madrid(2026, 11, 30));
    REQUIRE(monday->size() == 1);
    CHECK(monday->first().missedBefore == 1);
    CHECK(monday->first().textWithMissed() ==
          QStringLiteral("Friday review pending since Friday 27 Nov — Marta Sanz (1 earlier one missed)"));
    CHECK(monday->first().dueAt == madrid(2026, 11, 27, 0));

    // In Spanish the day is written the Spanish way: "viernes 27 nov".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const QString spanish = reviews.due(madrid(2026, 11, 30))->first().text;
    QLocale::setDefault(before);
    CHECK(spanish.contains(QStringLiteral("viernes 27 nov —")));

    // Monthly reviews are due on the month's last weekday: 30 Nov 2026 is a Monday, 31 Jan 2027 a Sunday.
    CHECK(ReviewService::dueDay(Cadence::Monthly, madrid(2026, 11, 1, 0)) == QDate(2026, 11, 30));
    CHECK(ReviewService::dueDay(Cadence::Monthly, madrid(2027, 1, 1, 0)) == QDate(2027, 1, 29));
    CHECK(ReviewService::dueDay(Cadence::Daily, madrid(2026, 11, 28, 0)) == QDate(2026, 11, 28));
}

TEST_CASE("several review items are marked handled with one comment, all or none, with who did it", "[reviews]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    qint64 now = madrid(2026, 11, 23);
    Clock::Override clock([&now] { return QDateTime::fromSecsSinceEpoch(now); });
    Customer c;
    c.name = QStringLiteral("Carmen López");
    const Id customer = *CustomerRepository(*db).add(c);
    const Actor lucia{team.lucia, QStringLiteral("Lucía Romero")};
    QList<WorkOrder> orders;
    for (int i = 0; i < 3; ++i) {
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Window %1").arg(i);
        orders << *WorkOrderService(*db).create(n, lucia);  // assigned to nobody
    }
    ReviewPlan plan;
    plan.name = QStringLiteral("Daily check");
    plan.cadence = Cadence::Daily;
    plan.staffId = team.marta;
    plan.checks = {ReviewCheck::Unassigned, ReviewCheck::MissedReviews};
    ReviewService reviews(*db);
    const Id planId = *reviews.addPlan(plan);
    auto review = reviews.open(planId, now);
    REQUIRE(review.ok());
    REQUIRE(review->items.size() == 3);

    // Each item leads to its order.
    for (const ReviewItem &item : review->items) {
        auto order = reviews.orderOf(item);
        REQUIRE(order.ok());
        REQUIRE(order->has_value());
        CHECK(WorkOrderService(*db).find(**order)->number == item.reference);
    }

    now += 3600;
    const Actor marta{team.marta, QStringLiteral("Marta Sanz")};
    REQUIRE(reviews.handleItems({review->items[0].id, review->items[1].id}, QStringLiteral("Assigned to Javier"), marta).ok());
    auto after = reviews.find(review->id);
    for (int i = 0; i < 2; ++i) {
        CHECK(after->items[i].handled);
        CHECK(after->items[i].comment == QStringLiteral("Assigned to Javier"));
        CHECK(after->items[i].handledBy == QStringLiteral("Marta Sanz"));
        CHECK(after->items[i].handledAt == now);
    }
    CHECK_FALSE(after->items[2].handled);
    CHECK(after->items[2].handledBy.isEmpty());
    CHECK_FALSE(reviews.handleItems({}, QStringLiteral("x"), marta).ok());

    // Once signed off, nothing of it changes: a list mixing it with an open review's item is refused whole.
    REQUIRE(reviews.setItem(after->items[2].id, true, {}, marta).ok());
    REQUIRE(reviews.signOff(review->id, marta, {}).ok());
    now += 86400;
    auto next = reviews.open(planId, now);
    REQUIRE(next.ok());
    REQUIRE_FALSE(next->items.isEmpty());
    CHECK_FALSE(reviews.handleItems({next->items[0].id, review->items[0].id}, QStringLiteral("late"), marta).ok());
    CHECK_FALSE(reviews.find(next->id)->items[0].handled);
}
