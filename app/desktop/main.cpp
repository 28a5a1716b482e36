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
    window.show();
    return app.exec();
}
