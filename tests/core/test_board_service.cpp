#include "core/board/BoardService.h"
#include "core/demo/DemoGenerator.h"
#include "core/orders/WorkOrderService.h"
#include "core/workflow/WorkflowEditor.h"
#include "core/workflow/WorkflowRepository.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

#include <random>

using namespace ordo;
using namespace ordo::test;

TEST_CASE("the board has every open order and only the most recent closed ones, with their totals", "[board]")
{
    TestDatabase db;
    DemoGenerator::Options options;
    options.size = DemoSize::Medium;
    options.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));
    REQUIRE(DemoGenerator(*db).generate(options).ok());

    auto board = BoardService(*db).load(0, 10);
    REQUIRE(board.ok());
    const qint64 open = rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders WHERE is_open = 1"));
    qint64 openCards = 0;
    QHash<Id, int> closedCards;
    for (const auto &c : board->cards) {
        if (c.open)
            ++openCards;
        else
            ++closedCards[c.stepId];
    }
    CHECK(openCards == open);
    const Step *paid = board->workflow.stepNamed(QStringLiteral("Paid"));
    CHECK(closedCards.value(paid->id) == 10);
    // The totals are a separate count over history, not part of reading the board.
    CHECK(board->closedTotals.isEmpty());
    auto totals = BoardService(*db).closedTotals(board->workflow);
    REQUIRE(totals.ok());
    CHECK(totals->value(paid->id) ==
          rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders WHERE step_id = %1").arg(paid->id)));
    CHECK(totals->value(paid->id) > 1000);
}

TEST_CASE("the board's first page shows each column's first cards, most urgent first, and counts them all", "[board]")
{
    TestDatabase db;
    DemoGenerator::Options options;
    options.size = DemoSize::Small;
    options.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));
    REQUIRE(DemoGenerator(*db).generate(options).ok());

    auto whole = BoardService(*db).load(0, 10);
    REQUIRE(whole.ok());
    auto first = BoardService(*db).load(0, 10, 2);
    INFO((first ? QString() : first.error().message).toStdString());
    REQUIRE(first.ok());
    CHECK_FALSE(first->complete);
    // Per column: the two cards a user sees first (priority, then longest in the step).
    QHash<Id, QList<BoardCard>> expected;
    for (const BoardCard &c : whole->cards)
        if (c.open)
            expected[c.stepId].append(c);
    int columns = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const BoardCard &a, const BoardCard &b) {
            return std::tuple(-static_cast<int>(a.priority), a.stepEnteredAt, a.id) < std::tuple(-static_cast<int>(b.priority), b.stepEnteredAt, b.id);
        });
        QList<Id> shown, wanted;
        for (const BoardCard &c : first->cards)
            if (c.open && c.stepId == it.key())
                shown << c.id;
        for (int i = 0; i < std::min<qsizetype>(2, it->size()); ++i)
            wanted << it->at(i).id;
        std::sort(shown.begin(), shown.end());
        std::sort(wanted.begin(), wanted.end());
        CHECK(shown == wanted);
        CHECK(first->openCounts.value(it.key()) == it->size());
        ++columns;
    }
    CHECK(columns >= 3);
}

TEST_CASE("a card is read back as it is after a move", "[board]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Three windows");
    n.assigneeId = team.javier;
    n.priority = Priority::Urgent;
    auto order = WorkOrderService(*db).create(n, Actor{team.lucia, QStringLiteral("Lucía Romero")});
    REQUIRE(order.ok());
    auto wf = WorkflowRepository(*db).defaultLatest();
    REQUIRE(OrderMoves(*db).move(order->id, order->version, wf->stepNamed(QStringLiteral("Quote sent"))->id,
                                     Actor{team.lucia, QStringLiteral("Lucía Romero")}).ok());
    auto card = BoardService(*db).card(order->id);
    REQUIRE(card.ok());
    CHECK(card->number == order->number);
    CHECK(card->customer == QStringLiteral("Carmen López"));
    CHECK(card->assigneeName == QStringLiteral("Javier Ruiz"));
    CHECK(card->assigneeColour == QStringLiteral("#607d8b"));
    CHECK(card->priority == Priority::Urgent);
    CHECK(card->stepId == wf->stepNamed(QStringLiteral("Quote sent"))->id);
    CHECK(card->version == order->version + 1);
    CHECK(BoardService(*db).card(424242).error().code == ErrorCode::NotFound);
}

