#pragma once

#include <QByteArray>
#include <QStandardPaths>
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
    // Settings and data go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace ordo::test
