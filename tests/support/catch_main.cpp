#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/Translations.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    // Qt's SQL plugins and QProcess want an application object; tests never show anything.
    QCoreApplication app(argc, argv);
    // English, with its plural forms ("2 visits"), as a user with an English system sees it.
    ordo::installTranslations(app, QLocale(QLocale::English));
    return Catch::Session().run(argc, argv);
}
