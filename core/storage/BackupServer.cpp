// Backups of an office server's database: PostgreSQL's own pg_dump and pg_restore (custom format),
// named and pruned like the SQLite backups.
#include "core/storage/Backup.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace ordo {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// pg_dump and pg_restore of the newest PostgreSQL installed, when Debian's wrappers are not in PATH.
QString tool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(*it, name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

struct ToolRun
{
    bool ok = false;
    QString said;
};

ToolRun runTool(const QString &name, const QStringList &arguments, const QString &address)
{
    const QString program = tool(name);
    if (program.isEmpty())
        return {false, Backup::tr("%1 is not installed (Debian package postgresql-client-15).").arg(name)};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (const QString password = rememberedServerPassword(address); !password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return {false, Backup::tr("%1 could not be started: %2").arg(name, p.errorString())};
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err};
}

} // namespace

Result<QString> Backup::takeServer(Database &db, const QString &folder, const QString &reason, const BackupPreferences &retention)
{
    if (db.inTransaction())
        return makeError(ErrorCode::Invalid, tr("A backup cannot be taken in the middle of saving."));
    auto address = ServerAddress::parse(db.path());
    if (!address)
        return address.error();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, tr("The backup folder %1 could not be created.").arg(shown(folder)));
    const QDir dir(folder);
    const QDateTime now = Clock::now().toLocalTime();
    QString name = address->database + QLatin1Char('-') + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    if (!reason.isEmpty())
        name += QLatin1Char('-') + reason;
    QString finalPath = dir.filePath(name + QStringLiteral(".dump"));
    for (int i = 2; QFileInfo::exists(finalPath); ++i)
        finalPath = dir.filePath(name + QStringLiteral("-%1.dump").arg(i));
    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial);
    // One consistent snapshot of the whole database, while the office goes on working.
    const ToolRun dump = runTool(QStringLiteral("pg_dump"),
                                 {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--file"),
                                  partial, QStringLiteral("--dbname"), address->withoutPassword()},
                                 address->withoutPassword());
    if (!dump.ok) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup of %1 failed: %2").arg(address->withoutPassword(), dump.said));
    }
    if (auto r = verify(partial); !r) {
        QFile::remove(partial);
        return makeError(r.error().code, tr("The backup was written but did not verify, so it was removed: %1")
                                             .arg(r.error().message));
    }
    if (!QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup could not be named %1.").arg(shown(finalPath)));
    }
    if (auto pruned = prune(folder, address->database, retention); !pruned)
        qWarning("%s", qPrintable(pruned.error().message));
    return finalPath;
}

Result<void> Backup::verifyDump(const QString &file)
{
    const ToolRun list = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, QString());
    if (!list.ok)
        return makeError(ErrorCode::Damaged, tr("%1 is not a readable database dump: %2").arg(shown(file), list.said));
    return {};
}

Result<void> Backup::restoreServer(const QString &dumpFile, const QString &targetAddress)
{
    if (!QFileInfo(dumpFile).isFile())
        return makeError(ErrorCode::NotFound, tr("There is no backup at %1.").arg(shown(dumpFile)));
    if (auto r = verifyDump(dumpFile); !r)
        return makeError(r.error().code, tr("The backup was not restored: %1").arg(r.error().message));
    auto address = ServerAddress::parse(targetAddress);
    if (!address)
        return address.error();
    if (!address->password.isEmpty())
        rememberServerPassword(targetAddress, address->password);
    // Only into a new, empty database: an existing one is never written over.
    auto tables = serverTableCount(address->withoutPassword());
    if (!tables)
        return tables.error();
    if (*tables > 0)
        return makeError(ErrorCode::Invalid, tr("%1 is not empty: a backup is restored into a new, empty database only "
                                                "(create one with createdb). Nothing was changed.")
                                                 .arg(address->withoutPassword()));
    const ToolRun restore = runTool(QStringLiteral("pg_restore"),
                                    {QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("--single-transaction"),
                                     QStringLiteral("--dbname"), address->withoutPassword(), dumpFile},
                                    address->withoutPassword());
    if (!restore.ok)
        return makeError(ErrorCode::Io, tr("The backup could not be restored into %1: %2").arg(address->withoutPassword(), restore.said));
    auto opened = Database::open(address->withoutPassword(), Database::OpenMode::MustExist);
    if (!opened)
        return makeError(opened.error().code, tr("The backup was restored, but the database does not open: %1").arg(opened.error().message));
    return {};
}

} // namespace ordo
