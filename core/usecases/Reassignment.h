#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct ReassignReport
{
    int orders = 0;          // open orders handed over (as assignee or responsible)
    int appointments = 0;    // future visits handed over
    QStringList clashes;     // visits that now overlap another booking of the successor, in words
};

// When someone leaves: their open orders and future visits go to a successor, in one transaction,
// each change in the order's history; their past work stays theirs; they become inactive.
class Reassignment final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Reassignment)

public:
    explicit Reassignment(Database &db) : m_db(db) {}
    Result<ReassignReport> personLeaves(Id leaving, Id successor, const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
