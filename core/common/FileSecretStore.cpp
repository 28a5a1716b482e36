#include "core/common/FileSecretStore.h"

#include "core/common/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ordo {

namespace {

// A secrets file is a few hundred bytes; anything this big is not one.
constexpr qint64 MaxFileSize = 1024 * 1024;

// Refuses a file that someone other than its user could read: the whole point of the file.
Result<void> checkPrivate(const QFile &file, const QString &shown)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    if (::fstat(file.handle(), &st) != 0 || !S_ISREG(st.st_mode))
        return makeError(ErrorCode::Io, FileSecretStore::tr("%1 is not a file Ordo can keep secrets in.").arg(shown));
    if (st.st_uid != ::geteuid())
        return makeError(ErrorCode::Io, FileSecretStore::tr("%1 belongs to another user of this computer, so Ordo does not "
                                                            "use the secrets in it. Give it to this user, or remove it "
                                                            "and enter the passwords again.")
                                            .arg(shown));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return makeError(ErrorCode::Io, FileSecretStore::tr("%1 can be read by other users of this computer, so Ordo does "
                                                            "not use the secrets in it. Make it private with "
                                                            "“chmod 600 %1”, and change the passwords it holds.")
                                            .arg(shown));
#else
    // Windows (untested): the file is in the user's %LOCALAPPDATA%, whose permissions let only that
    // account read it; there are no mode bits to check.
    Q_UNUSED(file)
    Q_UNUSED(shown)
#endif
    return {};
}

} // namespace

FileSecretStore::FileSecretStore(QString path, Environment environment)
    : m_path(std::move(path)), m_environment(environment)
{
}

QString FileSecretStore::defaultPath()
{
    const QString chosen = qEnvironmentVariable("ORDO_SECRETS_FILE");
    if (!chosen.isEmpty())
        return chosen;
    return paths::secretsFile();
}

QString FileSecretStore::environmentName(const QString &secretName)
{
    QString name = secretName.toUpper();
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return QStringLiteral("ORDO_") + name;
}

QString FileSecretStore::location() const
{
    return QDir::toNativeSeparators(m_path);
}

namespace {

// The file's companies, or an error that says what is wrong with it. A missing file holds nothing.
Result<QJsonObject> load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, FileSecretStore::tr("Could not read %1: %2").arg(shown, file.errorString()));
    if (auto ok = checkPrivate(file, shown); !ok)
        return ok.error();
    if (file.size() > MaxFileSize)
        return makeError(ErrorCode::Invalid, FileSecretStore::tr("%1 is too big to be Ordo's secrets file.").arg(shown));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Invalid, FileSecretStore::tr("%1 is not a secrets file Ordo can read (%2). Correct it, or "
                                                                 "move it away and enter the passwords again.")
                                                 .arg(shown, parse.errorString()));
    return doc.object();
}

} // namespace

Result<QString> FileSecretStore::get(const SecretKey &key) const
{
    if (m_environment == Environment::Read) {
        const QString fromEnvironment = qEnvironmentVariable(qPrintable(environmentName(key.name)));
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
    }
    auto companies = load(m_path);
    if (!companies)
        return companies.error();
    return companies->value(key.company).toObject().value(key.name).toString();
}

Result<void> FileSecretStore::set(const SecretKey &key, const QString &value)
{
    return update(key, &value);
}

Result<void> FileSecretStore::erase(const SecretKey &key)
{
    return update(key, nullptr);
}

Result<void> FileSecretStore::update(const SecretKey &key, const QString *value)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!value && !info.exists())
        return {};  // nothing to remove, and no file to make for it
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        // Only its user may list the folder either: 0700, like ~/.ssh.
        const QFileInfo folderInfo(folder);
        if (!QDir().mkpath(folderInfo.absolutePath())
            || !QDir(folderInfo.absolutePath())
                    .mkdir(folderInfo.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return makeError(ErrorCode::Io, tr("Could not create the folder %1 for Ordo's secrets.").arg(QDir::toNativeSeparators(folder)));
    }
    // Two Ordo programs of this user may write at once (the desktop and a cron job): one waits.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return makeError(ErrorCode::Io, tr("%1 is being changed by another Ordo program; try again.").arg(shown));

    auto companies = load(m_path);
    if (!companies)
        return companies.error();
    QJsonObject secrets = companies->value(key.company).toObject();
    if (value)
        secrets.insert(key.name, *value);
    else
        secrets.remove(key.name);
    if (secrets.isEmpty())
        companies->remove(key.company);
    else
        companies->insert(key.company, secrets);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(shown, file.errorString()));
#ifdef Q_OS_UNIX
    // Private before the first byte is written (QSaveFile's temporary file starts with the umask's mode).
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, tr("Could not make %1 private to this user.").arg(shown));
    }
#endif
    const QByteArray data = QJsonDocument(*companies).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(shown, file.errorString()));
    return {};
}

void FileSecretStore::read(const SecretKey &key, QObject *, ReadDone done)
{
    done(get(key));
}

void FileSecretStore::write(const SecretKey &key, const QString &value, QObject *, WriteDone done)
{
    done(set(key, value));
}

void FileSecretStore::remove(const SecretKey &key, QObject *, WriteDone done)
{
    done(erase(key));
}

} // namespace ordo
