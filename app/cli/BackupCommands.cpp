#include "BackupCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/billing/InvoiceLedger.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace ordo::cli {

namespace {

QCommandLineOption folderOption()
{
    return {QStringLiteral("to"), Cli::tr("The folder of the backups (by default \"backups\" beside the database)."),
            Cli::tr("dir")};
}

QString folder(const Context &c)
{
    return c.isSet(QStringLiteral("to")) ? c.value(QStringLiteral("to")) : Backup::defaultFolder(c.databasePath);
}

QString takenText(const BackupInfo &info)
{
    return info.takenAt.isValid() ? QLocale().toString(info.takenAt, QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : Cli::tr("unknown date");
}

class TakeBackup final : public Command
{
public:
    TakeBackup()
        : Command(QStringLiteral("backup"), Access::Writes, 0, Cli::tr("[--to DIR] [--json]"),
                  Cli::tr("a verified copy of the database, taken while others may be writing;\n"
                          "older backups are pruned (7 daily, 4 weekly, 12 monthly kept)"),
                  {folderOption(), jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto taken = Backup::take(*c.db, folder(c));
        if (!taken)
            return c.fail(taken.error());
        // Where the invoice chain ends now, kept beside the rows it protects (invoice verify).
        auto anchor = InvoiceLedger(*c.db).recordAnchor(QStringLiteral("backup"));
        if (!anchor)
            return c.fail(anchor.error());
        if (c.json()) {
            auto info = Backup::preview(*taken);
            if (!info)
                return c.fail(info.error());
            return c.printJson(json::backup(*info));
        }
        c.out << Cli::tr("Backup written to %1 and verified (integrity check passed).").arg(QDir::toNativeSeparators(*taken))
              << Qt::endl;
        if (!anchor->number.isEmpty())
            c.out << Cli::tr("The invoice chain ends at %1, hash %2.").arg(anchor->number, anchor->hash.left(16)) << Qt::endl;
        return Ok;
    }
};

class ListBackups final : public Command
{
public:
    ListBackups()
        : Command(QStringLiteral("backups"), Access::Files, 0, Cli::tr("[--to DIR] [--json]"),
                  Cli::tr("the backups with their date, orders, customers, invoices and last invoice"),
                  {folderOption(), jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const QString dir = folder(c);
        QList<BackupInfo> found;
        int problems = 0;
        const QStringList files = Backup::list(dir);
        if (!c.json() && files.isEmpty())
            c.out << Cli::tr("No backup in %1.").arg(QDir::toNativeSeparators(dir)) << Qt::endl;
        for (const QString &file : files) {
            auto info = Backup::preview(file);
            if (!info) {
                ++problems;
                c.fail(info.error());
                continue;
            }
            if (c.json())
                found << *info;
            else
                print(c, file, *info);
        }
        if (c.json())
            c.printJson(json::backupList(dir, found));
        return problems == 0 ? Ok : Failed;
    }

private:
    static void print(Context &c, const QString &file, const BackupInfo &info)
    {
        c.out << takenText(info) << "  " << QFileInfo(file).fileName() << Qt::endl
              << "    "
              << Cli::tr("%1, %2, %3; last invoice %4")
                     .arg(Cli::tr("%n order(s)", nullptr, static_cast<int>(info.orders)),
                          Cli::tr("%n customer(s)", nullptr, static_cast<int>(info.customers)),
                          Cli::tr("%n invoice(s)", nullptr, static_cast<int>(info.invoices)),
                          info.lastInvoiceNumber.isEmpty() ? Cli::tr("none") : info.lastInvoiceNumber)
              << Qt::endl;
    }
};

class Restore final : public Command
{
public:
    Restore()
        : Command(QStringLiteral("restore"), Access::Files, 1, Cli::tr("BACKUP --to PATH [--replace]"),
                  Cli::tr("a backup into a new database; --replace puts it into an existing one,\n"
                          "which is first kept aside as NAME.before-restore-DATE.sqlite"),
                  {{QStringLiteral("to"), Cli::tr("The database to restore into."), Cli::tr("path")},
                   {QStringLiteral("replace"), Cli::tr("Restore into an existing database, keeping it aside first.")}})
    {
    }

    int run(Context &c) const override
    {
        if (!c.isSet(QStringLiteral("to")))
            return c.usage(Cli::tr("Say where to restore it: restore BACKUP --to PATH [--replace]."));
        const QString &backupFile = c.arguments.at(0);
        const QString target = c.value(QStringLiteral("to"));
        auto restored = Backup::restore(backupFile, target, c.isSet(QStringLiteral("replace")));
        if (!restored)
            return c.fail(restored.error());
        if (restored->isEmpty())
            c.out << Cli::tr("Restored %1 to the new database %2.")
                         .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(target))
                  << Qt::endl;
        else
            c.out << Cli::tr("Restored %1 into %2; the database it replaced was kept as %3.")
                         .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(target),
                              QDir::toNativeSeparators(*restored))
                  << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands backupCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<TakeBackup>());
    commands.push_back(std::make_unique<ListBackups>());
    commands.push_back(std::make_unique<Restore>());
    return commands;
}

} // namespace ordo::cli
