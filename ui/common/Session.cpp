#include "ui/common/Session.h"

namespace ordo {

namespace {

std::optional<Actor> &signedIn()
{
    static std::optional<Actor> actor;
    return actor;
}

} // namespace

Actor currentActor()
{
    if (signedIn())
        return *signedIn();
    Actor actor;
    actor.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("Ordo")));
    return actor;
}

void setCurrentActor(const Actor &actor)
{
    signedIn() = actor;
}

} // namespace ordo
