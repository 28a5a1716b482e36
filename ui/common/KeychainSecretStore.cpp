#include "ui/common/KeychainSecretStore.h"

#include "core/common/Log.h"

#ifndef Q_OS_WIN
#include <QDBusConnection>
#endif

#include <qt6keychain/keychain.h>

namespace ordo {

namespace {

const QString Service = QStringLiteral("Ordo");

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &fallbackPath)
    : QObject(parent), m_fallback(fallbackPath)
{
}

// Jobs still running are children: they go with the store, and their answers with them.
KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::entry(const SecretKey &key)
{
    return key.company + QLatin1Char('/') + key.name;
}

bool KeychainSecretStore::hasKeyring() const
{
    if (m_keyring < 0) {
#ifdef Q_OS_WIN
        // Windows: QtKeychain keeps secrets in the user's Credential Manager, which every session has (untested).
        m_keyring = 1;
#else
        m_keyring = QDBusConnection::sessionBus().isConnected() ? 1 : 0;
#endif
    }
    return m_keyring == 1;
}

QString KeychainSecretStore::location() const
{
    return hasKeyring() ? tr("the keyring or %1").arg(m_fallback.location()) : m_fallback.location();
}

void KeychainSecretStore::whenDone(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> onEnd)
{
    job->setAutoDelete(true);
    // First, for every job: a session bus without any keyring behind it (QtKeychain's "no backend"
    // or its "unknown error") is not asked again in this run; the file answers at once instead.
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoBackendAvailable || finished->error() == QKeychain::OtherError) {
            qCInfo(logAccess).noquote() << "The keyring is not used in this session:" << finished->errorString();
            m_keyring = 0;
        }
    });
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [onEnd = std::move(onEnd)](QKeychain::Job *finished) { onEnd(finished); });
}

void KeychainSecretStore::noteFallback(const QString &why)
{
    qCInfo(logAccess).noquote() << "A secret was kept in" << m_fallback.location() << "instead of the keyring:" << why;
    if (m_notice.isEmpty())
        m_notice = tr("No keyring could keep the password on this computer (%1), so Ordo keeps it in %2, a file that only "
                      "your user can read.")
                       .arg(why, m_fallback.location());
}

QString KeychainSecretStore::takeFallbackNotice()
{
    if (m_noticeGiven || m_notice.isEmpty())
        return {};
    m_noticeGiven = true;
    return m_notice;
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, ReadDone done)
{
    if (!hasKeyring()) {
        done(m_fallback.get(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(entry(key));
    whenDone(job, context, [this, key, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
            return;
        }
        auto inFile = m_fallback.get(key);
        if (finished->error() != QKeychain::EntryNotFound && inFile && inFile->isEmpty()) {
            done(makeError(ErrorCode::Io, tr("The keyring did not answer: %1").arg(finished->errorString())));
            return;
        }
        done(inFile);
    });
    job->start();
}

void KeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *context, WriteDone done)
{
    if (!hasKeyring()) {
        auto kept = m_fallback.set(key, value);
        if (kept)
            noteFallback(tr("there is no D-Bus session"));
        done(kept);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(entry(key));
    job->setTextData(value);
    whenDone(job, context, [this, key, value, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            // A copy kept there when the keyring was missing would be an old password left lying around.
            if (auto erased = m_fallback.erase(key); !erased)
                qCWarning(logAccess).noquote() << "An older copy of a secret could not be removed:" << erased.error().message;
            done({});
            return;
        }
        if (finished->error() == QKeychain::AccessDeniedByUser) {
            // The user said no to the keyring: not a reason to write the password somewhere else.
            done(makeError(ErrorCode::Io, tr("The keyring refused to keep the password: %1").arg(finished->errorString())));
            return;
        }
        auto kept = m_fallback.set(key, value);
        if (kept)
            noteFallback(finished->errorString());
        done(kept);
    });
    job->start();
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, WriteDone done)
{
    // From both places: a removed password must not come back from the file.
    const Result<void> erased = m_fallback.erase(key);
    if (!hasKeyring()) {
        done(erased);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(entry(key));
    whenDone(job, context, [erased, done](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
        case QKeychain::NoBackendAvailable:  // no keyring: it was never there either
        case QKeychain::OtherError:          // the same, as QtKeychain says it without a backend
            done(erased);
            return;
        default:
            done(makeError(ErrorCode::Io, tr("The keyring could not remove the password: %1").arg(finished->errorString())));
        }
    });
    job->start();
}

} // namespace ordo
