#pragma once

#include "domain/Types.h"

namespace ordo {

class Database;

// What every view needs: the open database and who is working at this PC (until user accounts
// arrive: the person chosen in settings, else the computer's user name).
struct Session
{
    Database &db;
    Actor actor;
};

Actor currentActor();

} // namespace ordo
