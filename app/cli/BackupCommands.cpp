#include "BackupCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ordo {

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

int fail(QTextStream &err, const QString &message)
{
    err << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return Failed;
}

QString databasePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("database"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const BackupInfo &info)
{
    return QJsonObject{
        {QStringLiteral("path"), QDir::toNativeSeparators(info.path)},
        {QStringLiteral("taken_at"), json::time(info.takenAt.isValid() ? std::optional<qint64>(info.takenAt.toSecsSinceEpoch())
                                                                      : std::nullopt)},
        {QStringLiteral("reason"), orNull(info.reason)},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("orders"), info.orders},
        {QStringLiteral("customers"), info.customers},
        {QStringLiteral("invoices"), info.invoices},
        {QStringLiteral("last_invoice_number"), orNull(info.lastInvoiceNumber)},
    };
}

QString takenText(const BackupInfo &info)
{
    return info.takenAt.isValid() ? QLocale().toString(info.takenAt, QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : Cli::tr("unknown date");
}

int backup(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = databasePath(parser);
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.error().message);
    const QString folder = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")) : Backup::defaultFolder(path);
    auto taken = Backup::take(**db, folder);
    if (!taken)
        return fail(err, taken.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        auto info = Backup::preview(*taken);
        if (!info)
            return fail(err, info.error().message);
        out << QString::fromUtf8(QJsonDocument(toJson(*info)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << Cli::tr("Backup written to %1 and verified (integrity check passed).").arg(QDir::toNativeSeparators(*taken))
        << Qt::endl;
    return Ok;
}

int backups(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = databasePath(parser);
    const QString folder = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")) : Backup::defaultFolder(path);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    int problems = 0;
    const QStringList files = Backup::list(folder);
    if (!asJson && files.isEmpty())
        out << Cli::tr("No backup in %1.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
    for (const QString &file : files) {
        auto info = Backup::preview(file);
        if (!info) {
            ++problems;
            err << QString(info.error().message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
            continue;
        }
        if (asJson) {
            array.append(toJson(*info));
            continue;
        }
        out << takenText(*info) << "  " << QFileInfo(file).fileName() << Qt::endl
            << "    "
            << Cli::tr("%1 orders, %2 customers, %3 invoices; last invoice %4")
                   .arg(info->orders)
                   .arg(info->customers)
                   .arg(info->invoices)
                   .arg(info->lastInvoiceNumber.isEmpty() ? Cli::tr("none") : info->lastInvoiceNumber)
            << Qt::endl;
    }
    if (asJson)
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                                                           {QStringLiteral("backups"), array}})
                                     .toJson(QJsonDocument::Indented));
    return problems == 0 ? Ok : Failed;
}

int restore(const QString &backupFile, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("to"))) {
        err << Cli::tr("Say where to restore it: restore BACKUP --to PATH [--replace].") << Qt::endl
            << Cli::tr("Run “ordo-cli --help” for the list of commands.") << Qt::endl;
        return Usage;
    }
    const QString target = parser.value(QStringLiteral("to"));
    auto restored = Backup::restore(backupFile, target, parser.isSet(QStringLiteral("replace")));
    if (!restored)
        return fail(err, restored.error().message);
    if (restored->isEmpty())
        out << Cli::tr("Restored %1 to the new database %2.")
                   .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(target))
            << Qt::endl;
    else
        out << Cli::tr("Restored %1 into %2; the database it replaced was kept as %3.")
                   .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(target),
                        QDir::toNativeSeparators(*restored))
            << Qt::endl;
    return Ok;
}

} // namespace

QString backupHelpText()
{
    return Cli::tr("\n"
                   "Backups (the folder is \"backups\" beside the database unless --to says another):\n"
                   "  backup [--to DIR] [--json]\n"
                   "                         a verified copy of the database, taken while others may be writing;\n"
                   "                         older backups are pruned (7 daily, 4 weekly, 12 monthly kept)\n"
                   "  backups [--to DIR] [--json]\n"
                   "                         the backups with their date, orders, customers, invoices and last invoice\n"
                   "  restore BACKUP --to PATH [--replace]\n"
                   "                         a backup into a new database; --replace puts it into an existing one,\n"
                   "                         which is first kept aside as NAME.before-restore-DATE.sqlite\n");
}

std::optional<int> runBackupCommand(const QStringList &words, const QCommandLineParser &parser, QTextStream &out,
                                    QTextStream &err)
{
    const QString first = words.value(0);
    if (first == QLatin1String("backup") && words.size() == 1)
        return backup(parser, out, err);
    if (first == QLatin1String("backups") && words.size() == 1)
        return backups(parser, out, err);
    if (first == QLatin1String("restore") && words.size() == 2)
        return restore(words[1], parser, out, err);
    return std::nullopt;
}

} // namespace ordo
