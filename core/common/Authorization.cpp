#include "core/common/Authorization.h"

#include "core/common/Log.h"

#include <QCoreApplication>

namespace ordo {

Error notPermitted(const Actor &actor, Permission permission)
{
    qCDebug(logAccess).noquote() << "refused:" << actor.name << "lacks" << toKey(permission);
    const QString who = actor.name.isEmpty() ? QCoreApplication::translate("ordo::Access", "This session") : actor.name;
    return makeError(ErrorCode::NotPermitted,
                     QCoreApplication::translate("ordo::Access", "%1 may not do this: the permission “%2” is missing. "
                                                                 "The owner can grant it under Company ▸ Accounts.")
                         .arg(who, displayName(permission)));
}

Result<void> authorize(const Actor &actor, Permission permission)
{
    if (actor.can(permission))
        return {};
    return notPermitted(actor, permission);
}

} // namespace ordo
