#pragma once

#include <QString>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ordo {

// What a signed-in person may do. The staff roles (reception, administration, ...) fall into four
// access roles; each access role has a set of permissions the owner may edit (table role_permissions).
enum class AccessRole { Owner, Office, Sales, Technician };

enum class Permission {
    ManageCompany,   // company data, mail server, VERI*FACTU mode, settings, backups restored
    EditMap,         // the process map
    ManageUsers,     // accounts, passwords and PINs, the permission table, API tokens
    ManageStaff,     // staff records, a person leaving
    CreateOrders,    // new orders and phone intake
    EditAllOrders,   // edit, move and annotate any order
    EditOwnOrders,   // the same, for orders assigned to them or where they have a visit
    EditCustomers,   // customers and their sites
    ManageCalendar,  // book, move and close anyone's visits
    ManageOwnVisits, // the same, for their own visits
    DraftInvoices,   // invoice drafts and their lines
    IssueInvoices,   // issue and rectify invoices (numbers, VERI*FACTU records)
    SendInvoices,    // e-mail invoices
    RecordPayments,  // payments received
    ViewReports,     // weekly report, process evaluation
    SignReviews,     // periodic reviews
};
constexpr int PermissionCount = int(Permission::SignReviews) + 1;

class Permissions
{
public:
    constexpr Permissions() = default;
    static constexpr Permissions all() { return Permissions((1u << PermissionCount) - 1); }
    static constexpr Permissions none() { return Permissions(0); }
    static constexpr Permissions fromBits(quint32 bits) { return Permissions(bits & all().m_bits); }

    constexpr bool has(Permission p) const { return m_bits & bit(p); }
    constexpr void set(Permission p, bool on = true) { m_bits = on ? (m_bits | bit(p)) : (m_bits & ~bit(p)); }
    constexpr quint32 bits() const { return m_bits; }
    constexpr bool operator==(const Permissions &) const = default;

private:
    constexpr explicit Permissions(quint32 bits) : m_bits(bits) {}
    static constexpr quint32 bit(Permission p) { return 1u << int(p); }
    quint32 m_bits = (1u << PermissionCount) - 1;
};

enum class Role;

AccessRole accessRoleFor(Role staffRole);
Permissions defaultPermissions(AccessRole role);

// Stable keys (database, --json, command line) and translated words.
QString toKey(AccessRole role);
QString toKey(Permission permission);
std::optional<AccessRole> accessRoleFromKey(const QString &key);
std::optional<Permission> permissionFromKey(const QString &key);
QString displayName(AccessRole role);
QString displayName(Permission permission);
QList<Permission> allPermissions();
QList<AccessRole> allAccessRoles();

// A username made from a person's name: "Marta López" → "marta", then "marta.lopez", "marta2", ...
// while taken (`taken` holds usernames in lower case).
QString uniqueUsername(const QString &name, const QSet<QString> &taken);

} // namespace ordo
