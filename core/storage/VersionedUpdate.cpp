#include "core/storage/VersionedUpdate.h"

#include "core/storage/Database.h"

#include <QRegularExpression>

namespace ordo {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ordo::VersionedUpdate)
};

bool isName(const char *name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return name && identifier.match(QLatin1String(name)).hasMatch();
}

} // namespace

Error concurrentEdit(const QString &what, NotDone notDone)
{
    switch (notDone) {
    case NotDone::Moved:
        return makeError(ErrorCode::Conflict, Text::tr("%1 was changed by someone else meanwhile. Nothing was moved; look "
                                                       "at it again and repeat the move if it still applies.")
                                                  .arg(what));
    case NotDone::Issued:
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 was changed by someone else meanwhile. Nothing was issued; open it again.").arg(what));
    case NotDone::Deleted:
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 was changed by someone else meanwhile. Nothing was deleted.").arg(what));
    case NotDone::Saved:
        break;
    }
    return makeError(ErrorCode::Conflict, Text::tr("%1 was changed by someone else meanwhile. Nothing was saved; open it "
                                                   "again to see the changes.")
                                              .arg(what));
}

Result<void> updateVersioned(Database &db, const VersionedUpdate &update, const QString &what, NotDone notDone)
{
    Q_ASSERT(isName(update.table) && !update.set.isEmpty());
    QStringList assignments;
    QVariantList values;
    for (const auto &column : update.set) {
        Q_ASSERT(isName(column.name));
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(column.name));
        values << column.value;
    }
    assignments << QStringLiteral("version = version + 1");
    QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                      .arg(QLatin1String(update.table), assignments.join(QStringLiteral(", ")));
    if (update.alsoWhere)
        sql += QStringLiteral(" AND (%1)").arg(QLatin1String(update.alsoWhere));
    values << update.id << update.expectedVersion;
    auto r = db.run(sql, values);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return concurrentEdit(what, notDone);
    return {};
}

} // namespace ordo
