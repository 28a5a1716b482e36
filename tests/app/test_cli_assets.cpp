#include "support/ProcessRun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace ordo::test;

namespace {

Run cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(ORDO_CLI_PATH), arguments);
}

struct Demo
{
    Demo()
    {
        REQUIRE(dir.isValid());
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                           QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    Run operator()(QStringList arguments) const
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--database"));
        return cli(arguments);
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString file = dir.filePath(name);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return file;
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
};

} // namespace

TEST_CASE("ordo-cli assets: a paid order's lines registered once, its history, labels, a maintenance plan run twice",
          "[cli][assets]")
{
    Demo db;
    const Run orders = db({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
                           QStringLiteral("--json")});
    REQUIRE(orders.exitCode == 0);
    // The first paid order with something installed (a repair's labour alone is no asset).
    QString number;
    qint64 customer = 0;
    Run registered;
    for (const auto &v : orders.json().value(QStringLiteral("orders")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("step_kind")).toString() != QLatin1String("done"))
            continue;
        registered = db({QStringLiteral("assets"), QStringLiteral("register"), o.value(QStringLiteral("number")).toString(),
                         QStringLiteral("--json")});
        if (registered.exitCode == 1 && registered.err.contains(QStringLiteral("its lines are services")))
            continue;
        number = o.value(QStringLiteral("number")).toString();
        customer = o.value(QStringLiteral("customer_id")).toInteger();
        break;
    }
    REQUIRE(!number.isEmpty());
    INFO(registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);
    const QJsonArray assets = registered.json().value(QStringLiteral("assets")).toArray();
    REQUIRE(!assets.isEmpty());
    const QJsonObject first = assets.first().toObject();
    CHECK(first.value(QStringLiteral("source_order")).toString() == number);
    CHECK(!first.value(QStringLiteral("installed_on")).toString().isEmpty());
    const QString assetId = QString::number(first.value(QStringLiteral("id")).toInteger());

    const Run again = db({QStringLiteral("assets"), QStringLiteral("register"), number});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("registered already")));

    const Run listed = db({QStringLiteral("assets"), QStringLiteral("list"), QString::number(customer), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().value(QStringLiteral("assets")).toArray().size() == assets.size());

    REQUIRE(db({QStringLiteral("assets"), QStringLiteral("note"), assetId, QStringLiteral("Junta cambiada")}).exitCode == 0);
    const Run history = db({QStringLiteral("assets"), QStringLiteral("history"), assetId, QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    QStringList kinds;
    for (const auto &e : history.json().value(QStringLiteral("history")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    CHECK(kinds.contains(QStringLiteral("note")));
    CHECK(kinds.contains(QStringLiteral("order")));
    CHECK(kinds.contains(QStringLiteral("registered")));

    const QString pdf = db.dir.filePath(QStringLiteral("labels.pdf"));
    const Run labels = db({QStringLiteral("assets"), QStringLiteral("labels"), QString::number(customer), QStringLiteral("--out"), pdf});
    INFO(labels.err.toStdString());
    REQUIRE(labels.exitCode == 0);
    QFile labelFile(pdf);
    REQUIRE(labelFile.open(QIODevice::ReadOnly));
    CHECK(labelFile.read(5) == "%PDF-");

    const Run plan = db({QStringLiteral("maintenance"), QStringLiteral("plan"), QString::number(customer), QStringLiteral("--title"),
                         QStringLiteral("Revisión anual"), QStringLiteral("--first"), QStringLiteral("2027-01-31"), QStringLiteral("--every"),
                         QStringLiteral("1"), QStringLiteral("--asset"), assetId});
    INFO(plan.err.toStdString());
    REQUIRE(plan.exitCode == 0);
    const Run run = db({QStringLiteral("maintenance"), QStringLiteral("run"), QStringLiteral("--until"), QStringLiteral("2027-01-05"),
                        QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray made = run.json().value(QStringLiteral("generated")).toArray();
    REQUIRE(made.size() == 1);
    CHECK(made.first().toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2027-01-31"));
    const Run twice = db({QStringLiteral("maintenance"), QStringLiteral("run"), QStringLiteral("--until"), QStringLiteral("2027-01-05"),
                          QStringLiteral("--json")});
    REQUIRE(twice.exitCode == 0);
    CHECK(twice.json().value(QStringLiteral("generated")).toArray().isEmpty());
    CHECK(twice.json().value(QStringLiteral("already_generated")).toInt() == 1);
    CHECK(db({QStringLiteral("maintenance"), QStringLiteral("run"), QStringLiteral("--until"), QStringLiteral("2027-02-30")}).exitCode == 2);

    // A list turned into orders: a new awning gets one; the asset the plan's order names does not.
    const Run awning = db({QStringLiteral("assets"), QStringLiteral("add"), QString::number(customer), QStringLiteral("--type"),
                           QStringLiteral("Toldo"), QStringLiteral("--json")});
    REQUIRE(awning.exitCode == 0);
    const QString awningId = QString::number(awning.json().value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toInteger());
    const Run ordered = db({QStringLiteral("assets"), QStringLiteral("order"), awningId + QLatin1Char(',') + assetId, QStringLiteral("--title"),
                            QStringLiteral("Revisión de toldo"), QStringLiteral("--due"), QStringLiteral("2027-02-10")});
    INFO(ordered.err.toStdString());
    REQUIRE(ordered.exitCode == 0);
    CHECK(ordered.out.contains(QStringLiteral("due 2027-02-10")));
    CHECK(ordered.out.contains(QStringLiteral("Asset %1: an open order already names it").arg(assetId)));
    CHECK((ordered.out.contains(QStringLiteral("1 order made.")) || ordered.out.contains(QStringLiteral("1 order(s) made."))));
    CHECK(db({QStringLiteral("assets"), QStringLiteral("order"), QStringLiteral("x,y")}).exitCode == 2);

    const Run stats = db({QStringLiteral("assets"), QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.json().contains(QStringLiteral("by_model")));
    CHECK(stats.json().contains(QStringLiteral("warranty_ending")));
    CHECK(stats.json().contains(QStringLiteral("past_typical_age")));
}

TEST_CASE("ordo-cli import customers: a dry run lists every row's problem; a clean file imports; export orders writes a CSV",
          "[cli][csv]")
{
    Demo db;
    const QString broken = db.write(QStringLiteral("clientes.csv"),
                                    QByteArray("\xEF\xBB\xBF") + QStringLiteral("Nombre;NIF;Email\r\n"
                                                                                "Ana Gil;;ana@example.es\r\n"
                                                                                ";;sin-nombre@example.es\r\n"
                                                                                "Luis Gil;12345678A;\r\n")
                                                                     .toUtf8());
    const Run dry = db({QStringLiteral("import"), QStringLiteral("customers"), broken, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 1);
    CHECK(dry.err.contains(QStringLiteral("Line 3")));
    CHECK(dry.err.contains(QStringLiteral("Line 4")));
    CHECK(dry.out.contains(QStringLiteral("Nothing was imported")));
    const Run refused = db({QStringLiteral("import"), QStringLiteral("customers"), broken});
    CHECK(refused.exitCode == 1);

    const QString clean = db.write(QStringLiteral("ok.csv"), QStringLiteral("name,phone\r\nAna Gil Nueva,699 000 111\r\n").toUtf8());
    const Run imported = db({QStringLiteral("import"), QStringLiteral("customers"), clean});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1 customer imported")));

    const QString out = db.dir.filePath(QStringLiteral("orders.csv"));
    const Run exported = db({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"), out});
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") >= 51);  // the header and the demo's 50 orders (more lines when a text holds one)
    CHECK(db({QStringLiteral("export"), QStringLiteral("orders")}).exitCode == 2);
}
