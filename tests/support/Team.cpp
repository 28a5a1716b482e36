#include "support/Team.h"

#include "core/people/StaffRepository.h"

namespace ordo::test {

Result<Team> makeTeam(Database &db)
{
    StaffRepository staff(db);
    std::optional<Error> failed;
    auto add = [&](const char *name, Role role, QStringList territory = {}) -> Id {
        if (failed)
            return 0;
        StaffMember m;
        m.name = QString::fromUtf8(name);
        m.role = role;
        m.territory = std::move(territory);
        auto id = staff.add(m);
        if (!id) {
            failed = id.error();
            return 0;
        }
        return *id;
    };
    Team t;
    t.lucia = add("Lucía Romero", Role::Reception);
    t.javier = add("Javier Ruiz", Role::Sales, {QStringLiteral("280")});
    t.ana = add("Ana Torres", Role::Sales, {QStringLiteral("281"), QStringLiteral("282")});
    t.ruben = add("Rubén Molina", Role::Technician);
    t.sergio = add("Sergio Castro", Role::Technician);
    t.marta = add("Marta Sanz", Role::Admin);
    t.pilar = add("Pilar Navarro", Role::Owner);
    if (failed)
        return *failed;
    return t;
}

} // namespace ordo::test
