#include "CliCommands.h"

#include "CommandRegistry.h"
#include "Credentials.h"

#include "core/common/FileSecretStore.h"
#include "core/storage/Database.h"
#include "core/usecases/ClearTextSecrets.h"
#include "core/usecases/Company.h"

#include <QDir>
#include <QFileInfo>

namespace ordo {

using namespace cli;

namespace {

int usage(QTextStream &err, const QString &message)
{
    err << message << Qt::endl << Cli::tr("Run “ordo-cli --help” for the list of commands.") << Qt::endl;
    return Usage;
}

Result<std::unique_ptr<Database>> open(Access access, const QString &path)
{
    switch (access) {
    case Access::Reads:
        return openCompany(path, Database::OpenMode::ReadOnly);
    case Access::Writes:
        return openCompany(path, Database::OpenMode::MustExist);
    case Access::Creates:
        return openCompany(path, Database::OpenMode::CreateIfMissing);
    case Access::Files:
        break;
    }
    return std::unique_ptr<Database>();
}

int runCommand(const Command &command, const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
               QTextStream &err)
{
    // Every option must be the command's own: "stats --amount 3" is a mistake, not something to ignore.
    for (const QString &option : parser.optionNames())
        if (!CommandRegistry::isGlobal(option) && !command.takes(option))
            return commandUsage(err, command, Cli::tr("“%1” has no option --%2.").arg(command.name(), option));
    if (arguments.size() != command.argumentCount())
        return commandUsage(err, command, Cli::tr("Wrong arguments for “%1”. Usage: ordo-cli %1 %2")
                                              .arg(command.name(), QString(command.synopsis()).simplified()));
    QString path = parser.value(QStringLiteral("database"));
    // "--database ''" is a script whose variable is empty: never quietly the user's own database.
    if (parser.isSet(QStringLiteral("database")) && path.trimmed().isEmpty())
        return usage(err, Cli::tr("--database was given an empty path. Give the database file, or leave --database out to use "
                                  "the default database (%1).")
                              .arg(QDir::toNativeSeparators(Database::defaultPath())));
    if (path.isEmpty()) {
        path = Database::defaultPath();
        if (command.access() == Access::Creates)
            QDir().mkpath(QFileInfo(path).absolutePath());
    }
    Context c(command, parser, arguments, path, out, err);
    // Commands that only read open the database read-only: they never create, upgrade or change a file.
    auto db = open(command.access(), path);
    if (!db)
        return c.fail(db.error());
    c.db = db->get();
    FileSecretStore secrets;
    c.secrets = &secrets;
    if (command.access() == Access::Writes || command.access() == Access::Creates) {
        // A password an older Ordo kept in clear goes to the secrets file (only the file: the
        // environment's value would hide what was written). Failing that, it stays, and a warning
        // says why: the command itself goes on.
        FileSecretStore file(secrets.path(), FileSecretStore::Environment::Ignore);
        ClearTextSecrets::move(*c.db, file, nullptr, [](const Result<int> &) {});
        auto actor = signCommandLine(*c.db, parser.value(QStringLiteral("user")), err);
        if (!actor)
            return c.fail(actor.error());
        c.actor = *actor;
    }
    return command.run(c);
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    const CommandRegistry registry;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    registry.addOptionsTo(parser);
    if (!parser.parse(arguments))
        return usage(m_err, parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "ordo-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList words = parser.positionalArguments();
    const bool help = parser.isSet(QStringLiteral("help"));
    if (words.isEmpty()) {
        if (help) {
            m_out << registry.usageText();
            return Ok;
        }
        return usage(m_err, tr("Say what to do: demo, stats, check, workflow show, orders list|show|move, schedule suggest or calendar export."));
    }
    const Command *command = registry.find(words);
    if (!command && help && words.size() == 1 && !registry.group(words.first()).isEmpty()) {
        m_out << registry.groupHelpText(words.first());
        return Ok;
    }
    if (!command)
        return usage(m_err, tr("Unknown command “%1”.").arg(words.join(QLatin1Char(' '))));
    if (help) {
        m_out << command->helpText();
        return Ok;
    }
    return runCommand(*command, parser, words.mid(command->nameWords().size()), m_out, m_err);
}

bool Cli::drawsDocuments(const QStringList &arguments)
{
    const CommandRegistry registry;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    registry.addOptionsTo(parser);
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help")))
        return false;
    const Command *command = registry.find(parser.positionalArguments());
    return command && command->drawsDocuments(parser);
}

} // namespace ordo
