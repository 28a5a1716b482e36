#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/Translations.h"
#include "core/storage/Database.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <cstdio>

namespace {

// Database::beginWrite says in the log when a write begins while a statement of the same connection
// is still open. Such a write fails "busy" at once, without waiting, whenever another program saved
// since that statement started (a technician's sign-in failed so, now and then, on a busy office
// PC). Any test that makes Ordo do it fails the whole run, naming the statement.
QMutex g_openStatementsLock; // the server tests log from their handler threads
QStringList g_openStatements;
QtMessageHandler g_previous = nullptr;

void watchLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && context.category && qstrcmp(context.category, "ordo.storage") == 0
        && text.startsWith(QLatin1String(ordo::Database::OpenStatementWarning))) {
        const QMutexLocker locked(&g_openStatementsLock);
        g_openStatements << text;
    }
    if (g_previous)
        g_previous(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    g_previous = qInstallMessageHandler(watchLog);
    // Qt's SQL plugins and QProcess want an application object; tests never show anything.
    QCoreApplication app(argc, argv);
    // English, with its plural forms ("2 visits"), as a user with an English system sees it.
    ordo::installTranslations(app, QLocale(QLocale::English));
    const int failed = Catch::Session().run(argc, argv);
    if (!g_openStatements.isEmpty()) {
        g_openStatements.removeDuplicates();
        std::fprintf(stderr, "\nA write began while a statement of the same connection was still open "
                             "(it fails at once if another program saved meanwhile):\n");
        for (const QString &line : g_openStatements)
            std::fprintf(stderr, "  %s\n", qUtf8Printable(line));
        return failed ? failed : 1;
    }
    return failed;
}
