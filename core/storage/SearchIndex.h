#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {

class Database;

// Full-text search behind a portable interface; the SQLite implementation uses FTS5
// (the index and its triggers are created by migration 2).
namespace search {

// Order ids whose number, customer, phones, address, title or description contain every word typed,
// each as a prefix ("carm lop" finds Carmen López, "600 12" a phone), accents ignored. Newest first.
Result<QList<Id>> orders(const Database &db, const QString &text, int limit);

// Customer ids matching every typed word (name, phones, e-mail, address), by name.
Result<QList<Id>> customers(const Database &db, const QString &text, int limit);

// Customers with exactly this phone number (digits only, spaces and dashes ignored).
Result<QList<Id>> customersWithPhone(const Database &db, const QString &digits, int limit);

// For bulk loads: stops indexing each new order, and rebuilds the whole index in one pass when the
// guard ends (several times faster than row by row). Use inside the bulk load's transaction.
class BulkIndexing final
{
public:
    explicit BulkIndexing(Database &db);
    ~BulkIndexing();
    Q_DISABLE_COPY_MOVE(BulkIndexing)
    // Rebuilds now and restores per-row indexing; the destructor does it if not called.
    Result<void> finish();

private:
    Database &m_db;
    QStringList m_triggerSql;
    bool m_done = false;
};

// Merges some of the search indexes' small pieces (about `pages` pages of each index), in a
// transaction of its own, apart from the actions that wrote them (they no longer merge as they
// write: see migration 24). True when something was merged, so a caller with time may ask again.
// Does nothing on PostgreSQL.
Result<bool> tidy(Database &db, int pages = 16);

// The words of a search as FTS5 prefix terms, safely quoted; empty when nothing searchable was typed.
QString ftsQuery(const QString &text);

} // namespace search
} // namespace ordo