TEST_CASE("the board's filter finds a card by what the Orders search finds: phone, address, names without accents, number",
          "[board][search]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    const Actor lucia{team.lucia, QStringLiteral("Lucía Romero")};
    const Id garcia = addCustomer(*db, QStringLiteral("Ángela García Muñoz"), QStringLiteral("28013"));
    rawExec(*db, QStringLiteral("UPDATE customers SET phone = '611 22 33 44', address = 'Calle Olmo 3', city = 'Madrid' "
                                "WHERE id = %1").arg(garcia));
    rawExec(*db, QStringLiteral("INSERT INTO sites (customer_id, address, postcode, city, created_at) "
                                "VALUES (%1, 'Avenida del Puerto 12', '46022', 'Valencia', 0)").arg(garcia));
    const Id site = rawCount(*db, QStringLiteral("SELECT max(id) FROM sites"));
    NewWorkOrder n;
    n.customerId = garcia;
    n.siteId = site;
    n.title = QStringLiteral("Persianas del salón");
    n.description = QStringLiteral("Motor averiado");
    n.assigneeId = team.javier;
    auto order = WorkOrderService(*db).create(n, lucia);
    REQUIRE(order.ok());
    NewWorkOrder other;
    other.customerId = addCustomer(*db, QStringLiteral("Pedro Sanz"), QStringLiteral("28001"));
    other.title = QStringLiteral("Ventana del baño");
    auto another = WorkOrderService(*db).create(other, lucia);
    REQUIRE(another.ok());

    auto card = BoardService(*db).card(order->id);
    auto otherCard = BoardService(*db).card(another->id);
    REQUIRE(card.ok());
    REQUIRE(otherCard.ok());
    const QStringList typed{
        QStringLiteral("garcia"),           // no accent typed
        QStringLiteral("GARCÍA muñoz"),     // case and accents as written
        QStringLiteral("munoz angela"),     // "ñ" typed as "n", words in any order
        QStringLiteral("611 22 33"),        // the phone as written
        QStringLiteral("611223344"),        // the phone as bare digits
        QStringLiteral("olmo 3"),           // the customer's address
        QStringLiteral("puerto valencia"),  // the site's address
        QStringLiteral("46022"),            // a postcode
        order->number,                      // the order number
        order->number.right(4),             // its last digits
        QStringLiteral("salon"),            // the title
        QStringLiteral("averiado"),         // the description
        QStringLiteral("javier"),           // the person who has it (the board finds people too)
    };
    for (const QString &words : typed) {
        INFO(words.toStdString());
        CHECK(CardSearch(words).matches(*card));
        CHECK_FALSE(CardSearch(words).matches(*otherCard));
        // Whatever the Orders page finds, the board finds.
        auto found = WorkOrderService(*db).search(words, 50);
        REQUIRE(found.ok());
        for (const WorkOrder &o : *found) {
            auto c = BoardService(*db).card(o.id);
            REQUIRE(c.ok());
            CHECK(CardSearch(words).matches(*c));
        }
    }
    CHECK_FALSE(CardSearch(QStringLiteral("garcia sanz")).matches(*card));  // every word must be found
    CHECK(CardSearch(QStringLiteral("  ")).isEmpty());
    CHECK(CardSearch(QStringLiteral("  ")).matches(*otherCard));

    // The whole board's cards carry the same words as a single card read after a change.
    auto board = BoardService(*db).load();
    REQUIRE(board.ok());
    const auto it = std::find_if(board->cards.cbegin(), board->cards.cend(), [&](const BoardCard &c) { return c.id == order->id; });
    REQUIRE(it != board->cards.cend());
    CHECK(it->searchText == card->searchText);
}

