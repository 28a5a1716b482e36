#pragma once

#include "Command.h"

namespace ordo::cli {

// Every ordo-cli command, in the order the help lists them, in sections ("Backups", "VERI*FACTU").
// The list of commands in `ordo-cli --help` and each command's own help are made from here, so a
// command cannot be left out of them.
class CommandRegistry final
{
public:
    struct Section
    {
        QString title;  // empty for the first, general section
        Commands commands;
    };

    CommandRegistry();

    const std::vector<Section> &sections() const { return m_sections; }
    QList<const Command *> commands() const;
    // The command whose name the words begin with ("orders move WO-1 Paid" → "orders move").
    const Command *find(const QStringList &words) const;
    // The commands whose name begins with this word ("orders" → list, show, move).
    QList<const Command *> group(const QString &firstWord) const;

    QString usageText() const;
    QString groupHelpText(const QString &firstWord) const;

    // Options any command accepts (--database, --help, --version), then every command's options once
    // per name, so that the words of the command line can be told from the options' values. Whether
    // an option belongs to the command is checked afterwards (Command::takes).
    static QList<QCommandLineOption> globalOptions();
    static bool isGlobal(const QString &optionName);
    void addOptionsTo(QCommandLineParser &parser) const;

private:
    std::vector<Section> m_sections;
};

} // namespace ordo::cli
