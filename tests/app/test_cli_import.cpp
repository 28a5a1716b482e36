#include "support/ProcessRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ordo::test;

namespace {

struct Company
{
    Company()
    {
        REQUIRE(dir.isValid());
        const Run r = (*this)({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--seed"),
                               QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    Run operator()(QStringList arguments) const
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--database"));
        return runProgram(QStringLiteral(ORDO_CLI_PATH), arguments);
    }
    QString write(const QString &name, const QString &text) const
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        return file;
    }
    QByteArray read(const QString &name) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
};

} // namespace

TEST_CASE("ordo-cli import sites, assets and orders: a dry run lists the problems, a clean file imports all; export writes them back",
          "[cli][csv]")
{
    Company db;
    const QString customers = db.write(QStringLiteral("clientes.csv"), QStringLiteral("Nombre;NIF;Dirección;Código postal;Ciudad\r\n"
                                                                                      "Inés Importada;X1234567L;Calle Mayor 3;28013;Madrid\r\n"));
    const Run customer = db({QStringLiteral("import"), QStringLiteral("customers"), customers});
    INFO(customer.err.toStdString());
    REQUIRE(customer.exitCode == 0);

    const QString brokenSites = db.write(QStringLiteral("obras.csv"), QStringLiteral("NIF;Dirección;Ciudad\r\n"
                                                                                     "X1234567L;Calle del Pez 8;Madrid\r\n"
                                                                                     "Y0000000Z;Calle Sol 1;Madrid\r\n"));
    const Run dry = db({QStringLiteral("import"), QStringLiteral("sites"), brokenSites, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 1);
    CHECK(dry.err.contains(QStringLiteral("Line 3")));
    CHECK(dry.out.contains(QStringLiteral("1 with problems. Nothing was imported (--dry-run).")));
    CHECK(db({QStringLiteral("import"), QStringLiteral("sites"), brokenSites}).exitCode == 1);

    const QString sites = db.write(QStringLiteral("obras-bien.csv"), QStringLiteral("NIF;Dirección;Ciudad\r\n"
                                                                                    "X1234567L;Calle del Pez 8;Madrid\r\n"));
    const Run siteRun = db({QStringLiteral("import"), QStringLiteral("sites"), sites});
    INFO(siteRun.err.toStdString());
    CHECK(siteRun.exitCode == 0);
    CHECK(siteRun.out.contains(QRegularExpression(QStringLiteral("^1 site(\\(s\\))? imported\\."))));

    const QString assets = db.write(QStringLiteral("activos.csv"),
                                    QStringLiteral("NIF;Dirección;Tipo;Modelo;Nº de serie;Fecha de instalación;Fin de garantía\r\n"
                                                   "X1234567L;Calle del Pez 8;Caldera;Vaillant ecoTEC;VA-12345;15/03/2024;15/03/2027\r\n"));
    const Run assetRun = db({QStringLiteral("import"), QStringLiteral("assets"), assets});
    INFO(assetRun.err.toStdString());
    CHECK(assetRun.exitCode == 0);
    CHECK(assetRun.out.contains(QRegularExpression(QStringLiteral("^1 asset(\\(s\\))? imported\\."))));

    const QString orders = db.write(QStringLiteral("pedidos.csv"), QStringLiteral("NIF;Dirección;Título;Fecha límite;Importe\r\n"
                                                                                  "X1234567L;Calle del Pez 8;Revisión de la caldera;"
                                                                                  "20/01/2027;85,50\r\n"));
    const Run orderRun = db({QStringLiteral("import"), QStringLiteral("orders"), orders});
    INFO(orderRun.err.toStdString());
    CHECK(orderRun.exitCode == 0);
    CHECK(orderRun.out.contains(QRegularExpression(QStringLiteral("^1 order(\\(s\\))? imported\\."))));
    const Run listed = db({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--open")});
    CHECK(listed.out.contains(QStringLiteral("Inés Importada")));

    for (const QString &kind : {QStringLiteral("customers"), QStringLiteral("sites"), QStringLiteral("assets")}) {
        const QString out = db.dir.filePath(kind + QStringLiteral(".csv"));
        const Run exported = db({QStringLiteral("export"), kind, QStringLiteral("--out"), out});
        INFO(kind.toStdString() << ": " << exported.err.toStdString());
        CHECK(exported.exitCode == 0);
        CHECK(db.read(kind + QStringLiteral(".csv")).startsWith("\xEF\xBB\xBF"));
        CHECK(db({QStringLiteral("export"), kind}).exitCode == 2);
    }
    CHECK(db.read(QStringLiteral("assets.csv")).contains("X1234567L;;Calle del Pez 8;Caldera;Vaillant ecoTEC;;VA-12345;2024-03-15;2027-03-15"));
    CHECK(db.read(QStringLiteral("sites.csv")).contains("Inés Importada;X1234567L;;Calle del Pez 8;;Madrid;"));
    // The export read back into the same company: every asset is there already, and nothing is written twice.
    const Run again = db({QStringLiteral("import"), QStringLiteral("assets"), db.dir.filePath(QStringLiteral("assets.csv")),
                          QStringLiteral("--dry-run")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Already an asset of")));
}
