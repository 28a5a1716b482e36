// Test-only writer for the torture test: books calls through the core use case (IntakeService), in
// a loop, until it is killed. One line on stdout per committed booking, flushed at once:
//     booked <order number> <title>
// A line is printed only after COMMIT returned, so every line is a write the database must keep.
//
// Usage: ordo_torture_booker DATABASE TAG

#include "core/common/Translations.h"
#include "core/usecases/IntakeService.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Database.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <random>

using namespace ordo;

int main(int argc, char *argv[])
{
    test::pinEnvironment();
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: ordo_torture_booker DATABASE TAG\n");
        return 2;
    }
    const QString path = args[1];
    const QString tag = args[2];
    const Actor desk{std::nullopt, QStringLiteral("Torture desk %1").arg(tag)};
    std::mt19937 random(static_cast<unsigned>(qHash(tag)));
    qint64 after = QDateTime::currentSecsSinceEpoch();
    std::unique_ptr<Database> opened;
    int closeAfter = 0;
    for (int n = 1;; ++n) {
        // The connection is closed and opened again every few bookings, as when the front desk
        // starts the program for each call: closing is when SQLite decides whether it was the last
        // connection to the file and may fold the WAL into it.
        if (closeAfter-- <= 0 || !opened) {
            opened.reset();
            // Opening waits for a busy file (SQLite's busy timeout); a few tries before giving up.
            auto fresh = Database::open(path, Database::OpenMode::MustExist);
            for (int attempt = 1; !fresh && attempt < 3; ++attempt) {
                std::fprintf(stderr, "open: %s\n", qPrintable(fresh.error().message));
                fresh = Database::open(path, Database::OpenMode::MustExist);
            }
            if (!fresh) {
                std::fprintf(stderr, "open: %s\n", qPrintable(fresh.error().message));
                return 1;
            }
            opened = std::move(*fresh);
            closeAfter = static_cast<int>(random() % 4);
        }
        Database &db = *opened;
        SlotRequest request;
        request.kind = n % 2 ? AppointmentKind::Estimate : AppointmentKind::Repair;
        request.after = after;
        auto proposals = Scheduler(db).propose(request, AssignmentPolicy::load(db));
        if (!proposals) {
            std::fprintf(stderr, "propose: %s\n", qPrintable(proposals.error().message));
            continue;
        }
        if (proposals->isEmpty()) {
            after += 10 * 24 * 3600;  // these days are full: look further ahead
            continue;
        }
        IntakeRequest intake;
        intake.kind = request.kind;
        intake.newCustomer.name = QStringLiteral("Torture customer %1-%2").arg(tag).arg(n);
        intake.newCustomer.phone = QStringLiteral("7%1").arg(random() % 100000000, 8, 10, QLatin1Char('0'));
        intake.title = QStringLiteral("torture booking %1-%2").arg(tag).arg(n);
        intake.notes = QStringLiteral("booked by %1").arg(tag);
        // One of the best three, so that two bookers often want the same slot.
        intake.slot = proposals->at(static_cast<qsizetype>(random() % std::min<qsizetype>(3, proposals->size())));
        auto booked = IntakeService(db).book(intake, desk);
        if (!booked) {
            std::fprintf(stderr, "book: %s\n", qPrintable(booked.error().message));
            continue;
        }
        std::fprintf(stdout, "booked %s %s\n", qPrintable(booked->order.number), qPrintable(intake.title));
        std::fflush(stdout);
    }
}
