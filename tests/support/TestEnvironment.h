#pragma once

#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#include <ctime>

namespace ordo::test {

// Every test runs in English and in the company's time zone (Madrid, with its daylight-saving
// changes), whatever the machine's own settings. Call first thing in main().
inline void pinEnvironment()
{
    qputenv("TZ", "Europe/Madrid");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    tzset();
    // Settings, data and secrets go to a test location, never the user's: a home of this process's
    // own (removed when it ends), which the programs it starts (ordo-cli) share.
    static QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral(".cache"))));
    qunsetenv("ORDO_SECRETS_FILE");
    qunsetenv("ORDO_SMTP_PASSWORD");
    // No keyring either: a D-Bus session that cannot be reached, so that the desktop's store uses its
    // private file, as on a server or in CI (and a developer's own keyring is never written).
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus"))));
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace ordo::test
