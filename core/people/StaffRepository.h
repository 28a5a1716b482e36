#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

class StaffRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::StaffRepository)

public:
    explicit StaffRepository(Database &db) : m_db(db) {}

    // Adds a person in its own transaction (or the caller's, when one is open).
    Result<Id> add(const StaffMember &member);
    Result<QList<StaffMember>> list(bool activeOnly = false) const;
    // Saves an edited person; a different version in the database is a conflict and saves nothing.
    Result<StaffMember> update(const StaffMember &member);
    // The same for a person at a front end: refused without the permission "Manage staff".
    Result<Id> add(const StaffMember &member, const Actor &by);
    Result<StaffMember> update(const StaffMember &member, const Actor &by);
    Result<StaffMember> find(Id id) const;
    // Case-insensitive exact name; NotFound or, when two people share it, Invalid asking for more.
    Result<StaffMember> findByName(const QString &name) const;

private:
    Result<QList<StaffMember>> read(bool activeOnly) const;

    Database &m_db;
};

} // namespace ordo
