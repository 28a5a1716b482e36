#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ordo {

// ordo-cli: the same core as the desktop program, headless, for scripting, cron jobs and benchmarks.
// Exit codes: 0 done, 1 refused or failed (one line on stderr, nothing changed), 2 wrong usage.
// The commands themselves are in cli::CommandRegistry; this finds the one asked for, checks its
// arguments and options, opens the database as the command needs and runs it.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Cli)

public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

    // Whether these arguments name a run that draws a document (a PDF): it needs fonts, and so a
    // GUI application, which must be chosen before any is created.
    static bool drawsDocuments(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ordo
