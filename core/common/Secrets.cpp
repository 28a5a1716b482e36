#include "core/common/Secrets.h"

#include "core/common/Log.h"

#include <QByteArray>
#include <QRegularExpression>

#include <sodium.h>

namespace ordo::secrets {

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        qCCritical(logAccess) << "libsodium could not be initialised";
    return ok;
}

QString hex(const unsigned char *bytes, std::size_t n)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(n)).toHex());
}

} // namespace

QString hash(const QString &secret, Strength strength)
{
    if (!ready())
        return {};
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const auto ops = strength == Strength::Minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = strength == Strength::Minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(logAccess) << "hashing a secret failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &hashed, const QString &secret)
{
    if (!ready() || hashed.isEmpty())
        return false;
    const QByteArray h = hashed.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

bool needsRehash(const QString &hashed)
{
    if (!ready())
        return false;
    const QByteArray h = hashed.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

NewToken makeToken()
{
    NewToken t;
    if (!ready())
        return t;
    unsigned char prefix[4];
    unsigned char secret[20];
    randombytes_buf(prefix, sizeof prefix);
    randombytes_buf(secret, sizeof secret);
    t.prefix = hex(prefix, sizeof prefix);
    t.token = QStringLiteral("ordo_%1_%2").arg(t.prefix, hex(secret, sizeof secret));
    t.digest = tokenDigest(t.token);
    return t;
}

QString tokenPrefix(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^ordo_([0-9a-f]{8})_[0-9a-f]{40}$"));
    const auto m = shape.match(token.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString tokenDigest(const QString &token)
{
    if (!ready())
        return {};
    const QByteArray utf8 = token.trimmed().toUtf8();
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(utf8.constData()), utf8.size(), nullptr, 0);
    return hex(out, sizeof out);
}

bool sameDigest(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && x.size() > 0 && sodium_memcmp(x.constData(), y.constData(), std::size_t(x.size())) == 0;
}

} // namespace ordo::secrets
