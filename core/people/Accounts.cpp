#include "core/people/Accounts.h"
#include "core/common/Collation.h"

#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "core/common/Secrets.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ordo {

namespace {

const QString selectAccount = QStringLiteral(
    "SELECT a.staff_id, s.name, a.username, s.role, s.active, a.secret_kind, a.failed_count, a.locked_until, "
    "a.last_sign_in, a.version, a.secret_hash FROM accounts a JOIN staff s ON s.id = a.staff_id ");

Account fromRow(const QSqlQuery &q)
{
    Account a;
    a.staffId = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.username = q.value(2).toString();
    a.staffRole = roleFromKey(q.value(3).toString()).value_or(Role::Reception);
    a.role = accessRoleFor(a.staffRole);
    a.active = q.value(4).toInt() != 0;
    a.secret = secretKindFromKey(q.value(5).toString());
    a.failedCount = q.value(6).toInt();
    a.lockedUntil = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        a.lastSignIn = q.value(8).toLongLong();
    a.version = q.value(9).toLongLong();
    return a;
}

// An account as stored: with its secret's hash, which only sign-in reads and nothing hands out.
struct Stored
{
    Account account;
    QString hash;
};

Result<Stored> loadAccount(const Database &db, const QString &where, const QVariant &value, const QString &missing)
{
    auto q = db.run(selectAccount + where, {value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, missing);
    return Stored{fromRow(*q), q->value(10).toString()};
}

// Verifying against a real hash when the username is unknown keeps both answers equally slow.
const QString &decoyHash()
{
    static const QString hash = secrets::hash(QStringLiteral("no such account"));
    return hash;
}

QString waitText(qint64 secs)
{
    if (secs < 90)
        return Accounts::tr("%n second(s)", nullptr, int(secs));
    return Accounts::tr("%n minute(s)", nullptr, int((secs + 59) / 60));
}

} // namespace

QString toKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::None: return QStringLiteral("none");
    case SecretKind::Pin: return QStringLiteral("pin");
    case SecretKind::Password: return QStringLiteral("password");
    }
    return {};
}

SecretKind secretKindFromKey(const QString &key)
{
    if (key == QLatin1String("pin"))
        return SecretKind::Pin;
    if (key == QLatin1String("password"))
        return SecretKind::Password;
    return SecretKind::None;
}

qint64 Accounts::waitAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 10);
    return std::min(FirstWaitSecs << doublings, LongestWaitSecs);
}

QString Accounts::secretProblem(SecretKind kind, const QString &secret)
{
    static const QRegularExpression pin(QStringLiteral("^[0-9]{4,8}$"));
    if (kind == SecretKind::Pin && !pin.match(secret).hasMatch())
        return tr("A PIN is 4 to 8 digits.");
    if (kind == SecretKind::Password && secret.size() < 8)
        return tr("A password needs at least 8 characters.");
    return {};
}

Result<QList<Account>> Accounts::list(bool activeOnly) const
{
    auto q = m_db.run(selectAccount + (activeOnly ? QStringLiteral("WHERE s.active = 1 ") : QString()) +
                      QStringLiteral("ORDER BY s.name, s.id"));
    if (!q)
        return q.error();
    QList<Account> result;
    while (q->next())
        result.append(fromRow(*q));
    collation::sortBy(result, [](const Account &a) -> const QString & { return a.name; });
    return result;
}

Result<Account> Accounts::find(Id staffId) const
{
    auto stored = loadAccount(m_db, QStringLiteral("WHERE a.staff_id = ?"), staffId,
                              tr("Staff member number %1 has no account.").arg(staffId));
    if (!stored)
        return stored.error();
    return stored->account;
}

Result<Account> Accounts::findByUsername(const QString &username) const
{
    auto stored = loadAccount(m_db, QStringLiteral("WHERE lower(a.username) = lower(?)"), username.trimmed(),
                              tr("There is no account “%1”.").arg(username.trimmed()));
    if (!stored)
        return stored.error();
    return stored->account;
}

