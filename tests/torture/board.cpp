// Test-only process for the torture test: the desktop's board models, with their worker threads
// (each reload reads the rest of the board on a connection of its own, opened in a worker), reloading
// without pause, while this process also writes: a note on one of its orders after each reload.
// One line on stdout per committed note, flushed at once:
//     noted <order number> <body>
//
// Usage: ordo_torture_board DATABASE TAG ORDER_NUMBER...   (QT_QPA_PLATFORM=offscreen)

#include "ui/board/BoardModel.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace ordo;

int main(int argc, char *argv[])
{
    test::pinEnvironment();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: ordo_torture_board DATABASE TAG ORDER_NUMBER...\n");
        return 2;
    }
    const QString tag = args[2];
    auto opened = Database::open(args[1], Database::OpenMode::MustExist);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;
    WorkOrderService orders(db);
    QList<Id> mine;
    QStringList numbers;
    for (const QString &number : args.mid(3)) {
        auto order = orders.findByNumber(number);
        if (!order) {
            std::fprintf(stderr, "%s\n", qPrintable(order.error().message));
            return 1;
        }
        mine << order->id;
        numbers << order->number;
    }
    // Two boards, as when a second window is open: twice the workers.
    BoardModel first(db);
    BoardModel second(db);
    const Actor desk{std::nullopt, QStringLiteral("Torture board %1").arg(tag)};
    int n = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (BoardModel *model : {&first, &second})
            if (!model->reload())
                std::fprintf(stderr, "reload: %s\n", qPrintable(model->lastError()));
        ++n;
        const int which = n % static_cast<int>(mine.size());
        const QString body = QStringLiteral("torture note %1-%2").arg(tag).arg(n);
        if (auto r = orders.addNote(mine[which], desk, body); !r) {
            std::fprintf(stderr, "note: %s\n", qPrintable(r.error().message));
            return;
        }
        std::fprintf(stdout, "noted %s %s\n", qPrintable(numbers[which]), qPrintable(body));
        std::fflush(stdout);
    });
    tick.start(5);
    return app.exec();
}
