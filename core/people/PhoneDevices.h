#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct PhoneDevice
{
    Id id = 0;
    Id staffId = 0;
    QString staffName;
    QString name;
    qint64 createdAt = 0;
    QString createdBy;
    std::optional<qint64> lastSeenAt;
    std::optional<qint64> revokedAt;
};

struct PairingCode
{
    QString code;          // shown once (and as a QR code), kept only hashed
    qint64 expiresAt = 0;
};

struct PairedPhone
{
    PhoneDevice device;
    QString deviceToken;   // kept on the phone; only its digest here
};

struct PhoneSession
{
    QString token;         // kept on the phone for the day; only its digest here
    qint64 expiresAt = 0;
    Id staffId = 0;
    QString staffName;
};

// The technicians' phones: paired once with a one-time code from the office, then signed in each day
// with the person's PIN. Codes, device tokens and sessions are random secrets kept only as digests;
// a revoked phone is refused at once, with every session it had.
class PhoneDevices final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PhoneDevices)

public:
    static constexpr qint64 CodeSeconds = 15 * 60;
    static constexpr qint64 SessionSeconds = 12 * 3600;

    explicit PhoneDevices(Database &db) : m_db(db) {}

    // Refused without the permission to manage users.
    Result<PairingCode> createPairingCode(Id staffId, const Actor &by);
    Result<PairedPhone> pair(const QString &code, const QString &deviceName);
    // The person's PIN (or password); an account without one cannot use a phone.
    Result<PhoneSession> signIn(const QString &deviceToken, const QString &pin);
    // The person a session stands for; Unauthorized-like refusal (SignInRefused) when unknown, expired or revoked.
    Result<PhoneSession> session(const QString &token) const;
    Result<void> signOut(const QString &token);

    Result<QList<PhoneDevice>> list(Id staffId = 0) const;
    Result<void> revoke(Id deviceId, const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
