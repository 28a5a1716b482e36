#pragma once

#include "core/domain/Types.h"

namespace ordo {

class Database;

// What every view needs: the open database and who is working at this PC.
struct Session
{
    Database &db;
    Actor actor;
};

// The person signed in at this desktop (MainWindow sets it after sign-in and on a switch). Until
// someone signs in — views built by tests — it is Ordo itself, named after the computer's user.
Actor currentActor();
void setCurrentActor(const Actor &actor);

} // namespace ordo
