#include "core/storage/CompanyIdentity.h"

#include "core/storage/Database.h"

#include <QUuid>

namespace ordo {

namespace {

const QString Key = QStringLiteral("company_id");

Result<QString> stored(Database &db)
{
    auto r = db.run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {Key});
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toString() : QString();
}

} // namespace

Result<QString> CompanyIdentity::of(Database &db)
{
    auto id = stored(db);
    if (!id || !id->isEmpty())
        return id;
    if (db.isReadOnly())
        return makeError(ErrorCode::Invalid, tr("This database has no company id yet: open it once with Ordo or with an "
                                                "ordo-cli command that writes."));
    return withTransaction(db, [&]() -> Result<QString> {
        // Another process may have made one while this one waited for the write lock: it stays.
        auto made = db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                           {Key, QUuid::createUuid().toString(QUuid::WithoutBraces)});
        if (!made)
            return made.error();
        return stored(db);
    });
}

} // namespace ordo
