#include "core/board/BoardService.h"
#include "core/demo/DemoGenerator.h"
#include "core/orders/WorkOrderService.h"
#include "core/workflow/WorkflowRepository.h"
#include "core/usecases/OrderMoves.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

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
