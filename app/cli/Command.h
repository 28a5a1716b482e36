#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace ordo {

class Database;
class SecretStore;

namespace cli {

// ordo-cli's exit codes: 0 done, 1 refused or failed (one line on stderr, nothing changed), 2 wrong usage.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// What a command does with the database decides how it is opened before the command runs.
enum class Access {
    Reads,    // read-only: never created, upgraded or changed; an empty or foreign file is refused as it is
    Writes,   // must exist already; upgraded if older
    Creates,  // created when missing (with its folder, for the default database)
    Files,    // opens nothing itself: the command works on backup files of its own
};

class Command;

// What a running command gets: its streams, its arguments and options, the database opened for it.
class Context final
{
public:
    Context(const Command &command, const QCommandLineParser &parser, QStringList arguments, QString databasePath,
            QTextStream &out, QTextStream &err);

    const Command &command;
    const QStringList arguments;  // the words after the command's name
    const QString databasePath;   // --database, or the default database
    QTextStream &out;
    QTextStream &err;
    Database *db = nullptr;       // open unless the command's access is Files
    Actor actor;                  // who signs this run's changes (commands that write; see Credentials.h)
    SecretStore *secrets = nullptr;  // the environment, then the private secrets file (always set)

    // Only the command's own options can be asked for (anything else was refused as wrong usage).
    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    bool json() const;

    // One line on stderr, always: scripts read the first line of stderr.
    int fail(const Error &error) const;
    int fail(const QString &message) const;
    // The message, then where to find the command's help; exit code 2.
    int usage(const QString &message) const;
    int printJson(const QJsonObject &object) const;

private:
    const QCommandLineParser &m_parser;
};

// One ordo-cli command ("stats", "orders move"): its name, arguments, options and help, how it uses
// the database, and what it does. Options that are not its own are refused before it runs.
class Command
{
public:
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    const QString &name() const { return m_name; }
    QStringList nameWords() const { return m_name.split(QLatin1Char(' ')); }
    Access access() const { return m_access; }
    int argumentCount() const { return m_argumentCount; }
    // The arguments and options after the name, as typed ("NUMBER STEP [--by NAME] [--json]"); translated.
    const QString &synopsis() const { return m_synopsis; }
    // What it does, in a line or two; translated.
    const QString &summary() const { return m_summary; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    bool takes(const QString &optionName) const;
    // Whether this run draws a document (a PDF), which needs fonts and so a GUI application.
    virtual bool drawsDocuments(const QCommandLineParser &) const { return false; }

    // "name synopsis", then the summary, wrapped as in the list of commands.
    QString usageEntry() const;
    // ordo-cli COMMAND --help.
    QString helpText() const;

    virtual int run(Context &c) const = 0;

protected:
    Command(QString name, Access access, int argumentCount, QString synopsis, QString summary,
            QList<QCommandLineOption> options = {});

private:
    QString m_name;
    Access m_access;
    int m_argumentCount;
    QString m_synopsis;
    QString m_summary;
    QList<QCommandLineOption> m_options;
};

// The message, then where to find the command's help; returns exit code 2.
int commandUsage(QTextStream &err, const Command &command, const QString &message);

using Commands = std::vector<std::unique_ptr<Command>>;

// Options several commands share, with one description.
QCommandLineOption jsonOption();

// Text helpers for the tables commands print.
QString padded(const QString &text, int width);
QString durationText(qint64 minutes);
// Writes `data` to `path` whole or not at all; the error names the file.
Result<void> writeFile(const QString &path, const QByteArray &data);

} // namespace cli
} // namespace ordo
