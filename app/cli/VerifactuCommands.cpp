#include "VerifactuCommands.h"

#include "CliCommands.h"
#include "billing/InvoiceService.h"
#include "billing/VerifactuService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ordo {

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };
constexpr int RecordsPerDocument = 1000;  // SuministroLR.xsd: RegistroFactura maxOccurs="1000"

int fail(QTextStream &err, const QString &message)
{
    err << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return Failed;
}

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser, Database::OpenMode mode)
{
    const QString path = parser.value(QStringLiteral("database"));
    return Database::open(path.isEmpty() ? Database::defaultPath() : path, mode);
}

QJsonObject toJson(const VerifactuRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("issuer_nif"), r.issuerNif},
                       {QStringLiteral("chain_index"), r.chainIndex},
                       {QStringLiteral("kind"), r.kindKey()},
                       {QStringLiteral("invoice_number"), r.invoiceNumber},
                       {QStringLiteral("issue_date"), r.issueDate},
                       {QStringLiteral("invoice_type"), r.invoiceType},
                       {QStringLiteral("quota_total"), r.quotaTotal},
                       {QStringLiteral("amount_total"), r.amountTotal},
                       {QStringLiteral("previous_huella"), r.previousHuella},
                       {QStringLiteral("generated_at"), r.generatedAt},
                       {QStringLiteral("huella"), r.huella},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("state"), r.state}};
}

// FILE for the first document, FILE-2.xml, FILE-3.xml ... for the next ones.
QString documentPath(const QString &path, int index)
{
    if (index == 0)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(QStringLiteral("%1-%2%3").arg(info.completeBaseName()).arg(index + 1).arg(suffix));
}

Result<QStringList> writeDocuments(const QList<VerifactuRecord> &records, const QString &path)
{
    QStringList written;
    int i = 0;
    while (i < records.size()) {
        // One document per issuer and at most 1,000 records: the header names one obligado.
        const QString issuer = records[i].issuerNif;
        QList<QByteArray> fragments;
        const verifactu::Party obligado{records[i].issuerName, issuer};
        while (i < records.size() && records[i].issuerNif == issuer && fragments.size() < RecordsPerDocument)
            fragments.append(records[i++].xml);
        const QString file = documentPath(path, static_cast<int>(written.size()));
        QSaveFile out(file);
        const QByteArray xml = verifactu::xmlDocument(obligado, fragments);
        if (!out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
            return makeError(ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        written << file;
    }
    return written;
}

int records(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto db = openDatabase(parser, Database::OpenMode::ReadOnly);
    if (!db)
        return fail(err, db.error().message);
    auto all = VerifactuService(**db).records();
    if (!all)
        return fail(err, all.error().message);
    QStringList files;
    if (parser.isSet(QStringLiteral("xml"))) {
        auto written = writeDocuments(*all, parser.value(QStringLiteral("xml")));
        if (!written)
            return fail(err, written.error().message);
        files = *written;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &r : *all)
            array.append(toJson(r));
        QJsonObject json{{QStringLiteral("records"), array}};
        if (!files.isEmpty())
            json.insert(QStringLiteral("xml_files"), QJsonArray::fromStringList(files));
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (all->isEmpty())
        out << Cli::tr("No VERI*FACTU record yet: records are made when invoices are issued.") << Qt::endl;
    for (const auto &r : *all)
        out << QStringLiteral("%1 #%2  %3  %4  %5  %6  %7  %8")
                   .arg(r.issuerNif)
                   .arg(r.chainIndex)
                   .arg(r.kind == verifactu::RecordKind::Alta ? Cli::tr("alta") : Cli::tr("anulación"),
                        r.invoiceNumber, r.issueDate, r.kind == verifactu::RecordKind::Alta ? r.amountTotal : QString(),
                        r.huella.left(16), VerifactuService::stateText(r.state))
            << Qt::endl;
    for (const auto &f : files)
        out << Cli::tr("Written to %1.").arg(QDir::toNativeSeparators(f)) << Qt::endl;
    return Ok;
}

int status(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto db = openDatabase(parser, Database::OpenMode::ReadOnly);
    if (!db)
        return fail(err, db.error().message);
    VerifactuService service(**db);
    auto counts = service.countsByState();
    if (!counts)
        return fail(err, counts.error().message);
    const VerifactuSettings s = service.settings();
    const bool sending = s.mode == VerifactuSettings::Mode::Verifactu;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject states;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            states.insert(it.key(), it.value());
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("mode"), sending ? QStringLiteral("verifactu")
                                                                                          : QStringLiteral("no_verifactu")},
                                                           {QStringLiteral("environment"), s.production ? QStringLiteral("production")
                                                                                                        : QStringLiteral("test")},
                                                           {QStringLiteral("qr_base_url"), s.qrBaseUrl()},
                                                           {QStringLiteral("states"), states}})
                                     .toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << (sending ? Cli::tr("Mode: VERI*FACTU (records are sent to the AEAT).")
                    : Cli::tr("Mode: no VERI*FACTU (records are kept, not sent)."))
        << Qt::endl
        << (s.production ? Cli::tr("QR codes point to the AEAT's production service.")
                         : Cli::tr("QR codes point to the AEAT's test service."))
        << Qt::endl;
    if (counts->isEmpty())
        out << Cli::tr("No record yet.") << Qt::endl;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        out << QStringLiteral("%1  %2").arg(it.value(), 6).arg(VerifactuService::stateText(it.key())) << Qt::endl;
    if (sending && counts->value(QStringLiteral("pending")) > 0)
        out << Cli::tr("This version of Ordo does not send records to the AEAT yet: they wait in the queue.") << Qt::endl;
    return Ok;
}

