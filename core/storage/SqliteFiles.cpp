#include "core/storage/SqliteFiles.h"

#include <QByteArray>

#include <sqlite3.h>

#include <mutex>

// Statement journals: inside a transaction, a statement that may fail halfway (a booking's inserts
// with their triggers) keeps the pages it changes first in a journal of its own, to undo only
// itself. SQLite keeps that journal in memory up to 64 KiB, then moves it to a temporary file for
// the rest of the transaction: each online booking created one, wrote it some 70 times and deleted
// it. Up to 4 MiB a connection now stays in memory; a larger statement (a migration, the demo)
// still spills to a file as before.
//
// Tried and removed (5 December 2026): a file system over SQLite's "unix" one that held a
// commit's log frames in memory and wrote them in a few calls. A review found that frames of a
// transaction that spilled and then rolled back could be written later, over another connection's
// committed frames; doing it safely needs a hook on the write lock of the shared memory.

namespace ordo {
namespace {

constexpr int StatementJournalBytes = 4 << 20;
bool g_journalsInMemory = false;

} // namespace

void prepareSqliteFiles()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qgetenv("ORDO_SQLITE_FILES") == "plain")
            return;
        // Only before SQLite starts (the first connection starts it); otherwise SQLite refuses it
        // (SQLITE_MISUSE) and keeps 64 KiB.
        g_journalsInMemory = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, StatementJournalBytes) == SQLITE_OK;
    });
}

bool statementJournalsInMemory()
{
    return g_journalsInMemory;
}

} // namespace ordo