Result<Account> Accounts::findByUsernameOrName(const QString &user) const
{
    auto byUsername = findByUsername(user);
    if (byUsername || byUsername.error().code != ErrorCode::NotFound)
        return byUsername;
    auto member = StaffRepository(m_db).findByName(user);
    if (!member)
        return makeError(ErrorCode::SignInRefused, tr("There is no user “%1”.").arg(user.trimmed()));
    return find(member->id);
}

Result<bool> Accounts::hasAnyAccount() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM accounts"));
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<Actor> Accounts::actorFor(Id staffId) const
{
    auto account = find(staffId);
    if (!account)
        return account.error();
    if (!account->active)
        return makeError(ErrorCode::SignInRefused, tr("%1 no longer works here.").arg(account->name));
    auto permissions = permissionsOf(account->role);
    if (!permissions)
        return permissions.error();
    return Actor{account->staffId, account->name, ActorKind::Person, *permissions, account->role};
}

Result<Actor> Accounts::commandLineActor(const QString &osUser) const
{
    auto settings = security();
    if (!settings)
        return settings.error();
    Actor actor{std::nullopt, QStringLiteral("ordo-cli (%1)").arg(osUser.isEmpty() ? QStringLiteral("?") : osUser),
                ActorKind::CommandLine, settings->allowUnsigned ? Permissions::all() : Permissions::none()};
    return actor;
}

Result<Actor> Accounts::createOwner(const QString &name, const QString &username, SecretKind kind,
                                    const QString &secret)
{
    if (name.trimmed().isEmpty() || username.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The owner needs a name and a username."));
    if (const QString problem = secretProblem(kind, secret); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    const QString hashed = kind == SecretKind::None ? QString() : secrets::hash(secret);
    if (kind != SecretKind::None && hashed.isEmpty())
        return makeError(ErrorCode::Storage, tr("The password could not be protected (out of memory?). Nothing was saved."));
    auto id = withTransaction(m_db, [&]() -> Result<Id> {
        auto any = hasAnyAccount();
        if (!any)
            return any.error();
        if (*any)
            return makeError(ErrorCode::Conflict, tr("This company has its accounts already; the owner signs in instead."));
        StaffMember owner;
        owner.name = name.trimmed();
        owner.role = Role::Owner;
        auto staffId = StaffRepository(m_db).add(owner);
        if (!staffId)
            return staffId.error();
        auto r = m_db.run(QStringLiteral("UPDATE accounts SET username = ?, secret_kind = ?, secret_hash = ? WHERE staff_id = ?"),
                          {username.trimmed(), toKey(kind), hashed, *staffId});
        if (!r)
            return r.error();
        return *staffId;
    });
    if (!id)
        return id.error();
    qCInfo(logAccess).noquote() << "owner account created:" << username.trimmed();
    return actorFor(*id);
}

Result<Actor> Accounts::signIn(const SignInAttempt &attempt)
{
    auto stored = attempt.staffId ? loadAccount(m_db, QStringLiteral("WHERE a.staff_id = ?"), attempt.staffId, {})
                                  : loadAccount(m_db, QStringLiteral("WHERE lower(a.username) = lower(?)"),
                                                attempt.username.trimmed(), {});
    if (!stored) {
        if (stored.error().code != ErrorCode::NotFound)
            return stored.error();
        secrets::verify(decoyHash(), attempt.secret);
        return refuse(attempt, std::nullopt, QStringLiteral("unknown"), tr("Unknown user or wrong password or PIN."));
    }
    const Account *account = &stored->account;
    if (!account->active)
        return refuse(attempt, *account, QStringLiteral("inactive"), tr("%1 no longer works here.").arg(account->name));
    const qint64 now = Clock::nowSecs();
    if (account->lockedUntil > now)
        return refuse(attempt, *account, QStringLiteral("waiting"),
                      tr("Too many wrong attempts for %1: try again in %2.")
                          .arg(account->name, waitText(account->lockedUntil - now)));
    auto settings = security();
    if (!settings)
        return settings.error();
    if (account->secret == SecretKind::None && settings->requireSecret)
        return refuse(attempt, *account, QStringLiteral("no_secret"),
                      tr("%1 has no PIN or password yet and this company requires one: ask the owner to set it.")
                          .arg(account->name));
    const QString &hashed = stored->hash;
    if (account->secret != SecretKind::None && !secrets::verify(hashed, attempt.secret))
        return refuse(attempt, *account, QStringLiteral("wrong_secret"),
                      account->secret == SecretKind::Pin ? tr("Wrong PIN.") : tr("Wrong password."));

    const QString rehashed = account->secret != SecretKind::None && secrets::needsRehash(hashed)
                                 ? secrets::hash(attempt.secret) : QString();
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("UPDATE accounts SET failed_count = 0, locked_until = 0, last_sign_in = ?, "
                                         "secret_hash = CASE WHEN ? = '' THEN secret_hash ELSE ? END WHERE staff_id = ?"),
                          {now, rehashed, rehashed, account->staffId});
        if (!r)
            return r.error();
        return logSignIn(attempt, account->staffId, true, rehashed.isEmpty() ? QString() : QStringLiteral("rehashed"));
    });
    if (!done)
        return done.error();
    qCInfo(logAccess).noquote() << "signed in:" << account->username << "from" << attempt.source;
    return actorFor(account->staffId);
}

