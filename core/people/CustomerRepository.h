#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

class CustomerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CustomerRepository)

public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    // Each joins the caller's transaction when one is open, or runs in its own.
    Result<Id> add(const Customer &customer);
    Result<Id> addSite(const Site &site);
    Result<Customer> find(Id id) const;

private:
    Database &m_db;
};

} // namespace ordo