TEST_CASE("typing on in the board's filter never shows a card the shorter text hid, and taking letters back never hides one",
          "[board]")
{
    // What lets a keystroke test again only the shown cards (typing on) or only the hidden ones.
    CHECK(CardSearch(QStringLiteral("garc")).narrows(CardSearch(QStringLiteral("ga"))));
    CHECK(CardSearch(QStringLiteral("García 600")).narrows(CardSearch(QStringLiteral("600"))));
    CHECK(CardSearch(QStringLiteral("garcia 600")).narrows(CardSearch(QStringLiteral("GARC"))));
    CHECK(CardSearch(QStringLiteral("ga")).narrows(CardSearch()));  // anything narrows no filter
    CHECK_FALSE(CardSearch(QStringLiteral("ga")).narrows(CardSearch(QStringLiteral("garc"))));
    CHECK_FALSE(CardSearch().narrows(CardSearch(QStringLiteral("g"))));
    CHECK_FALSE(CardSearch(QStringLiteral("gar")).narrows(CardSearch(QStringLiteral("gar 6"))));
    CHECK_FALSE(CardSearch(QStringLiteral("sanz")).narrows(CardSearch(QStringLiteral("garcia"))));

    // On random cards and random typing: whenever one search narrows another, every card it
    // matches the other matches too.
    std::mt19937 rng(20);
    const QString letters = QStringLiteral("abgí 6");
    const auto randomText = [&](int maxLength) {
        QString s;
        const int n = static_cast<int>(rng() % (maxLength + 1));
        for (int i = 0; i < n; ++i)
            s += letters[static_cast<int>(rng() % letters.size())];
        return s;
    };
    std::vector<BoardCard> cards(200);
    for (BoardCard &c : cards)
        c.searchText = CardSearch::searchKey(randomText(12));
    int narrowing = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        const CardSearch a(randomText(5));
        const CardSearch b(randomText(4));
        if (!a.narrows(b))
            continue;
        ++narrowing;
        for (const BoardCard &c : cards)
            if (a.matches(c))
                REQUIRE(b.matches(c));
    }
    CHECK(narrowing > 100);  // the property was put to the test, not skipped
}

TEST_CASE("a card read after a change lands where the board puts it, and never on another process's board", "[board]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    const Actor lucia{team.lucia, QStringLiteral("Lucía Romero")};
    const WorkflowVersion v1 = *WorkflowRepository(*db).defaultLatest();

    // A second process map with a step of the same name as the default one's first.
    auto other = makeMaintenanceMap(*db);
    REQUIRE(other.ok());
    const WorkflowVersion maintenance = *other;

    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Yearly boiler check");
    n.workflowId = maintenance.workflowId;
    auto theirs = WorkOrderService(*db).create(n, lucia);
    REQUIRE(theirs.ok());
    auto onOurs = BoardService(*db).cardOn(v1, theirs->id);
    REQUIRE(onOurs.ok());
    CHECK_FALSE(onOurs->has_value());  // same step name, another process: not this board's card
    auto onTheirs = BoardService(*db).cardOn(maintenance, theirs->id);
    REQUIRE(onTheirs.ok());
    REQUIRE(onTheirs->has_value());
    CHECK((*onTheirs)->stepId == maintenance.stepNamed(QStringLiteral("Call received"))->id);

    // An order cancelled on the first version, then the map edited: the card is in the new
    // version's Cancelled column, where loading the board puts it.
    n.workflowId = 0;
    n.title = QStringLiteral("Three windows");
    auto ours = WorkOrderService(*db).create(n, lucia);
    REQUIRE(ours.ok());
    auto cancelled = OrderMoves(*db).move(ours->id, ours->version, v1.stepNamed(QStringLiteral("Cancelled"))->id, lucia);
    INFO((cancelled ? QString() : cancelled.error().message).toStdString());
    REQUIRE(cancelled.ok());
    WorkflowEdit e = editOf(v1);
    e.steps[0].targetMinutes = 30;  // any change makes a new version
    REQUIRE(WorkflowEditor(*db).save(e, lucia).ok());
    const WorkflowVersion v2 = *WorkflowRepository(*db).defaultLatest();
    REQUIRE(v2.id != v1.id);
    CHECK(WorkOrderService(*db).find(ours->id)->workflowVersionId == v1.id);  // closed: stays on its version

    auto card = BoardService(*db).cardOn(v2, ours->id);
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    CHECK((*card)->stepId == v2.stepNamed(QStringLiteral("Cancelled"))->id);
    auto board = BoardService(*db).load(v2.workflowId);
    REQUIRE(board.ok());
    const auto loaded = std::find_if(board->cards.cbegin(), board->cards.cend(), [&](const BoardCard &c) { return c.id == ours->id; });
    REQUIRE(loaded != board->cards.cend());
    CHECK(loaded->stepId == (*card)->stepId);
    CHECK(std::none_of(board->cards.cbegin(), board->cards.cend(), [&](const BoardCard &c) { return c.id == theirs->id; }));
}
