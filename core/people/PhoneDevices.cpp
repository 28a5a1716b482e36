#include "core/people/PhoneDevices.h"
#include "core/common/Collation.h"

#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "core/common/Secrets.h"
#include "core/people/Accounts.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace ordo {

namespace {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Eight characters a person can read aloud or type: no 0/O, 1/I/L.
QString randomCode()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 8; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return code;
}

QString normalizedCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('-'));
    c.remove(QLatin1Char(' '));
    return c;
}

QString digest(const QString &secret)
{
    return secrets::tokenDigest(secret);
}

PhoneDevice deviceFromRow(const QSqlQuery &q)
{
    PhoneDevice d;
    d.id = q.value(0).toLongLong();
    d.staffId = q.value(1).toLongLong();
    d.staffName = q.value(2).toString();
    d.name = q.value(3).toString();
    d.createdAt = q.value(4).toLongLong();
    d.createdBy = q.value(5).toString();
    if (!q.value(6).isNull())
        d.lastSeenAt = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        d.revokedAt = q.value(7).toLongLong();
    return d;
}

const QString selectDevice = QStringLiteral(
    "SELECT d.id, d.staff_id, s.name, d.name, d.created_at, d.created_by, d.last_seen_at, d.revoked_at "
    "FROM phone_devices d JOIN staff s ON s.id = d.staff_id ");

// The phone whose token this is; its statement is finished when this returns.
Result<PhoneDevice> readDevice(Database &db, const QString &deviceToken)
{
    auto q = db.run(selectDevice + QStringLiteral("WHERE d.token_hash = ?"), {digest(deviceToken)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::SignInRefused,
                         PhoneDevices::tr("This phone is not paired (or no longer): ask the office for a pairing code."));
    return deviceFromRow(*q);
}

} // namespace

