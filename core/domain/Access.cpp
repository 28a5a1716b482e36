#include "core/domain/Access.h"

#include "core/domain/Types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ordo {

namespace {

constexpr std::array<std::pair<AccessRole, const char *>, 4> roleKeys{{
    {AccessRole::Owner, "owner"}, {AccessRole::Office, "office"}, {AccessRole::Sales, "sales"},
    {AccessRole::Technician, "technician"}}};

constexpr std::array<std::pair<Permission, const char *>, PermissionCount> permissionKeys{{
    {Permission::ManageCompany, "company.manage"},   {Permission::EditMap, "map.edit"},
    {Permission::ManageUsers, "users.manage"},       {Permission::ManageStaff, "staff.manage"},
    {Permission::CreateOrders, "orders.create"},     {Permission::EditAllOrders, "orders.edit_all"},
    {Permission::EditOwnOrders, "orders.edit_own"},  {Permission::EditCustomers, "customers.edit"},
    {Permission::ManageCalendar, "calendar.manage"}, {Permission::ManageOwnVisits, "calendar.own"},
    {Permission::DraftInvoices, "invoices.draft"},   {Permission::IssueInvoices, "invoices.issue"},
    {Permission::SendInvoices, "invoices.send"},     {Permission::RecordPayments, "payments.record"},
    {Permission::ViewReports, "reports.view"},       {Permission::SignReviews, "reviews.sign"}}};

template<typename E, std::size_t N>
QString keyOf(E v, const std::array<std::pair<E, const char *>, N> &keys)
{
    for (const auto &[value, key] : keys)
        if (value == v)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const QString &k, const std::array<std::pair<E, const char *>, N> &keys)
{
    for (const auto &[value, key] : keys)
        if (k == QLatin1String(key))
            return value;
    return std::nullopt;
}

Permissions withAll(std::initializer_list<Permission> list)
{
    Permissions p = Permissions::none();
    for (Permission each : list)
        p.set(each);
    return p;
}

} // namespace

AccessRole accessRoleFor(Role staffRole)
{
    switch (staffRole) {
    case Role::Owner: return AccessRole::Owner;
    case Role::Reception:
    case Role::Admin: return AccessRole::Office;
    case Role::Sales: return AccessRole::Sales;
    case Role::Technician: return AccessRole::Technician;
    }
    return AccessRole::Technician;
}

Permissions defaultPermissions(AccessRole role)
{
    using P = Permission;
    switch (role) {
    case AccessRole::Owner: return Permissions::all();
    case AccessRole::Office:
        return withAll({P::CreateOrders, P::EditAllOrders, P::EditOwnOrders, P::EditCustomers, P::ManageCalendar,
                        P::ManageOwnVisits, P::DraftInvoices, P::IssueInvoices, P::SendInvoices, P::RecordPayments,
                        P::ViewReports, P::SignReviews});
    case AccessRole::Sales:
        return withAll({P::CreateOrders, P::EditOwnOrders, P::EditCustomers, P::ManageOwnVisits, P::DraftInvoices});
    case AccessRole::Technician: return withAll({P::EditOwnOrders, P::ManageOwnVisits});
    }
    return Permissions::none();
}

QString toKey(AccessRole role) { return keyOf(role, roleKeys); }
QString toKey(Permission permission) { return keyOf(permission, permissionKeys); }
std::optional<AccessRole> accessRoleFromKey(const QString &key) { return fromKey(key, roleKeys); }
std::optional<Permission> permissionFromKey(const QString &key) { return fromKey(key, permissionKeys); }

QList<Permission> allPermissions()
{
    QList<Permission> list;
    for (const auto &[value, key] : permissionKeys)
        list << value;
    return list;
}

QList<AccessRole> allAccessRoles()
{
    return {AccessRole::Owner, AccessRole::Office, AccessRole::Sales, AccessRole::Technician};
}

QString displayName(AccessRole role)
{
    switch (role) {
    case AccessRole::Owner: return QCoreApplication::translate("ordo::Access", "Owner");
    case AccessRole::Office: return QCoreApplication::translate("ordo::Access", "Office");
    case AccessRole::Sales: return QCoreApplication::translate("ordo::Access", "Sales");
    case AccessRole::Technician: return QCoreApplication::translate("ordo::Access", "Technician");
    }
    return {};
}

QString displayName(Permission permission)
{
    switch (permission) {
    case Permission::ManageCompany: return QCoreApplication::translate("ordo::Access", "Manage the company's data and settings");
    case Permission::EditMap: return QCoreApplication::translate("ordo::Access", "Edit the process map");
    case Permission::ManageUsers: return QCoreApplication::translate("ordo::Access", "Manage accounts and permissions");
    case Permission::ManageStaff: return QCoreApplication::translate("ordo::Access", "Manage staff");
    case Permission::CreateOrders: return QCoreApplication::translate("ordo::Access", "Create orders");
    case Permission::EditAllOrders: return QCoreApplication::translate("ordo::Access", "Edit and move any order");
    case Permission::EditOwnOrders: return QCoreApplication::translate("ordo::Access", "Edit and move their own orders");
    case Permission::EditCustomers: return QCoreApplication::translate("ordo::Access", "Edit customers");
    case Permission::ManageCalendar: return QCoreApplication::translate("ordo::Access", "Book anyone's visits");
    case Permission::ManageOwnVisits: return QCoreApplication::translate("ordo::Access", "Manage their own visits");
    case Permission::DraftInvoices: return QCoreApplication::translate("ordo::Access", "Draft invoices");
    case Permission::IssueInvoices: return QCoreApplication::translate("ordo::Access", "Issue invoices");
    case Permission::SendInvoices: return QCoreApplication::translate("ordo::Access", "Send invoices");
    case Permission::RecordPayments: return QCoreApplication::translate("ordo::Access", "Record payments");
    case Permission::ViewReports: return QCoreApplication::translate("ordo::Access", "See reports");
    case Permission::SignReviews: return QCoreApplication::translate("ordo::Access", "Sign reviews");
    }
    return {};
}

QString uniqueUsername(const QString &name, const QSet<QString> &taken)
{
    QString plain;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            plain.append(c);
        else if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            plain.append(QLatin1Char(' '));
    }
    const QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString first = words.isEmpty() ? QStringLiteral("user") : words.first();
    if (!taken.contains(first))
        return first;
    const QString full = words.join(QLatin1Char('.'));
    if (!full.isEmpty() && !taken.contains(full))
        return full;
    for (int n = 2;; ++n)
        if (const QString candidate = first + QString::number(n); !taken.contains(candidate))
            return candidate;
}

} // namespace ordo
