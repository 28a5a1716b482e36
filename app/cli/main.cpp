#include "CliCommands.h"

#include "common/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
