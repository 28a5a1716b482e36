#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace ordo {

class Database;

// Concurrent edits (DESIGN.md §3): every editable row has a `version`; a write made from what was
// read at one version changes the row only if it is still at that version, and otherwise tells the
// user that someone else changed it, in the same words everywhere.

// What the write that met someone else's change did not do.
enum class NotDone { Saved, Moved, Issued, Deleted };

// The one answer to a concurrent edit. `what` names the row as the subject of a sentence ("Order
// 2026-0042", "This draft"); the error is a Conflict.
Error concurrentEdit(const QString &what, NotDone notDone = NotDone::Saved);

// One row's update under optimistic locking:
//   UPDATE table SET a = ?, b = ?, …, version = version + 1 WHERE id = ? AND version = ? [AND alsoWhere]
// Table and column names are Ordo's own (never user input); values are bound.
struct VersionedUpdate
{
    struct Column
    {
        const char *name;
        QVariant value;
    };

    const char *table = nullptr;
    Id id = 0;
    qint64 expectedVersion = 0;
    QList<Column> set;
    // A further condition the row must meet, such as "status = 'draft'": a row that no longer meets
    // it counts as changed by someone else too.
    const char *alsoWhere = nullptr;
};

// Runs the update; when it changed no row (another version, or the row is gone) the result is
// concurrentEdit(what, notDone) and nothing was written.
Result<void> updateVersioned(Database &db, const VersionedUpdate &update, const QString &what,
                             NotDone notDone = NotDone::Saved);

} // namespace ordo
