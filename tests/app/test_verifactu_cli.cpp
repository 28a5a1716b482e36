// ordo-cli verifactu, driven through real processes: the records of a chain of invoices as XML that
// the AEAT's schema accepts, with every Huella recomputed here independently (sha256sum).
#include "support/FakeAeatServer.h"
#include "support/ProcessRun.h"
#include "support/TestDatabase.h"

#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/VerifactuSender.h"
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

// How many VERI*FACTU records the file holds (the demo's own invoices have theirs).
int recordCount(const DemoFile &db)
{
    const Run r = db({QStringLiteral("verifactu"), QStringLiteral("records"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    return static_cast<int>(r.json().value(QStringLiteral("records")).toArray().size());
}

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
    bool hasRecipients = false;  // a Destinatarios block
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
                records.append({path.last(), {}, {}, {}, {}, {}, {}, {}, {}, false});
            else if (path.last() == QLatin1String("Destinatarios") && !records.isEmpty())
                records.last().hasRecipients = true;
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

TEST_CASE("verifactu records --xml: the demo's chain, then full, simplified and rectifying invoices and an annulment, "
          "validates against SuministroLR.xsd and every Huella recomputes",
          "[cli][verifactu]")
{
    const QString spec = QStringLiteral(ORDO_VERIFACTU_SPEC_DIR);
    if (!QFileInfo::exists(spec + QStringLiteral("/SuministroLR.xsd"))) {
        WARN("Skipped: the AEAT schemas are not at " << spec.toStdString() << " (../shared/spec/verifactu beside the sources).");
        return;
    }
    DemoFile db;
    // The demo company issued its invoices with their registros de alta: one record each, chained.
    const int demo = recordCount(db);
    CHECK(demo >= 20);
    // Two full invoices (F1) from the CLI; a simplified (F2) and a rectifying one (R1) through the
    // core, as the desktop makes them.
    const QString first = issue(db, QStringLiteral("WO-2026-00050"));
    const QString second = issue(db, QStringLiteral("WO-2026-00049"));
    QString simplified, rectifying;
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        ordo::InvoiceQueries invoices(**opened);
        ordo::InvoiceLedger ledger(**opened);
        ordo::InvoiceDrafts drafts(**opened);
        const ordo::Actor by{std::nullopt, QStringLiteral("Pilar")};
        auto original = invoices.findByNumber(first);
        REQUIRE(original.ok());
        auto blank = drafts.createBlank(original->customerId, by);
        REQUIRE(blank.ok());
        ordo::DraftContent content;
        content.customerId = original->customerId;
        content.lines = {{0, 0, QStringLiteral("Ajuste de persiana"), 1000, 4500, 2100, 0}};
        content.simplified = true;
        auto saved = drafts.save(blank->id, blank->version, content, by);
        REQUIRE(saved.ok());
        auto ticket = ledger.issue(saved->id, saved->version, by);
        INFO((ticket ? QString() : ticket.error().message).toStdString());
        REQUIRE(ticket.ok());
        CHECK(ticket->simplified);
        simplified = ticket->number;
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
    REQUIRE(stored.size() == demo + 5);

    const Run lint = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                                                     spec + QStringLiteral("/SuministroLR.xsd"), xmlFile});
    INFO(lint.err.toStdString());
    CHECK(lint.exitCode == 0);

    const QList<XmlRecord> xml = readRecords(xmlFile);
    REQUIRE(xml.size() == demo + 5);
    CHECK(xml[0].kind == QStringLiteral("RegistroAlta"));
    CHECK(xml[0].previousHuella.isEmpty());
    for (int i = 0; i < demo; ++i)
        CHECK(xml[i].tipoFactura == QStringLiteral("F1"));
    CHECK(xml[demo].tipoFactura == QStringLiteral("F1"));
    CHECK(xml[demo].id.value(QStringLiteral("NumSerieFactura")) == first);
    CHECK(xml[demo + 1].tipoFactura == QStringLiteral("F1"));
    CHECK(xml[demo + 2].tipoFactura == QStringLiteral("F2"));
    CHECK(xml[demo + 2].id.value(QStringLiteral("NumSerieFactura")) == simplified);
    CHECK_FALSE(xml[demo + 2].hasRecipients);  // the AEAT refuses Destinatarios on F2
    CHECK(xml[demo + 1].hasRecipients);
    CHECK(xml[demo + 3].tipoFactura == QStringLiteral("R1"));
    CHECK(xml[demo + 3].id.value(QStringLiteral("NumSerieFactura")) == rectifying);
    CHECK(xml[demo + 4].kind == QStringLiteral("RegistroAnulacion"));
    CHECK(xml[demo + 4].id.value(QStringLiteral("NumSerieFacturaAnulada")) == second);
    // Every Huella, the demo's included, recomputed here from the XML's fields.
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
    CHECK(status.json().value(QStringLiteral("states")).toObject().value(QStringLiteral("pending")).toInt() == demo + 5);
    CHECK(status.json().value(QStringLiteral("mode")).toString() == QStringLiteral("verifactu"));
    // And invoice verify finds the whole chain sound.
    const Run verify = db({QStringLiteral("invoice"), QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
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

    // Switching to production later does not change what an issued invoice prints: its QR code
    // still points where it was issued for (the issuer's profile is stored at issue).
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
    CHECK(production.out.trimmed() == expected);
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

TEST_CASE("verifactu certificate import, send, correct and status: the AEAT's answers through ordo-cli", "[cli][verifactu][sending]")
{
    DemoFile db;
    QString why;
    const auto certificates = TestCertificates::make(db.dir.path(), &why);
    INFO(why.toStdString());
    REQUIRE(certificates);
    FakeAeatServer aeat(*certificates);
    REQUIRE(aeat.start());
    aeat.setWaitSeconds(0);
    // The demo's own records go first, accepted like the first invoice issued here.
    const int demo = recordCount(db);
    const QString first = issue(db, QStringLiteral("WO-2026-00050"));
    const QString second = issue(db, QStringLiteral("WO-2026-00049"));
    aeat.rejectAltaOf(second);
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        ordo::VerifactuService service(**opened);
        ordo::VerifactuSettings s = service.settings();
        s.endpointTest = aeat.url();
        REQUIRE(service.saveSettings(s).ok());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ORDO_SECRETS_FILE"), db.dir.filePath(QStringLiteral("secrets.json")));
    env.insert(QStringLiteral("ORDO_VERIFACTU_CA_FILE"), certificates->caPem);
    env.remove(QStringLiteral("ORDO_VERIFACTU_CERTIFICATE_PASSWORD"));
    auto cli = [&](QStringList arguments, const QString &password = {}) {
        arguments.prepend(db.path);
        arguments.prepend(QStringLiteral("--database"));
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("ORDO_CERT_PASSWORD"), password);
        return runProgram(QStringLiteral(ORDO_CLI_PATH), arguments, {}, e);
    };
    const QString p12 = db.dir.filePath(QStringLiteral("client.p12"));

    // Without a certificate nothing goes, and the message says what to do.
    const Run noCertificate = cli({QStringLiteral("verifactu"), QStringLiteral("send")});
    CHECK(noCertificate.exitCode == 1);
    CHECK(noCertificate.err.contains(QStringLiteral("verifactu certificate import")));
    CHECK(aeat.requests() == 0);
    const Run wrong = cli({QStringLiteral("verifactu"), QStringLiteral("certificate"), QStringLiteral("import"), p12}, QStringLiteral("nope"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("password is wrong")));
    const Run imported = cli({QStringLiteral("verifactu"), QStringLiteral("certificate"), QStringLiteral("import"), p12}, certificates->password);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(certificates->clientName));
    // The password is in the private secrets file, not in the database.
    QFile secretsFile(db.dir.filePath(QStringLiteral("secrets.json")));
    REQUIRE(secretsFile.open(QIODevice::ReadOnly));
    CHECK(secretsFile.readAll().contains(certificates->password.toUtf8()));
    {
        QFile database(db.path);
        REQUIRE(database.open(QIODevice::ReadOnly));
        CHECK_FALSE(database.readAll().contains(certificates->password.toUtf8()));
    }

    // One accepted, one rejected: exit code 1, the AEAT's words printed.
    const Run sent = cli({QStringLiteral("verifactu"), QStringLiteral("send")});
    INFO(sent.out.toStdString() << sent.err.toStdString());
    CHECK(sent.exitCode == 1);
    CHECK(sent.out.contains(QStringLiteral("%1 accepted, 0 accepted with errors, 1 rejected").arg(demo + 1)));
    CHECK(sent.out.contains(second + QStringLiteral(": 1105")));
    CHECK(sent.err.contains(QStringLiteral("verifactu correct")));
    const Run status = cli({QStringLiteral("verifactu"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().value(QStringLiteral("states")).toObject().value(QStringLiteral("accepted")).toInt() == demo + 1);
    CHECK(status.json().value(QStringLiteral("states")).toObject().value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(status.json().value(QStringLiteral("last_error")).toString().contains(QStringLiteral("1105")));
    CHECK(status.json().value(QStringLiteral("last_csv")).toString() == QStringLiteral("A-TEST0001"));

    CHECK(cli({QStringLiteral("verifactu"), QStringLiteral("correct"), first}).exitCode == 1);  // accepted: nothing to correct
    const Run corrected = cli({QStringLiteral("verifactu"), QStringLiteral("correct"), second});
    INFO(corrected.err.toStdString());
    REQUIRE(corrected.exitCode == 0);
    const Run again = cli({QStringLiteral("verifactu"), QStringLiteral("send")});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("1 accepted, 0 accepted with errors, 0 rejected")));

    const Run records = cli({QStringLiteral("verifactu"), QStringLiteral("records"), QStringLiteral("--json")});
    REQUIRE(records.exitCode == 0);
    const QJsonArray list = records.json().value(QStringLiteral("records")).toArray();
    REQUIRE(list.size() == demo + 3);
    CHECK(list[demo].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
    CHECK(list[demo].toObject().value(QStringLiteral("csv")).toString() == QStringLiteral("A-TEST0001"));
    CHECK(list[demo + 1].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("rejected"));
    CHECK(list[demo + 1].toObject().value(QStringLiteral("error_code")).toString() == QStringLiteral("1105"));
    CHECK(list[demo + 2].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
    CHECK(list[demo + 2].toObject().value(QStringLiteral("corrects")).toInteger() ==
          list[demo + 1].toObject().value(QStringLiteral("id")).toInteger());
    const Run text = cli({QStringLiteral("verifactu"), QStringLiteral("records")});
    CHECK(text.out.contains(QStringLiteral("[1105]")));
    CHECK(text.out.contains(QStringLiteral("CSV A-TEST0002")));

    const Run nothing = cli({QStringLiteral("verifactu"), QStringLiteral("send")});
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.contains(QStringLiteral("Nothing to send")));
    CHECK(aeat.requests() == 2);
    CHECK(aeat.recordsReceived() == demo + 3);

    // The service down: exit code 1, the record waits.
    issue(db, QStringLiteral("WO-2026-00048"));
    aeat.stop();
    const Run down = cli({QStringLiteral("verifactu"), QStringLiteral("send")});
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(QStringLiteral("stay in the queue")));
    const Run waiting = cli({QStringLiteral("verifactu"), QStringLiteral("status")});
    CHECK(waiting.out.contains(QStringLiteral("Next submission allowed at")));
    CHECK(waiting.out.contains(QStringLiteral("could not be reached")));
}
