#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

enum class SecretKind { None, Pin, Password };

// A staff member's way into Ordo. Every staff member has one; the owner decides who needs a PIN or
// a password (and whether everyone must have one).
struct Account
{
    Id staffId = 0;
    QString name;
    QString username;
    Role staffRole = Role::Reception;
    AccessRole role = AccessRole::Office;
    bool active = true;
    SecretKind secret = SecretKind::None;
    int failedCount = 0;
    qint64 lockedUntil = 0;   // UTC seconds; 0 = not waiting
    std::optional<qint64> lastSignIn;
    qint64 version = 0;
};

struct SecuritySettings
{
    bool requireSecret = false;   // everyone signs in with a PIN or password
    int idleLockMinutes = 0;      // the desktop locks after this idle time; 0 = never
    bool allowUnsigned = true;    // ordo-cli may change data without --user or a token
};

struct SignInAttempt
{
    QString username;  // or empty with staffId set (the desktop's list of people)
    Id staffId = 0;
    QString secret;
    QString source;    // "desktop", "cli", "server": for the sign-in log
};

// Accounts, sign-in and the permission table. Sign-in writes its own short transaction (failure
// count, the log); everything that changes accounts needs the permission ManageUsers, except a
// person changing their own PIN or password.
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Accounts)

public:
    // After this many failed sign-ins in a row an account waits before the next try, longer each time.
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 FirstWaitSecs = 30;
    static constexpr qint64 LongestWaitSecs = 15 * 60;
    static qint64 waitAfter(int failures);

    explicit Accounts(Database &db) : m_db(db) {}

    Result<QList<Account>> list(bool activeOnly = true) const;
    Result<Account> find(Id staffId) const;
    Result<Account> findByUsername(const QString &username) const;
    // What a person types to say who they are (ordo --user, ordo-cli --user): their username, or
    // their full name when only one person has it. SignInRefused when neither is known.
    Result<Account> findByUsernameOrName(const QString &user) const;

    // A database without any account (a new company) asks for its owner first.
    Result<bool> hasAnyAccount() const;
    // The owner of a new company: their staff record and account, in one transaction; refused when
    // any account exists already.
    Result<Actor> createOwner(const QString &name, const QString &username, SecretKind kind, const QString &secret);

    Result<Actor> signIn(const SignInAttempt &attempt);
    // The actor for a person already known to the front end (after signIn), with today's permissions.
    Result<Actor> actorFor(Id staffId) const;
    // ordo-cli without --user or token: the operating-system user, named as the command line.
    Result<Actor> commandLineActor(const QString &osUser) const;

    Result<void> setSecret(Id staffId, SecretKind kind, const QString &secret, const Actor &by);
    Result<void> setUsername(Id staffId, const QString &username, const Actor &by);

    Result<Permissions> permissionsOf(AccessRole role) const;
    Result<void> setPermissions(AccessRole role, Permissions permissions, const Actor &by);

    Result<SecuritySettings> security() const;
    Result<void> saveSecurity(const SecuritySettings &settings, const Actor &by);

    // Creates the account of a person just added (inside the caller's transaction).
    static Result<void> createFor(Database &db, Id staffId, const QString &name);
    // Checks a PIN (4–8 digits) or password (at least 8 characters); empty when it is acceptable.
    static QString secretProblem(SecretKind kind, const QString &secret);

private:
    Result<Actor> refuse(const SignInAttempt &attempt, std::optional<Account> account, const QString &reason,
                         const QString &message);
    Result<void> logSignIn(const SignInAttempt &attempt, std::optional<Id> staffId, bool ok, const QString &reason);

    Database &m_db;
};

QString toKey(SecretKind kind);
SecretKind secretKindFromKey(const QString &key);

} // namespace ordo
