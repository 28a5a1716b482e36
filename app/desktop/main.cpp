#include "ui/common/MessageBox.h"
#include "core/common/Translations.h"
#include "ui/main/DemoCreation.h"
#include "ui/main/MainWindow.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

// The first start without any database: create an empty one where Ordo keeps its data, or a demo
// company to look around. Returns the path to open, or an empty string to quit.
QString firstStart()
{
    const QString defaultPath = ordo::Database::defaultPath();
    QDir().mkpath(QFileInfo(defaultPath).absolutePath());
    const int choice = ordo::MessageBox::choose(
        nullptr, QCoreApplication::translate("main", "Welcome to Ordo"),
        QCoreApplication::translate("main", "There is no Ordo database on this computer yet. Create a new one for "
                                            "your company, or open a demo company to look around first?"),
        {QCoreApplication::translate("main", "Create my database"),
         QCoreApplication::translate("main", "Open the demo company")});
    if (choice == 0)
        return defaultPath;
    if (choice != 1)
        return {};
    const QString demoPath = QDir(QFileInfo(defaultPath).absolutePath()).filePath(QStringLiteral("ordo-demo.sqlite"));
    if (!QFileInfo::exists(demoPath)) {
        auto report = ordo::DemoCreation::run(nullptr, demoPath, ordo::DemoSize::Medium);
        if (!report) {
            ordo::MessageBox::error(nullptr, QCoreApplication::translate("main", "Ordo"), report.error().message);
            return {};
        }
    }
    return demoPath;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ordo"));
    QApplication::setOrganizationName(QStringLiteral("Ordo"));
    QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    ordo::installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Ordo: work orders from the first call to the paid invoice."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("database"),
                                      QCoreApplication::translate("main", "Open the database at <path>."),
                                      QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    // For scripts, screenshots and tests: start signed in (the password or PIN from ORDO_PASSWORD).
    QCommandLineOption userOption(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "Start signed in as <name> (password or PIN from ORDO_PASSWORD)."),
                                  QCoreApplication::translate("main", "name"));
    parser.addOption(userOption);
    // For documentation and visual checks: render the window offscreen to a PNG and quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
                                        QCoreApplication::translate("main", "file"));
    QCommandLineOption sizeOption(QStringLiteral("window-size"),
                                  QCoreApplication::translate("main", "Window size as WIDTHxHEIGHT."),
                                  QCoreApplication::translate("main", "size"));
    QCommandLineOption pageOption(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Start on page <n> (1 board … 8 reports, 9 my day)."),
                                  QCoreApplication::translate("main", "n"));
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(pageOption);
    parser.process(app);

    QString path = parser.value(databaseOption);
    bool mustExist = false;
    if (path.isEmpty()) {
        const QString last = settings.value(QStringLiteral("databases/last")).toString();
        // The last database, even when it is missing: then its newest backup is offered, never an empty file.
        if (!last.isEmpty())
            path = last, mustExist = true;
        else if (QFileInfo::exists(ordo::Database::defaultPath()))
            path = ordo::Database::defaultPath();
        else
            path = firstStart();
        if (path.isEmpty())
            return 0;
    }

    ordo::MainWindow window;
    window.setStartUser(parser.value(userOption));
    if (!window.openDatabase(path, !mustExist)) {
        if (!mustExist || window.signInClosed())
            return 1;
        // The database used last could not be had (and its backup was not restored): forget it and
        // start as the first time does, where creating a database is the user's explicit choice.
        settings.remove(QStringLiteral("databases/last"));
        const QString fallback = QFileInfo::exists(ordo::Database::defaultPath()) &&
                                         QFileInfo(ordo::Database::defaultPath()) != QFileInfo(path)
                                     ? ordo::Database::defaultPath()
                                     : firstStart();
        if (fallback.isEmpty() || !window.openDatabase(fallback, true))
            return 1;
    }
    if (parser.isSet(pageOption))
        window.showPage(static_cast<ordo::MainWindow::Page>(std::clamp(parser.value(pageOption).toInt() - 1, 0,
                                                                       ordo::MainWindow::PageCount - 1)));
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 1;
    }
    return app.exec();
}
