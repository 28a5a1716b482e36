#include "people/CustomerRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"

namespace ordo {

Result<Id> CustomerRepository::add(const Customer &c)
{
    if (c.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A customer needs a name."));
    return withTransaction(m_db, [&]() -> Result<Id> {
        const qint64 now = Clock::nowSecs();
        auto id = m_db.scalar(
            QStringLiteral("INSERT INTO customers (name, tax_id, phone, phone2, email, address, postcode, city, notes, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {c.name.trimmed(), c.taxId.trimmed(), c.phone.trimmed(), c.phone2.trimmed(), c.email.trimmed(),
             c.address.trimmed(), c.postcode.trimmed(), c.city.trimmed(), c.notes, now, now});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

Result<Id> CustomerRepository::addSite(const Site &s)
{
    if (s.address.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A site needs an address."));
    return withTransaction(m_db, [&]() -> Result<Id> {
        auto id = m_db.scalar(
            QStringLiteral("INSERT INTO sites (customer_id, address, postcode, city, notes, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {s.customerId, s.address.trimmed(), s.postcode.trimmed(), s.city.trimmed(), s.notes, Clock::nowSecs()});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

Result<Customer> CustomerRepository::find(Id id) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, name, tax_id, phone, phone2, email, address, postcode, city, notes, "
                                     "version FROM customers WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(id));
    Customer c;
    c.id = q->value(0).toLongLong();
    c.name = q->value(1).toString();
    c.taxId = q->value(2).toString();
    c.phone = q->value(3).toString();
    c.phone2 = q->value(4).toString();
    c.email = q->value(5).toString();
    c.address = q->value(6).toString();
    c.postcode = q->value(7).toString();
    c.city = q->value(8).toString();
    c.notes = q->value(9).toString();
    c.version = q->value(10).toLongLong();
    return c;
}

} // namespace ordo