Result<Actor> Accounts::refuse(const SignInAttempt &attempt, std::optional<Account> account, const QString &reason,
                               const QString &message)
{
    QString text = message;
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        if (account && reason == QLatin1String("wrong_secret")) {
            auto failures = m_db.scalar(QStringLiteral("UPDATE accounts SET failed_count = failed_count + 1 "
                                                       "WHERE staff_id = ? RETURNING failed_count"),
                                        {account->staffId});
            if (!failures)
                return failures.error();
            const qint64 wait = waitAfter(failures->toInt());
            if (wait > 0) {
                if (auto r = m_db.run(QStringLiteral("UPDATE accounts SET locked_until = ? WHERE staff_id = ?"),
                                      {Clock::nowSecs() + wait, account->staffId});
                    !r)
                    return r.error();
                text += QLatin1Char(' ') + tr("Too many wrong attempts: wait %1 before trying again.").arg(waitText(wait));
            }
        }
        return logSignIn(attempt, account ? std::optional<Id>(account->staffId) : std::nullopt, false, reason);
    });
    if (!done)
        return done.error();
    qCWarning(logAccess).noquote() << "sign-in refused:" << (account ? account->username : attempt.username) << reason
                                   << "from" << attempt.source;
    return makeError(ErrorCode::SignInRefused, text);
}

Result<void> Accounts::logSignIn(const SignInAttempt &attempt, std::optional<Id> staffId, bool ok, const QString &reason)
{
    auto r = m_db.run(QStringLiteral("INSERT INTO sign_ins (at, username, staff_id, ok, source, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                      {Clock::nowSecs(), attempt.username.left(100), staffId ? QVariant(*staffId) : QVariant(),
                       ok ? 1 : 0, attempt.source, reason});
    if (!r)
        return r.error();
    return {};
}

Result<void> Accounts::setSecret(Id staffId, SecretKind kind, const QString &secret, const Actor &by)
{
    const bool ownSecret = by.kind == ActorKind::Person && by.staffId == staffId && kind != SecretKind::None;
    if (!ownSecret)
        if (auto ok = authorize(by, Permission::ManageUsers); !ok)
            return ok;
    if (const QString problem = secretProblem(kind, secret); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    auto account = find(staffId);
    if (!account)
        return account.error();
    const QString hashed = kind == SecretKind::None ? QString() : secrets::hash(secret);
    if (kind != SecretKind::None && hashed.isEmpty())
        return makeError(ErrorCode::Storage, tr("The password could not be protected (out of memory?). Nothing was saved."));
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("UPDATE accounts SET secret_kind = ?, secret_hash = ?, failed_count = 0, "
                                         "locked_until = 0, updated_at = ?, version = version + 1 WHERE staff_id = ?"),
                          {toKey(kind), hashed, Clock::nowSecs(), staffId});
        if (!r)
            return r.error();
        return {};
    });
    if (done)
        qCInfo(logAccess).noquote() << "secret changed for" << account->username << "by" << by.name;
    return done;
}

