#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct ApiToken
{
    Id id = 0;
    QString name;
    AccessRole role = AccessRole::Office;
    QString prefix;
    qint64 createdAt = 0;
    QString createdBy;
    std::optional<qint64> revokedAt;
    std::optional<qint64> lastUsedAt;
};

struct CreatedToken
{
    ApiToken token;
    QString secret;   // the whole token, shown once and never stored
};

// Tokens for scheduled jobs (backups, exports): made by someone who may manage users, with a role,
// kept only as a digest, revocable. A job presents it in ORDO_TOKEN and acts under the token's name.
class ApiTokens final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ApiTokens)

public:
    explicit ApiTokens(Database &db) : m_db(db) {}

    Result<CreatedToken> create(const QString &name, AccessRole role, const Actor &by);
    Result<QList<ApiToken>> list() const;
    Result<void> revoke(Id id, const Actor &by);
    // The actor a token stands for, with its role's permissions today; refused when unknown or revoked.
    Result<Actor> signIn(const QString &token);

private:
    Database &m_db;
};

} // namespace ordo
