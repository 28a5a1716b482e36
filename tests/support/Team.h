#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {
class Database;
}

namespace ordo::test {

// Staff of Ventanas Sol as in SCENARIOS.md; their ids by first name.
struct Team
{
    Id lucia = 0, javier = 0, ana = 0, ruben = 0, sergio = 0, marta = 0, pilar = 0;
};

// Adds the team (each with the account a new person gets). Free of any test framework, so that
// Catch tests (addTeam in TestDatabase.h) and QtTest programs share one list of people.
Result<Team> makeTeam(Database &db);

} // namespace ordo::test