Result<PairingCode> PhoneDevices::createPairingCode(Id staffId, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok.error();
    auto account = Accounts(m_db).find(staffId);
    if (!account)
        return account.error();
    if (!account->active)
        return makeError(ErrorCode::Invalid, tr("%1 no longer works here.").arg(account->name));
    if (account->secret == SecretKind::None)
        return makeError(ErrorCode::Invalid, tr("%1 has no PIN yet: set one first (Settings › Accounts and permissions), the phone asks for it.")
                                                 .arg(account->name));
    PairingCode code{randomCode(), Clock::nowSecs() + CodeSeconds};
    auto saved = withTransaction(m_db, [&]() -> Result<void> {
        if (auto r = m_db.run(QStringLiteral("INSERT INTO phone_pairing_codes (code_hash, staff_id, expires_at, created_at, created_by) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {digest(code.code), staffId, code.expiresAt, Clock::nowSecs(), by.name});
            !r)
            return r.error();
        return {};
    });
    if (!saved)
        return saved.error();
    qCInfo(logAccess).noquote() << "phone pairing code made for staff" << staffId << "by" << by.name;
    return code;
}

Result<PairedPhone> PhoneDevices::pair(const QString &code, const QString &deviceName)
{
    const QString name = deviceName.trimmed().left(80).isEmpty() ? tr("Phone") : deviceName.trimmed().left(80);
    const QString refused = tr("This pairing code is not valid (it works once, for 15 minutes). Ask the office for a new one.");
    const QString token = randomToken(32);
    PairedPhone paired;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto q = m_db.run(QStringLiteral("SELECT staff_id FROM phone_pairing_codes WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
                          {digest(normalizedCode(code)), Clock::nowSecs()});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::SignInRefused, refused);
        const Id staffId = q->value(0).toLongLong();
        if (auto r = m_db.run(QStringLiteral("UPDATE phone_pairing_codes SET used_at = ? WHERE code_hash = ?"),
                              {Clock::nowSecs(), digest(normalizedCode(code))});
            !r)
            return r.error();
        auto id = m_db.scalar(QStringLiteral("INSERT INTO phone_devices (staff_id, name, token_hash, created_at, created_by) "
                                             "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                              {staffId, name, digest(token), Clock::nowSecs(), tr("pairing code")});
        if (!id)
            return id.error();
        auto device = m_db.run(selectDevice + QStringLiteral("WHERE d.id = ?"), {id->toLongLong()});
        if (!device)
            return device.error();
        if (!device->next())
            return makeError(ErrorCode::NotFound, refused);
        paired.device = deviceFromRow(*device);
        paired.deviceToken = token;
        return true;
    });
    if (!done)
        return done.error();
    qCInfo(logAccess).noquote() << "phone paired for staff" << paired.device.staffId;
    return paired;
}

Result<PhoneSession> PhoneDevices::signIn(const QString &deviceToken, const QString &pin)
{
    // The device is read and its statement finished before the PIN is checked and the session saved:
    // a statement left open keeps the file as it was then, and the save would then fail ("busy") as
    // soon as anything else was saved meanwhile (the PIN check alone takes about 0.1 s).
    auto device = readDevice(m_db, deviceToken);
    if (!device)
        return device.error();
    if (device->revokedAt)
        return makeError(ErrorCode::SignInRefused, tr("This phone was removed by the office: ask for a new pairing code."));
    auto account = Accounts(m_db).find(device->staffId);
    if (!account)
        return account.error();
    if (account->secret == SecretKind::None)
        return makeError(ErrorCode::SignInRefused, tr("%1 has no PIN yet: ask the office to set one.").arg(account->name));
    SignInAttempt attempt;
    attempt.staffId = device->staffId;
    attempt.secret = pin;
    attempt.source = QStringLiteral("phone");
    auto actor = Accounts(m_db).signIn(attempt);
    if (!actor)
        return actor.error();
    PhoneSession session{randomToken(32), Clock::nowSecs() + SessionSeconds, device->staffId, device->staffName};
    auto saved = withTransaction(m_db, [&]() -> Result<void> {
        if (auto r = m_db.run(QStringLiteral("INSERT INTO phone_sessions (token_hash, device_id, staff_id, created_at, expires_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {digest(session.token), device->id, device->staffId, Clock::nowSecs(), session.expiresAt});
            !r)
            return r.error();
        if (auto r = m_db.run(QStringLiteral("UPDATE phone_devices SET last_seen_at = ? WHERE id = ?"), {Clock::nowSecs(), device->id}); !r)
            return r.error();
        // Expired sessions go as new ones come.
        if (auto r = m_db.run(QStringLiteral("DELETE FROM phone_sessions WHERE expires_at < ?"), {Clock::nowSecs()}); !r)
            return r.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return session;
}

Result<PhoneSession> PhoneDevices::session(const QString &token) const
{
    const QString refused = tr("Sign in again with your PIN.");
    if (token.isEmpty())
        return makeError(ErrorCode::SignInRefused, refused);
    auto q = m_db.run(QStringLiteral("SELECT p.staff_id, s.name, p.expires_at FROM phone_sessions p "
                                     "JOIN phone_devices d ON d.id = p.device_id JOIN staff s ON s.id = p.staff_id "
                                     "WHERE p.token_hash = ? AND d.revoked_at IS NULL AND s.active = 1"),
                      {digest(token)});
    if (!q)
        return q.error();
    if (!q->next() || q->value(2).toLongLong() <= Clock::nowSecs())
        return makeError(ErrorCode::SignInRefused, refused);
    return PhoneSession{token, q->value(2).toLongLong(), q->value(0).toLongLong(), q->value(1).toString()};
}

Result<void> PhoneDevices::signOut(const QString &token)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        if (auto r = m_db.run(QStringLiteral("DELETE FROM phone_sessions WHERE token_hash = ?"), {digest(token)}); !r)
            return r.error();
        return {};
    });
}

Result<QList<PhoneDevice>> PhoneDevices::list(Id staffId) const
{
    auto q = staffId ? m_db.run(selectDevice + QStringLiteral("WHERE d.staff_id = ? ORDER BY d.created_at DESC"), {staffId})
                     : m_db.run(selectDevice + QStringLiteral("ORDER BY s.name, d.created_at DESC"));
    if (!q)
        return q.error();
    QList<PhoneDevice> out;
    while (q->next())
        out << deviceFromRow(*q);
    if (!staffId)  // by person the Spanish way, each one's newest first (kept: the sort is stable)
        collation::sortBy(out, [](const PhoneDevice &d) -> const QString & { return d.staffName; });
    return out;
}

Result<void> PhoneDevices::revoke(Id deviceId, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageUsers); !ok)
        return ok.error();
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("UPDATE phone_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                          {Clock::nowSecs(), deviceId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no such phone, or it was removed already."));
        if (auto gone = m_db.run(QStringLiteral("DELETE FROM phone_sessions WHERE device_id = ?"), {deviceId}); !gone)
            return gone.error();
        return {};
    });
    if (done)
        qCInfo(logAccess).noquote() << "phone" << deviceId << "removed by" << by.name;
    return done;
}

} // namespace ordo
