#include "core/common/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace ordo::paths {

QString defaultDatabase()
{
#ifdef Q_OS_WIN
    const auto where = QStandardPaths::AppLocalDataLocation;
#else
    const auto where = QStandardPaths::AppDataLocation;
#endif
    return QDir(QStandardPaths::writableLocation(where)).filePath(QStringLiteral("ordo.sqlite"));
}

QString secretsFile()
{
    // GenericConfigLocation is ~/.config on Linux and %LOCALAPPDATA% on Windows.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("ordo/secrets.json"));
}

} // namespace ordo::paths
