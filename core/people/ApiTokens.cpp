#include "core/people/ApiTokens.h"

#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "core/common/Secrets.h"
#include "core/people/Accounts.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace ordo {

namespace {

const QString selectToken = QStringLiteral(
    "SELECT id, name, role, prefix, created_at, created_by, revoked_at, last_used_at, secret_hash FROM api_tokens ");

ApiToken fromRow(const QSqlQuery &q)
{
    ApiToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.role = accessRoleFromKey(q.value(2).toString()).value_or(AccessRole::Technician);
    t.prefix = q.value(3).toString();
    t.createdAt = q.value(4).toLongLong();
    t.createdBy = q.value(5).toString();
    if (!q.value(6).isNull())
        t.revokedAt = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        t.lastUsedAt = q.value(7).toLongLong();
    return t;
}

} // namespace

Result<CreatedToken> ApiTokens::create(const QString &name, AccessRole role, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok.error();
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A token needs a name that says what uses it, e.g. “backup-job”."));
    const secrets::NewToken fresh = secrets::makeToken();
    if (fresh.token.isEmpty())
        return makeError(ErrorCode::Storage, tr("No random token could be made. Nothing was saved."));
    auto id = withTransaction(m_db, [&]() -> Result<Id> {
        auto r = m_db.scalar(QStringLiteral("INSERT INTO api_tokens (name, role, prefix, secret_hash, created_at, created_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                             {name.trimmed(), toKey(role), fresh.prefix, fresh.digest, Clock::nowSecs(), by.name});
        if (!r)
            return r.error();
        return r->toLongLong();
    });
    if (!id)
        return id.error();
    qCInfo(logAccess).noquote() << "token created:" << name.trimmed() << toKey(role) << "by" << by.name;
    auto q = m_db.run(selectToken + QStringLiteral("WHERE id = ?"), {*id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("The new token could not be read back."));
    return CreatedToken{fromRow(*q), fresh.token};
}

Result<QList<ApiToken>> ApiTokens::list() const
{
    auto q = m_db.run(selectToken + QStringLiteral("ORDER BY id"));
    if (!q)
        return q.error();
    QList<ApiToken> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<void> ApiTokens::revoke(Id id, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                          {Clock::nowSecs(), id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("There is no active token number %1.").arg(id));
        qCInfo(logAccess).noquote() << "token revoked:" << id << "by" << by.name;
        return {};
    });
}

Result<Actor> ApiTokens::signIn(const QString &token)
{
    const QString prefix = secrets::tokenPrefix(token);
    const Error refused = makeError(ErrorCode::SignInRefused, tr("The API token is not valid or was revoked."));
    if (prefix.isEmpty()) {
        qCWarning(logAccess) << "token refused: malformed";
        return refused;
    }
    auto q = m_db.run(selectToken + QStringLiteral("WHERE prefix = ?"), {prefix});
    if (!q)
        return q.error();
    if (!q->next() || !secrets::sameDigest(q->value(8).toString(), secrets::tokenDigest(token)) || !q->value(6).isNull()) {
        qCWarning(logAccess).noquote() << "token refused:" << prefix;
        return refused;
    }
    const ApiToken t = fromRow(*q);
    q->finish();   // an open statement would make the write below fail "busy" after another's save
    auto permissions = Accounts(m_db).permissionsOf(t.role);
    if (!permissions)
        return permissions.error();
    if (!m_db.isReadOnly())
        if (auto r = withTransaction(m_db, [&]() -> Result<void> {
                auto u = m_db.run(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"), {Clock::nowSecs(), t.id});
                if (!u)
                    return u.error();
                return {};
            });
            !r)
            qCWarning(logAccess).noquote() << "token use not recorded:" << r.error().message;
    return Actor{std::nullopt, QStringLiteral("API: %1").arg(t.name), ActorKind::Token, *permissions, t.role};
}

} // namespace ordo
