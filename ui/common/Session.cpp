#include "common/Session.h"

#include <QSettings>

namespace ordo {

Actor currentActor()
{
    QSettings settings;
    Actor actor;
    const QVariant staff = settings.value(QStringLiteral("user/staffId"));
    if (staff.isValid())
        actor.staffId = staff.toLongLong();
    actor.name = settings.value(QStringLiteral("user/name")).toString();
    if (actor.name.isEmpty())
        actor.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("Ordo")));
    return actor;
}

} // namespace ordo
