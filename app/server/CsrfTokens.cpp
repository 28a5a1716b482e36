#include "CsrfTokens.h"

#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

namespace ordo::server {

namespace {

constexpr int NonceBytes = 16;
constexpr int ExpiryBytes = 8;
constexpr int MacBytes = 32;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

// Compares without stopping at the first difference: the time taken says nothing about the MAC.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

CsrfTokens::CsrfTokens(QByteArray secret, qint64 lifetimeSeconds) : m_secret(std::move(secret)), m_lifetime(lifetimeSeconds) {}

Result<CsrfTokens> CsrfTokens::fromDatabase(Database &db, qint64 lifetimeSeconds)
{
    QString stored;
    // Read and, when missing, written in one transaction: two servers starting together agree on one secret.
    auto written = withTransaction(db, [&]() -> Result<void> {
        CompanySettings settings(db);
        stored = settings.value(settings::ServerCsrfSecret);
        if (!stored.isEmpty())
            return {};
        stored = QString::fromLatin1(randomBytes(32).toBase64());
        return settings.setValue(settings::ServerCsrfSecret, stored);
    });
    if (!written)
        return written.error();
    const QByteArray secret = QByteArray::fromBase64(stored.toLatin1());
    if (secret.size() < 16)
        return makeError(ErrorCode::Damaged, QCoreApplication::translate("OrdoServer", "The server's form key in the database is damaged (setting %1).")
                         .arg(settings::ServerCsrfSecret));
    return CsrfTokens(secret, lifetimeSeconds);
}

QByteArray CsrfTokens::mac(const QByteArray &nonceAndExpiry, const QString &purpose) const
{
    return QMessageAuthenticationCode::hash(nonceAndExpiry + purpose.toUtf8(), m_secret, QCryptographicHash::Sha256);
}

QString CsrfTokens::issue(const QString &purpose, qint64 nowSeconds) const
{
    QByteArray payload = randomBytes(NonceBytes);
    QByteArray expiry(ExpiryBytes, Qt::Uninitialized);
    qToBigEndian<qint64>(nowSeconds + m_lifetime, expiry.data());
    payload += expiry;
    return QString::fromLatin1((payload + mac(payload, purpose)).toBase64(Base64Url));
}

bool CsrfTokens::verify(const QString &token, const QString &purpose, qint64 nowSeconds) const
{
    if (token.size() > 200)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != NonceBytes + ExpiryBytes + MacBytes)
        return false;
    const QByteArray payload = decoded.decoded.left(NonceBytes + ExpiryBytes);
    if (!sameBytes(mac(payload, purpose), decoded.decoded.mid(NonceBytes + ExpiryBytes)))
        return false;
    const qint64 expiry = qFromBigEndian<qint64>(payload.constData() + NonceBytes);
    return nowSeconds < expiry;
}

} // namespace ordo::server
