#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

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
    // Saves an edited customer; a different version in the database is a conflict and saves nothing.
    Result<Customer> update(const Customer &customer);
    // The same for a person at a front end: refused without the permission "Edit customers".
    Result<Customer> update(const Customer &customer, const Actor &by);
    // By every typed word (name, phone with or without spaces, e-mail, address), best match first.
    Result<QList<Customer>> search(const QString &text, int limit = 50) const;
    // Customers that are probably this one: same phone (digits) or same e-mail. excludeId: the one being edited.
    Result<QList<Customer>> likelyDuplicates(const QString &phone, const QString &email, Id excludeId = 0) const;
    // A page in Spanish alphabetical order (accents with their letter, ñ after n: the sort_name
    // column) after (name, id) of the previous page's last row; a null name starts at the top.
    Result<QList<Customer>> page(const QString &afterName, Id afterId, int limit) const;
    Result<QList<Site>> sites(Id customerId) const;

private:
    Database &m_db;
};

} // namespace ordo
