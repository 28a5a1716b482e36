// ordo-cli verifactu, driven through real processes: the records of a chain of invoices as XML that
// the AEAT's schema accepts, with every Huella recomputed here independently (sha256sum).
#include "support/ProcessRun.h"
#include "support/TestDatabase.h"

#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/VerifactuService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>

using namespace ordo::test;

namespace {


Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(program, arguments, input);
}

struct DemoFile
{
    DemoFile()
    {
        REQUIRE(dir.isValid());
        const Run r = (*this)({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--seed"),
                               QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    Run operator()(QStringList arguments) const
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--database"));
        return run(QStringLiteral(ORDO_CLI_PATH), arguments);
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
};

QString issue(const DemoFile &db, const QString &order)
{
    const Run r = db({QStringLiteral("invoice"), QStringLiteral("issue"), order, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().value(QStringLiteral("invoice")).toObject().value(QStringLiteral("number")).toString();
}

// The fields of one record as the XML carries them.
struct XmlRecord
{
    QString kind;  // RegistroAlta or RegistroAnulacion
    QMap<QString, QString> id;  // IDFactura's children
    QString tipoFactura, cuotaTotal, importeTotal, fechaHora, huella;
    QString previousHuella;  // empty for PrimerRegistro
    QString previousNumber;
};

QList<XmlRecord> readRecords(const QString &file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<XmlRecord> records;
    QStringList path;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            if (path.last() == QLatin1String("RegistroAlta") || path.last() == QLatin1String("RegistroAnulacion"))
                records.append({path.last(), {}, {}, {}, {}, {}, {}, {}, {}});
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace() && !records.isEmpty()) {
            XmlRecord &r = records.last();
            const QString name = path.last();
            const QString parent = path.value(path.size() - 2);
            const QString text = xml.text().toString();
            if (parent == QLatin1String("IDFactura"))
                r.id[name] = text;
            else if (parent == QLatin1String("RegistroAnterior") && name == QLatin1String("Huella"))
                r.previousHuella = text;
            else if (parent == QLatin1String("RegistroAnterior") && name == QLatin1String("NumSerieFactura"))
                r.previousNumber = text;
            else if (parent == r.kind && name == QLatin1String("TipoFactura"))
                r.tipoFactura = text;
            else if (parent == r.kind && name == QLatin1String("CuotaTotal"))
                r.cuotaTotal = text;
            else if (parent == r.kind && name == QLatin1String("ImporteTotal"))
                r.importeTotal = text;
            else if (parent == r.kind && name == QLatin1String("FechaHoraHusoGenRegistro"))
                r.fechaHora = text;
            else if (parent == r.kind && name == QLatin1String("Huella"))
                r.huella = text;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return records;
}

// The AEAT's hash input, built here from the XML and hashed by coreutils, not by Ordo.
QString independentHuella(const XmlRecord &r)
{
    QString input;
    if (r.kind == QLatin1String("RegistroAlta"))
        input = QStringLiteral("IDEmisorFactura=%1&NumSerieFactura=%2&FechaExpedicionFactura=%3&TipoFactura=%4&CuotaTotal=%5"
                               "&ImporteTotal=%6&Huella=%7&FechaHoraHusoGenRegistro=%8")
                    .arg(r.id.value(QStringLiteral("IDEmisorFactura")), r.id.value(QStringLiteral("NumSerieFactura")),
                         r.id.value(QStringLiteral("FechaExpedicionFactura")), r.tipoFactura, r.cuotaTotal, r.importeTotal,
                         r.previousHuella, r.fechaHora);
    else
        input = QStringLiteral("IDEmisorFacturaAnulada=%1&NumSerieFacturaAnulada=%2&FechaExpedicionFacturaAnulada=%3&Huella=%4"
                               "&FechaHoraHusoGenRegistro=%5")
                    .arg(r.id.value(QStringLiteral("IDEmisorFacturaAnulada")), r.id.value(QStringLiteral("NumSerieFacturaAnulada")),
                         r.id.value(QStringLiteral("FechaExpedicionFacturaAnulada")), r.previousHuella, r.fechaHora);
    const Run sha = run(QStringLiteral("sha256sum"), {}, input.toUtf8());
    REQUIRE(sha.exitCode == 0);
    return sha.out.section(QLatin1Char(' '), 0, 0).toUpper();
}

} // namespace

TEST_CASE("verifactu records --xml: a chain of full and rectifying invoices and an annulment validates against "
          "SuministroLR.xsd and every Huella recomputes",
          "[cli][verifactu]")
{
    const QString spec = QStringLiteral(ORDO_VERIFACTU_SPEC_DIR);
    if (!QFileInfo::exists(spec + QStringLiteral("/SuministroLR.xsd"))) {
        WARN("Skipped: the AEAT schemas are not at " << spec.toStdString() << " (../shared/spec/verifactu beside the sources).");
        return;
    }
    DemoFile db;
    // Two full invoices (F1) from the CLI; a rectifying one (R1) through the core, as the desktop makes it.
    const QString first = issue(db, QStringLiteral("WO-2026-00050"));
    const QString second = issue(db, QStringLiteral("WO-2026-00049"));
    QString rectifying;
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        ordo::InvoiceQueries invoices(**opened);
        ordo::InvoiceLedger ledger(**opened);
        const ordo::Actor by{std::nullopt, QStringLiteral("Pilar")};
        auto original = invoices.findByNumber(first);
        REQUIRE(original.ok());
        auto draft = ledger.createRectifying(original->id, QStringLiteral("Precio equivocado"), by);
        REQUIRE(draft.ok());
        auto issued = ledger.issue(draft->id, draft->version, by);
        REQUIRE(issued.ok());
        rectifying = issued->number;
    }
    const Run annul = db({QStringLiteral("verifactu"), QStringLiteral("annul"), second, QStringLiteral("--note"),
                          QStringLiteral("Emitida por error")});
    INFO(annul.err.toStdString());
    REQUIRE(annul.exitCode == 0);
    // Asking again is refused: the record is annulled already.
    CHECK(db({QStringLiteral("verifactu"), QStringLiteral("annul"), second, QStringLiteral("--note"), QStringLiteral("x")}).exitCode == 1);

    const QString xmlFile = db.dir.filePath(QStringLiteral("records.xml"));
    const Run records = db({QStringLiteral("verifactu"), QStringLiteral("records"), QStringLiteral("--json"), QStringLiteral("--xml"), xmlFile});
    INFO(records.err.toStdString());
    REQUIRE(records.exitCode == 0);
    const QJsonArray stored = records.json().value(QStringLiteral("records")).toArray();
    REQUIRE(stored.size() == 4);

    const Run lint = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                                                     spec + QStringLiteral("/SuministroLR.xsd"), xmlFile});
    INFO(lint.err.toStdString());
    CHECK(lint.exitCode == 0);

    const QList<XmlRecord> xml = readRecords(xmlFile);
    REQUIRE(xml.size() == 4);
    CHECK(xml[0].kind == QStringLiteral("RegistroAlta"));
    CHECK(xml[0].tipoFactura == QStringLiteral("F1"));
    CHECK(xml[0].previousHuella.isEmpty());
    CHECK(xml[1].tipoFactura == QStringLiteral("F1"));
    CHECK(xml[2].tipoFactura == QStringLiteral("R1"));
    CHECK(xml[2].id.value(QStringLiteral("NumSerieFactura")) == rectifying);
    CHECK(xml[3].kind == QStringLiteral("RegistroAnulacion"));
    CHECK(xml[3].id.value(QStringLiteral("NumSerieFacturaAnulada")) == second);
    for (int i = 0; i < xml.size(); ++i) {
        INFO("record " << i);
        CHECK(independentHuella(xml[i]) == xml[i].huella);
        CHECK(stored[i].toObject().value(QStringLiteral("huella")).toString() == xml[i].huella);
        if (i > 0) {
            CHECK(xml[i].previousHuella == xml[i - 1].huella);
            CHECK(xml[i].previousNumber == xml[i - 1].id.value(xml[i - 1].kind == QLatin1String("RegistroAlta")
                                                                  ? QStringLiteral("NumSerieFactura")
                                                                  : QStringLiteral("NumSerieFacturaAnulada")));
        }
    }

    const Run status = db({QStringLiteral("verifactu"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().value(QStringLiteral("states")).toObject().value(QStringLiteral("pending")).toInt() == 4);
    CHECK(status.json().value(QStringLiteral("mode")).toString() == QStringLiteral("verifactu"));
}

TEST_CASE("the invoice PDF carries a QR code that zbarimg reads as the AEAT's URL with the invoice's values", "[cli][verifactu]")
{
    DemoFile db;
    const Run issued = db({QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("WO-2026-00048"), QStringLiteral("--json")});
    REQUIRE(issued.exitCode == 0);
    const QJsonObject inv = issued.json().value(QStringLiteral("invoice")).toObject();
    const QString number = inv.value(QStringLiteral("number")).toString();
    const qint64 total = inv.value(QStringLiteral("total_cents")).toInteger();
    const QDate day = QDateTime::fromString(inv.value(QStringLiteral("issued_at")).toString(), Qt::ISODate).toLocalTime().date();
    const QString expected = QStringLiteral("https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=B86123452&numserie=%1&fecha=%2"
                                            "&importe=%3.%4")
                                 .arg(number, day.toString(QStringLiteral("dd-MM-yyyy")))
                                 .arg(total / 100)
                                 .arg(total % 100, 2, 10, QLatin1Char('0'));

    const QString pdf = db.dir.filePath(QStringLiteral("invoice.pdf"));
    REQUIRE(db({QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), pdf}).exitCode == 0);
    const QString png = db.dir.filePath(QStringLiteral("page"));
    REQUIRE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"),
                                             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, png})
                .exitCode == 0);
    const Run zbar = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png + QStringLiteral("-1.png")});
    INFO(zbar.err.toStdString());
    REQUIRE(zbar.exitCode == 0);
    CHECK(zbar.out.trimmed() == expected);

    // The legend of the VERI*FACTU mode is printed beside it.
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.out.contains(QStringLiteral("VERI*FACTU")));

    // A production company's invoices point to the production service.
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        ordo::VerifactuService service(**opened);
        ordo::VerifactuSettings s = service.settings();
        s.production = true;
        REQUIRE(service.saveSettings(s).ok());
    }
    REQUIRE(db({QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), pdf}).exitCode == 0);
    REQUIRE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"),
                                             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, png})
                .exitCode == 0);
    const Run production = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png + QStringLiteral("-1.png")});
    CHECK(production.out.trimmed() ==
          QString(expected).replace(QStringLiteral("https://prewww2.aeat.es/"), QStringLiteral("https://www2.agenciatributaria.gob.es/")));
}

TEST_CASE("verifactu mode and status: a company that does not send keeps its records, and its invoices lose the legend",
          "[cli][verifactu]")
{
    DemoFile db;
    const Run mode = db({QStringLiteral("verifactu"), QStringLiteral("mode"), QStringLiteral("no-verifactu")});
    INFO(mode.err.toStdString());
    REQUIRE(mode.exitCode == 0);
    CHECK(mode.out.contains(QStringLiteral("no VERI*FACTU")));
    CHECK(db({QStringLiteral("verifactu"), QStringLiteral("mode"), QStringLiteral("sometimes")}).exitCode == 2);
    const QString number = issue(db, QStringLiteral("WO-2026-00050"));
    const Run status = db({QStringLiteral("verifactu"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().value(QStringLiteral("mode")).toString() == QStringLiteral("no_verifactu"));
    CHECK(status.json().value(QStringLiteral("states")).toObject().value(QStringLiteral("kept")).toInt() == 1);
    const QString pdf = db.dir.filePath(QStringLiteral("invoice.pdf"));
    REQUIRE(db({QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), pdf}).exitCode == 0);
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK_FALSE(text.out.contains(QStringLiteral("VERI*FACTU")));
    CHECK(text.out.contains(number));
}
