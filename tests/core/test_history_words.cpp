// The history keeps facts and is worded when shown, in the reader's language: an order's whole
// story read in Spanish has no English word in it, and rows written before stay as they were.

#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/common/Clock.h"
#include "core/domain/Money.h"
#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/Payments.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTranslator>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor marta{std::nullopt, QStringLiteral("Marta Sanz")};

// Spanish for one scope: Ordo's Spanish translation on top of the others, then taken away again.
struct Spanish
{
    Spanish()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/ordo_es.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    }
    ~Spanish()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    QTranslator translator;
};

QStringList story(Database &db, Id orderId)
{
    QStringList lines;
    const auto history = WorkOrderService(db).history(orderId);
    REQUIRE(history.ok());
    for (const OrderEvent &e : *history)
        lines << describeEvent(e);
    return lines;
}

} // namespace

TEST_CASE("an order's whole history read in Spanish has no English word, and in English no Spanish one", "[history]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    Clock::Override clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone("Europe/Madrid")));
    InvoiceDrafts drafts(*db);
    InvoiceLedger ledger(*db);
    addCompanyProfile(*db);
    NewWorkOrder n;
    n.customerId = addFiscalCustomer(*db);
    n.title = QStringLiteral("Tres ventanas");
    n.lines = {{0, 0, QStringLiteral("Ventana PVC"), 3000, 38500, 2100, 0}};
    auto order = WorkOrderService(*db).create(n, marta);
    REQUIRE(order.ok());

    // Edited: priority, due date, lines, assignee.
    OrderDetails edit = n;
    edit.priority = Priority::High;
    edit.dueAt = QDateTime(QDate(2026, 12, 4), QTime(18, 0), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
    edit.lines = {{0, 0, QStringLiteral("Ventana PVC"), 4000, 38500, 2100, 0}};
    edit.assigneeId = team.javier;
    auto edited = WorkOrderService(*db).update(order->id, order->version, edit, marta);
    REQUIRE(edited.ok());
    // A visit booked, moved and done.
    AppointmentService visits(*db);
    const qint64 ten = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
    auto visit = visits.create({order->id, team.javier, ten, ten + 3600, AppointmentKind::Estimate, {}}, marta, true);
    REQUIRE(visit.ok());
    auto moved = visits.reschedule(visit->appointment.id, visit->version, team.javier, ten + 7200, ten + 10800, marta, true);
    REQUIRE(moved.ok());
    REQUIRE(visits.setStatus(moved->appointment.id, moved->version, AppointmentStatus::Done, marta).ok());
    // Moved along the map, one move undone.
    const auto wf = WorkflowRepository(*db).defaultLatest();
    auto current = WorkOrderService(*db).find(order->id);
    auto next = OrderMoves(*db).move(order->id, current->version, wf->stepNamed(QStringLiteral("Quote sent"))->id, marta);
    REQUIRE(next.ok());
    REQUIRE(OrderMoves(*db).undoLastMove(order->id, next->order.version, marta).ok());
    // Invoiced and paid.
    auto draft = drafts.createFromOrder(order->id, marta);
    REQUIRE(draft.ok());
    auto issued = ledger.issue(draft->id, draft->version, marta);
    REQUIRE(issued.ok());
    REQUIRE(Payments(*db).record(issued->id, issued->totals.total, Clock::nowSecs(), QStringLiteral("transfer"), {}, marta).ok());

    QStringList spanish;
    {
        Spanish es;
        spanish = story(*db, order->id);
    }
    const QStringList english = story(*db, order->id);
    INFO(spanish.join(QLatin1Char('\n')).toStdString());
    INFO(english.join(QLatin1Char('\n')).toStdString());
    REQUIRE(spanish.size() >= 12);
    REQUIRE(spanish.size() == english.size());

    static const QRegularExpression englishWords(
        QStringLiteral("\\b(invoice|payment|appointment|visit|received|draft|issued|undo|moved|changed|created|assigned|"
                       "High|Estimate|Done|with|the|from|to|for|set|booked|marked|lines)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Names the company gave (its steps, its people) are its data, quoted «…» or after "a"/"de".
    static const QRegularExpression quoted(QStringLiteral("«[^»]*»"));
    for (QString line : spanish) {
        line.remove(quoted);
        INFO(line.toStdString());
        CHECK_FALSE(englishWords.match(line).hasMatch());
    }
    // The facts are worded in Spanish with Spanish numbers and dates.
    const QString all = spanish.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("2026-0001")));
    CHECK(all.contains(money::formatEuros(issued->totals.total, QLocale(QLocale::Spanish, QLocale::Spain))));  // 1863,40 €
    CHECK(all.contains(QStringLiteral("Alta")));     // the priority's name
    // …and the same rows in English, in English.
    const QString en = english.join(QLatin1Char('\n'));
    CHECK(en.contains(QStringLiteral("issued invoice 2026-0001")));
    CHECK(en.contains(QStringLiteral("undo of the previous move")));
    CHECK_FALSE(en.contains(QStringLiteral("Alta")));
}

TEST_CASE("rows written before the history kept facts are shown as they were stored", "[history]")
{
    TestDatabase db;
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Window");
    auto order = WorkOrderService(*db).create(n, marta);
    REQUIRE(order.ok());
    rawExec(*db, QStringLiteral("INSERT INTO order_events (order_id, at, actor_name, kind, field, old_value, new_value, args) "
                                "VALUES (%1, 1, 'Marta', 'field_changed', 'invoice', '', 'borrador de factura', '')")
                     .arg(order->id));
    const QStringList lines = story(*db, order->id);
    REQUIRE(lines.size() == 2);
    CHECK(lines.first().contains(QStringLiteral("borrador de factura")));  // at 1970: the first
}
