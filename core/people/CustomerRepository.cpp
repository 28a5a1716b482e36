#include "core/people/CustomerRepository.h"
#include "core/common/Collation.h"

#include "core/common/Clock.h"
#include "core/common/DocumentText.h"
#include "core/domain/TaxIds.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/VersionedUpdate.h"
#include "core/common/Authorization.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ordo {

namespace {

// The tax ID as it is kept: checked, and written one way however it was typed.
Result<QString> checkedTaxId(const QString &typed)
{
    if (const QString problem = taxIdProblem(typed); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    return normalizeTaxId(typed.trimmed());
}

} // namespace

Result<Id> CustomerRepository::add(const Customer &c)
{
    if (c.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A customer needs a name."));
    auto taxId = checkedTaxId(c.taxId);
    if (!taxId)
        return taxId.error();
    return withTransaction(m_db, [&]() -> Result<Id> {
        const qint64 now = Clock::nowSecs();
        auto id = m_db.scalar(
            QStringLiteral("INSERT INTO customers (name, tax_id, phone, phone2, email, address, postcode, city, notes, "
                           "created_at, updated_at, language, sort_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {c.name.trimmed(), *taxId, c.phone.trimmed(), c.phone2.trimmed(), c.email.trimmed(),
             c.address.trimmed(), c.postcode.trimmed(), c.city.trimmed(), c.notes, now, now, DocumentText::normalize(c.language),
             collation::sortKey(c.name)});
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

namespace {

const QString selectCustomer = QStringLiteral(
    "SELECT id, name, tax_id, phone, phone2, email, address, postcode, city, notes, version, language FROM customers ");

Customer fromRow(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.taxId = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.phone2 = q.value(4).toString();
    c.email = q.value(5).toString();
    c.address = q.value(6).toString();
    c.postcode = q.value(7).toString();
    c.city = q.value(8).toString();
    c.notes = q.value(9).toString();
    c.version = q.value(10).toLongLong();
    c.language = q.value(11).toString();
    return c;
}

QString digitsOf(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += c;
    return digits;
}

} // namespace

Result<Customer> CustomerRepository::find(Id id) const
{
    auto q = m_db.run(selectCustomer + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(id));
    return fromRow(*q);
}

Result<Customer> CustomerRepository::update(const Customer &c)
{
    if (c.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A customer needs a name."));
    auto taxId = checkedTaxId(c.taxId);
    if (!taxId)
        return taxId.error();
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        const VersionedUpdate update{"customers", c.id, c.version,
                                     {{"name", c.name.trimmed()}, {"sort_name", collation::sortKey(c.name)}, {"tax_id", *taxId}, {"phone", c.phone.trimmed()},
                                      {"phone2", c.phone2.trimmed()}, {"email", c.email.trimmed()},
                                      {"address", c.address.trimmed()}, {"postcode", c.postcode.trimmed()},
                                      {"city", c.city.trimmed()}, {"notes", c.notes}, {"language", DocumentText::normalize(c.language)},
                                      {"updated_at", Clock::nowSecs()}}};
        //: The subject of "%1 was changed by someone else meanwhile…"
        if (auto r = updateVersioned(m_db, update, tr("The customer %1").arg(c.name.trimmed())); !r)
            return r.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceCustomers();
    return find(c.id);
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit) const
{
    auto ids = search::customers(m_db, text, limit);
    if (!ids)
        return ids.error();
    QList<Customer> result;
    for (Id id : *ids) {
        auto c = find(id);
        if (!c)
            return c.error();
        result.append(*c);
    }
    return result;
}

Result<QList<Customer>> CustomerRepository::likelyDuplicates(const QString &phone, const QString &email, Id excludeId) const
{
    QList<Customer> result;
    const QString digits = digitsOf(phone);
    QList<Id> ids;
    if (digits.size() >= 6) {
        auto byPhone = search::customersWithPhone(m_db, digits, 20);
        if (!byPhone)
            return byPhone.error();
        ids = *byPhone;
    }
    if (!email.trimmed().isEmpty()) {
        auto q = m_db.run(QStringLiteral("SELECT id FROM customers WHERE email = ? LIMIT 20"), {email.trimmed()});
        if (!q)
            return q.error();
        while (q->next())
            if (!ids.contains(q->value(0).toLongLong()))
                ids.append(q->value(0).toLongLong());
    }
    for (Id id : ids) {
        if (id == excludeId)
            continue;
        auto c = find(id);
        if (!c)
            return c.error();
        result.append(*c);
    }
    return result;
}

Result<QList<Customer>> CustomerRepository::page(const QString &afterName, Id afterId, int limit) const
{
    auto q = afterName.isNull()
        ? m_db.run(selectCustomer + QStringLiteral("ORDER BY sort_name, id LIMIT ?"), {limit})
        : m_db.run(selectCustomer + QStringLiteral("WHERE sort_name >= ? AND (sort_name > ? OR id > ?) ORDER BY sort_name, id LIMIT ?"),
                   {collation::sortKey(afterName), collation::sortKey(afterName), afterId, limit});
    if (!q)
        return q.error();
    QList<Customer> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<QList<Site>> CustomerRepository::sites(Id customerId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, customer_id, address, postcode, city, notes FROM sites "
                                     "WHERE customer_id = ? ORDER BY id"),
                      {customerId});
    if (!q)
        return q.error();
    QList<Site> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    return result;
}

Result<Customer> CustomerRepository::update(const Customer &customer, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    return update(customer);
}

} // namespace ordo
