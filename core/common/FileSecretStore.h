#pragma once

#include "core/common/SecretStore.h"

#include <QCoreApplication>
#include <QString>

namespace ordo {

// The headless store, for ordo-cli, the server and the desktop when no keyring answers:
//
// - the environment first: ORDO_SMTP_PASSWORD holds "smtp.password" for whatever company the process
//   opens (a service's unit file or a cron line sets it); it is read, never written;
// - then a JSON file that only its user may read: {"<company id>": {"smtp.password": "…"}}, by default
//   $XDG_CONFIG_HOME/ordo/secrets.json, or the file ORDO_SECRETS_FILE names (a service's own). A
//   file that the group or others could read, or that belongs to another user, is refused with a
//   message saying how to fix it, never used; the file is written whole (QSaveFile) as 0600, in a
//   0700 folder when Ordo makes the folder.
//
// What it protects: the secrets are out of the database, which is shared and copied (backups, a
// colleague's USB stick); they are as safe as the user's account on this computer, no more.
class FileSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(ordo::FileSecretStore)

public:
    // Ignore: only the file, for moving secrets into it and reading them back (the environment's
    // value would hide what was written).
    enum class Environment { Read, Ignore };
    explicit FileSecretStore(QString path = defaultPath(), Environment environment = Environment::Read);

    // ORDO_SECRETS_FILE, else $XDG_CONFIG_HOME/ordo/secrets.json (~/.config/ordo/secrets.json).
    static QString defaultPath();
    // "smtp.password" → "ORDO_SMTP_PASSWORD".
    static QString environmentName(const QString &secretName);

    QString path() const { return m_path; }

    // The same as read/write/remove, answered at once.
    Result<QString> get(const SecretKey &key) const;
    Result<void> set(const SecretKey &key, const QString &value);
    Result<void> erase(const SecretKey &key);

    void read(const SecretKey &key, QObject *context, ReadDone done) override;
    void write(const SecretKey &key, const QString &value, QObject *context, WriteDone done) override;
    void remove(const SecretKey &key, QObject *context, WriteDone done) override;
    QString location() const override;

private:
    Result<void> update(const SecretKey &key, const QString *value);

    QString m_path;
    Environment m_environment;
};

} // namespace ordo
