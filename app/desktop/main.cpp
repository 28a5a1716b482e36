#include "common/Translations.h"
#include "main/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ordo"));
    QApplication::setOrganizationName(QStringLiteral("Ordo"));
    QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    ordo::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Ordo: work orders from the first call to the paid invoice."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("database"),
                                      QCoreApplication::translate("main", "Open the database at <path>."),
                                      QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    // For documentation and visual checks: render the window offscreen to a PNG and quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
                                        QCoreApplication::translate("main", "file"));
    QCommandLineOption sizeOption(QStringLiteral("window-size"),
                                  QCoreApplication::translate("main", "Window size as WIDTHxHEIGHT."),
                                  QCoreApplication::translate("main", "size"));
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.process(app);

    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        path = ordo::Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    auto db = ordo::Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Ordo"), db.error().message);
        return 1;
    }
    ordo::MainWindow window(**db);
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
