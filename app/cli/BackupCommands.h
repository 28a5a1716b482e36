#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ordo {

// ordo-cli backup [--to DIR], backups [--to DIR] [--json], restore BACKUP --to PATH [--replace].
// Returns the exit code when `words` name one of them, nothing otherwise. `restore` and `backups`
// never open the target database through Database::open.
std::optional<int> runBackupCommand(const QStringList &words, const QCommandLineParser &parser, QTextStream &out,
                                    QTextStream &err);
QString backupHelpText();

} // namespace ordo