Result<void> Accounts::setUsername(Id staffId, const QString &username, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok;
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    if (!shape.match(username.trimmed()).hasMatch())
        return makeError(ErrorCode::Invalid, tr("A username is 2 to 40 letters, digits, dots, dashes or underscores."));
    return withTransaction(m_db, [&]() -> Result<void> {
        auto other = findByUsername(username);
        if (other && other->staffId != staffId)
            return makeError(ErrorCode::Invalid, tr("The username “%1” belongs to %2.").arg(username.trimmed(), other->name));
        auto r = m_db.run(QStringLiteral("UPDATE accounts SET username = ?, updated_at = ?, version = version + 1 WHERE staff_id = ?"),
                          {username.trimmed(), Clock::nowSecs(), staffId});
        if (!r)
            return r.error();
        return {};
    });
}

Result<Permissions> Accounts::permissionsOf(AccessRole role) const
{
    auto q = m_db.run(QStringLiteral("SELECT permission FROM role_permissions WHERE role = ?"), {toKey(role)});
    if (!q)
        return q.error();
    Permissions p = Permissions::none();
    while (q->next())
        if (auto permission = permissionFromKey(q->value(0).toString()))
            p.set(*permission);
    return p;
}

Result<void> Accounts::setPermissions(AccessRole role, Permissions permissions, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok;
    if (role == AccessRole::Owner && !permissions.has(Permission::ManageUsers))
        return makeError(ErrorCode::Invalid, tr("The owner keeps the permission to manage accounts, or nobody could give it back."));
    return withTransaction(m_db, [&]() -> Result<void> {
        if (auto r = m_db.run(QStringLiteral("DELETE FROM role_permissions WHERE role = ?"), {toKey(role)}); !r)
            return r.error();
        for (Permission p : allPermissions())
            if (permissions.has(p))
                if (auto r = m_db.run(QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES (?, ?)"),
                                      {toKey(role), toKey(p)});
                    !r)
                    return r.error();
        return {};
    });
}

Result<SecuritySettings> Accounts::security() const
{
    CompanySettings settings(m_db);
    SecuritySettings s;
    s.requireSecret = settings.flag(settings::SecurityRequireSecret);
    s.idleLockMinutes = settings.value(settings::SecurityIdleLockMinutes, QStringLiteral("0")).toInt();
    s.allowUnsigned = settings.value(settings::SecurityUnsignedChanges, QStringLiteral("allow")) != QLatin1String("forbid");
    return s;
}

Result<void> Accounts::saveSecurity(const SecuritySettings &s, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok;
    if (s.idleLockMinutes < 0 || s.idleLockMinutes > 24 * 60)
        return makeError(ErrorCode::Invalid, tr("The idle time before locking is 0 (never) to 1440 minutes."));
    return withTransaction(m_db, [&]() -> Result<void> {
        CompanySettings settings(m_db);
        for (const auto &[key, value] :
             {std::pair{QString(settings::SecurityRequireSecret), s.requireSecret ? QStringLiteral("1") : QStringLiteral("0")},
              std::pair{QString(settings::SecurityIdleLockMinutes), QString::number(s.idleLockMinutes)},
              std::pair{QString(settings::SecurityUnsignedChanges), s.allowUnsigned ? QStringLiteral("allow") : QStringLiteral("forbid")}})
            if (auto r = settings.setValue(key, value); !r)
                return r;
        return {};
    });
}

Result<void> Accounts::createFor(Database &db, Id staffId, const QString &name)
{
    auto q = db.run(QStringLiteral("SELECT lower(username) FROM accounts"));
    if (!q)
        return q.error();
    QSet<QString> taken;
    while (q->next())
        taken.insert(q->value(0).toString());
    const qint64 now = Clock::nowSecs();
    auto r = db.run(QStringLiteral("INSERT INTO accounts (staff_id, username, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                    {staffId, uniqueUsername(name, taken), now, now});
    if (!r)
        return r.error();
    return {};
}

} // namespace ordo