int annul(const QString &number, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString reason = parser.value(QStringLiteral("note"));
    if (reason.trimmed().isEmpty()) {
        err << Cli::tr("Say why with --note REASON.") << Qt::endl << Cli::tr("Run “ordo-cli --help” for the list of commands.") << Qt::endl;
        return Usage;
    }
    auto db = openDatabase(parser, Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.error().message);
    auto inv = InvoiceService(**db).findByNumber(number);
    if (!inv)
        return fail(err, inv.error().message);
    const QString by = parser.value(QStringLiteral("by"));
    auto record = VerifactuService(**db).annul(inv->id, reason, Actor{std::nullopt, by.isEmpty() ? QStringLiteral("ordo-cli") : by});
    if (!record)
        return fail(err, record.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("record"), toJson(*record)}}).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << Cli::tr("The record of invoice %1 is annulled (registro de anulación #%2).").arg(inv->number).arg(record->chainIndex)
        << Qt::endl;
    return Ok;
}

// verifactu mode verifactu|no-verifactu, verifactu environment test|production.
int setSetting(const QString &what, const QString &value, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const bool isMode = what == QLatin1String("mode");
    const QStringList allowed = isMode ? QStringList{QStringLiteral("verifactu"), QStringLiteral("no-verifactu")}
                                       : QStringList{QStringLiteral("test"), QStringLiteral("production")};
    if (!allowed.contains(value)) {
        err << (isMode ? Cli::tr("Say verifactu mode verifactu or verifactu mode no-verifactu.")
                       : Cli::tr("Say verifactu environment test or verifactu environment production."))
            << Qt::endl;
        return Usage;
    }
    auto db = openDatabase(parser, Database::OpenMode::MustExist);
    if (!db)
        return fail(err, db.error().message);
    VerifactuService service(**db);
    VerifactuSettings s = service.settings();
    if (isMode)
        s.mode = value == QLatin1String("verifactu") ? VerifactuSettings::Mode::Verifactu : VerifactuSettings::Mode::NoVerifactu;
    else
        s.production = value == QLatin1String("production");
    if (auto saved = service.saveSettings(s); !saved)
        return fail(err, saved.error().message);
    return status(parser, out, err);
}

} // namespace

QString verifactuHelpText()
{
    return Cli::tr("\n"
                   "VERI*FACTU (the records every issued invoice makes, Real Decreto 1007/2023):\n"
                   "  verifactu records [--json] [--xml FILE]\n"
                   "                         every record in chain order; --xml writes RegFactuSistemaFacturacion\n"
                   "                         documents of at most 1,000 records (FILE, FILE-2.xml ...)\n"
                   "  verifactu status [--json]\n"
                   "                         the mode and the number of records in each state\n"
                   "  verifactu annul NUMBER --note REASON [--by NAME]\n"
                   "                         a registro de anulación for an invoice issued by mistake\n"
                   "  verifactu mode verifactu|no-verifactu\n"
                   "                         whether the company sends its records to the AEAT (VERI*FACTU) or keeps them\n"
                   "  verifactu environment test|production\n"
                   "                         which AEAT service the QR codes point to\n");
}

std::optional<int> runVerifactuCommand(const QStringList &words, const QCommandLineParser &parser, QTextStream &out,
                                       QTextStream &err)
{
    if (words.value(0) != QLatin1String("verifactu"))
        return std::nullopt;
    const QString second = words.value(1);
    if (second == QLatin1String("records") && words.size() == 2)
        return records(parser, out, err);
    if (second == QLatin1String("status") && words.size() == 2)
        return status(parser, out, err);
    if ((second == QLatin1String("mode") || second == QLatin1String("environment")) && words.size() == 3)
        return setSetting(second, words[2], parser, out, err);
    if (second == QLatin1String("annul") && words.size() == 3)
        return annul(words[2], parser, out, err);
    return std::nullopt;
}

} // namespace ordo
