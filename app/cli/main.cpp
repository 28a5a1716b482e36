#include "CliCommands.h"

#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Drawing a PDF needs fonts, hence a GUI application, drawn offscreen: only for those commands.
    bool drawsDocuments = false;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "invoice") == 0 && (qstrcmp(argv[i + 1], "pdf") == 0 || qstrcmp(argv[i + 1], "send") == 0))
            drawsDocuments = true;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            drawsDocuments = true;
    if (drawsDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(drawsDocuments ? new QGuiApplication(argc, argv)
                                                                  : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Ordo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    ordo::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ordo::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
