#pragma once

#include "core/common/FileSecretStore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace ordo {

// The desktop's secrets: the operating system's keyring (Secret Service, KWallet… through QtKeychain,
// over D-Bus), so that the company's mail password is locked with the user's session.
//
// Keyring jobs answer through the event loop, never blocking the window (the keyring may even ask
// the user to unlock it). Without a keyring (no D-Bus session: a bare window manager, tests and CI
// under offscreen) or when it fails, secrets go to the headless store's private file instead, and
// the first time that happens the user is told where, once (takeFallbackNotice). A secret the
// keyring does not have is looked for there too: ordo-cli may have moved it there.
//
// Entries: service "Ordo", key "<company id>/<secret name>". Used from the GUI thread only.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr, const QString &fallbackPath = FileSecretStore::defaultPath());
    ~KeychainSecretStore() override;

    void read(const SecretKey &key, QObject *context, ReadDone done) override;
    void write(const SecretKey &key, const QString &value, QObject *context, WriteDone done) override;
    void remove(const SecretKey &key, QObject *context, WriteDone done) override;
    // "the keyring", or the fallback file's path when there is no keyring.
    QString location() const override;

    // Whether a keyring is asked: a D-Bus session answers (checked once), and no job found that
    // nothing keeps secrets behind it.
    bool hasKeyring() const;
    // The first time in this run that a secret went to the file instead of the keyring: a
    // translated sentence saying where it is kept and why; empty after that, and when it never did.
    QString takeFallbackNotice();

    const FileSecretStore &fallback() const { return m_fallback; }

private:
    static QString entry(const SecretKey &key);
    // Wires a job's end to `onEnd`, called on `context` (or on the store when there is none).
    void whenDone(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> onEnd);
    void noteFallback(const QString &why);

    FileSecretStore m_fallback;
    mutable int m_keyring = -1;  // unknown, 0 none (or found missing), 1 a D-Bus session answers
    QString m_notice;
    bool m_noticeGiven = false;
};

} // namespace ordo
