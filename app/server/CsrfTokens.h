#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace ordo {
class Database;
}

namespace ordo::server {

// Tokens for the server's forms, against cross-site request forgery: base64url(nonce | expiry |
// HMAC-SHA256(secret, nonce | expiry | purpose)). A token is good for one purpose ("booking",
// "cancel") until it expires; nothing is kept per token, so any server process sharing the secret
// verifies it.
class CsrfTokens final
{
public:
    static constexpr qint64 DefaultLifetimeSeconds = 2 * 60 * 60;

    explicit CsrfTokens(QByteArray secret, qint64 lifetimeSeconds = DefaultLifetimeSeconds);

    // The secret kept in the database's settings (server.csrf_secret), made at random the first time.
    static Result<CsrfTokens> fromDatabase(Database &db, qint64 lifetimeSeconds = DefaultLifetimeSeconds);

    QString issue(const QString &purpose, qint64 nowSeconds) const;
    // False for anything but a token this secret issued for `purpose` that has not expired at `nowSeconds`.
    bool verify(const QString &token, const QString &purpose, qint64 nowSeconds) const;

private:
    QByteArray mac(const QByteArray &nonceAndExpiry, const QString &purpose) const;

    QByteArray m_secret;
    qint64 m_lifetime;
};

} // namespace ordo::server
