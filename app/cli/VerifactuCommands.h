#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ordo {

// ordo-cli verifactu records [--json] [--xml FILE], verifactu status [--json],
// verifactu annul NUMBER --note REASON [--by NAME]. Returns the exit code when `words` name one of
// them, nothing otherwise.
std::optional<int> runVerifactuCommand(const QStringList &words, const QCommandLineParser &parser, QTextStream &out,
                                       QTextStream &err);
QString verifactuHelpText();

} // namespace ordo
