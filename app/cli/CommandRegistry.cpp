#include "CommandRegistry.h"

#include "AssetCommands.h"
#include "BackupCommands.h"
#include "CatalogueCommands.h"
#include "PhoneCommands.h"
#include "TokenCommands.h"
#include "CliCommands.h"
#include "DatabaseCommands.h"
#include "InvoiceCommands.h"
#include "QuoteCommands.h"
#include "OrderCommands.h"
#include "ReportCommands.h"
#include "ScheduleCommands.h"
#include "VerifactuCommands.h"

#include <QSet>

namespace ordo::cli {

namespace {

void append(Commands &to, Commands from)
{
    for (auto &command : from)
        to.push_back(std::move(command));
}

} // namespace

CommandRegistry::CommandRegistry()
{
    Section general;
    append(general.commands, databaseCommands());
    append(general.commands, orderCommands());
    append(general.commands, scheduleCommands());
    append(general.commands, invoiceCommands());
    append(general.commands, catalogueCommands());
    append(general.commands, quoteCommands());
    append(general.commands, reportCommands());
    m_sections.push_back(std::move(general));
    m_sections.push_back({Cli::tr("Assets at customers' sites and maintenance plans:"), assetCommands()});
    append(m_sections.back().commands, maintenanceCommands());
    m_sections.push_back({Cli::tr("Spreadsheets (CSV):"), transferCommands()});
    m_sections.push_back({Cli::tr("API tokens for scheduled jobs (ORDO_TOKEN):"), tokenCommands()});
    m_sections.push_back({Cli::tr("Technicians' phones (ordo-server's /tech app):"), phoneCommands()});
    m_sections.push_back(
        {Cli::tr("Backups (the folder is \"backups\" beside the database unless --to says another):"), backupCommands()});
    m_sections.push_back(
        {Cli::tr("VERI*FACTU (the records every issued invoice makes, Real Decreto 1007/2023):"), verifactuCommands()});
}

QList<const Command *> CommandRegistry::commands() const
{
    QList<const Command *> all;
    for (const auto &section : m_sections)
        for (const auto &command : section.commands)
            all << command.get();
    return all;
}

const Command *CommandRegistry::find(const QStringList &words) const
{
    const Command *found = nullptr;
    for (const Command *command : commands()) {
        const QStringList name = command->nameWords();
        if (words.mid(0, name.size()) == name && (!found || name.size() > found->nameWords().size()))
            found = command;
    }
    return found;
}

QList<const Command *> CommandRegistry::group(const QString &firstWord) const
{
    QList<const Command *> members;
    for (const Command *command : commands())
        if (command->nameWords().constFirst() == firstWord)
            members << command;
    return members;
}

QString CommandRegistry::usageText() const
{
    QString text = Cli::tr("Usage: ordo-cli [--database PATH] [--user NAME] COMMAND [options]") + QStringLiteral("\n\n");
    for (const auto &section : m_sections) {
        text += (section.title.isEmpty() ? Cli::tr("Commands:") : QLatin1Char('\n') + section.title) + QLatin1Char('\n');
        for (const auto &command : section.commands)
            text += command->usageEntry();
    }
    return text + QLatin1Char('\n') + Cli::tr("Run “ordo-cli COMMAND --help” for the options of one command.") +
           QLatin1Char('\n') + Cli::tr("Without --database, the default database in the user's data folder is used.") +
           QLatin1Char('\n') + Cli::tr("Changes are signed by --user NAME, else by the API token in ORDO_TOKEN, else by "
                                        "“ordo-cli (your login)” when the owner allows unsigned changes.") +
           QLatin1Char('\n') + Cli::tr("Exit codes: 0 done, 1 refused or failed (nothing changed), 2 wrong usage.") +
           QLatin1Char('\n');
}

QString CommandRegistry::groupHelpText(const QString &firstWord) const
{
    QStringList parts;
    for (const Command *command : group(firstWord))
        parts << command->helpText();
    return parts.join(QLatin1Char('\n'));
}

QList<QCommandLineOption> CommandRegistry::globalOptions()
{
    return {{{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")},
            {QStringLiteral("version"), Cli::tr("Show the version.")},
            {QStringLiteral("database"), Cli::tr("The database file."), Cli::tr("path")},
            {QStringLiteral("user"), Cli::tr("Sign the changes as this person (their password or PIN from ORDO_PASSWORD, "
                                             "or asked on the terminal)."),
             Cli::tr("name")}};
}

bool CommandRegistry::isGlobal(const QString &optionName)
{
    for (const auto &option : globalOptions())
        if (option.names().contains(optionName))
            return true;
    return false;
}

void CommandRegistry::addOptionsTo(QCommandLineParser &parser) const
{
    QSet<QString> added;
    auto add = [&](const QCommandLineOption &option) {
        for (const QString &name : option.names())
            if (added.contains(name))
                return;
        parser.addOption(option);
        for (const QString &name : option.names())
            added.insert(name);
    };
    for (const auto &option : globalOptions())
        add(option);
    for (const Command *command : commands())
        for (const auto &option : command->options())
            add(option);
}

} // namespace ordo::cli
