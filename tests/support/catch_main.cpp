#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/TestEnvironment.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    // Qt's SQL plugins and QProcess want an application object; tests never show anything.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
