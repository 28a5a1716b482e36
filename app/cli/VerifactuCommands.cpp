#include "VerifactuCommands.h"

#include "CliCommands.h"
#include "Credentials.h"
#include "JsonFormat.h"

#include "core/billing/InvoiceQueries.h"
#include "core/billing/VerifactuSender.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/common/SecretStore.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QLocale>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ordo::cli {

namespace {

constexpr int RecordsPerDocument = 1000;  // SuministroLR.xsd: RegistroFactura maxOccurs="1000"

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

QString when(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat);
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(Qt::ISODate);
}

// "3 min 20 s", "2 h 5 min": how long until a time.
QString waitText(qint64 seconds)
{
    if (seconds < 60)
        return Cli::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return Cli::tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
    return Cli::tr("%n hour(s)", nullptr, int((seconds + 3599) / 3600));
}

// The mode, the environment and the records in each state; `verifactu status`, and after a change.
int printStatus(Context &c)
{
    VerifactuService service(*c.db);
    auto counts = service.countsByState();
    if (!counts)
        return c.fail(counts.error());
    const VerifactuSettings s = service.settings();
    auto sending = VerifactuSender(*c.db).status();
    if (!sending)
        return c.fail(sending.error());
    const VerifactuCertificate certificate = VerifactuCertificate::load(*c.db);
    if (c.json()) {
        QJsonObject o = json::verifactuStatus(s, *counts);
        o.insert(QStringLiteral("endpoint"), s.endpoint());
        o.insert(QStringLiteral("next_send_at"), sending->nextSendAt > 0 ? QJsonValue(isoTime(sending->nextSendAt)) : QJsonValue());
        o.insert(QStringLiteral("failures"), sending->failures);
        o.insert(QStringLiteral("last_attempt_at"), sending->lastAttemptAt ? QJsonValue(isoTime(*sending->lastAttemptAt)) : QJsonValue());
        o.insert(QStringLiteral("last_error"), sending->lastError);
        o.insert(QStringLiteral("last_csv"), sending->lastCsv);
        o.insert(QStringLiteral("certificate"), certificate.isSet() ? QJsonValue(QJsonObject{{QStringLiteral("subject"), certificate.subject},
                                                                                              {QStringLiteral("expires"), certificate.expires.toString(Qt::ISODate)}})
                                                                     : QJsonValue());
        return c.printJson(o);
    }
    const bool isSending = s.mode == VerifactuSettings::Mode::Verifactu;
    c.out << (isSending ? Cli::tr("Mode: VERI*FACTU (records are sent to the AEAT).")
                      : Cli::tr("Mode: no VERI*FACTU (records are kept, not sent)."))
          << Qt::endl
          << (s.production ? Cli::tr("QR codes point to the AEAT's production service.")
                           : Cli::tr("QR codes point to the AEAT's test service."))
          << Qt::endl;
    if (counts->isEmpty())
        c.out << Cli::tr("No record yet.") << Qt::endl;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        c.out << QStringLiteral("%1  %2").arg(it.value(), 6).arg(VerifactuService::stateText(it.key())) << Qt::endl;
    if (!isSending)
        return Ok;
    c.out << Cli::tr("Records go to %1.").arg(s.endpoint()) << Qt::endl;
    if (certificate.isSet())
        c.out << Cli::tr("Certificate: %1, valid until %2.").arg(certificate.subject, QLocale().toString(certificate.expires, QLocale::ShortFormat))
              << Qt::endl;
    else
        c.out << Cli::tr("No certificate yet: import it with ordo-cli verifactu certificate import FILE.") << Qt::endl;
    if (sending->lastAttemptAt)
        c.out << Cli::tr("Last submission: %1.").arg(when(*sending->lastAttemptAt)) << Qt::endl;
    const qint64 now = Clock::nowSecs();
    if (sending->nextSendAt > now)
        c.out << Cli::tr("Next submission allowed at %1 (in %2).").arg(when(sending->nextSendAt), waitText(sending->nextSendAt - now))
              << Qt::endl;
    if (!sending->lastError.isEmpty())
        c.out << Cli::tr("Last error: %1").arg(sending->lastError) << Qt::endl;
    return Ok;
}

class Records final : public Command
{
public:
    Records()
        : Command(QStringLiteral("verifactu records"), Access::Reads, 0, Cli::tr("[--json] [--xml FILE]"),
                  Cli::tr("every record in chain order; --xml writes RegFactuSistemaFacturacion\n"
                          "documents of at most 1,000 records (FILE, FILE-2.xml ...)"),
                  {jsonOption(), {QStringLiteral("xml"), Cli::tr("Also write the records as XML documents."), Cli::tr("file")}})
    {
    }

    int run(Context &c) const override
    {
        auto all = VerifactuService(*c.db).records();
        if (!all)
            return c.fail(all.error());
        QStringList files;
        if (c.isSet(QStringLiteral("xml"))) {
            auto written = writeDocuments(*all, c.value(QStringLiteral("xml")));
            if (!written)
                return c.fail(written.error());
            files = *written;
        }
        if (c.json())
            return c.printJson(json::verifactuRecords(*all, files));
        if (all->isEmpty())
            c.out << Cli::tr("No VERI*FACTU record yet: records are made when invoices are issued.") << Qt::endl;
        for (const auto &r : *all) {
            QString kind = r.kind == verifactu::RecordKind::Alta ? Cli::tr("alta") : Cli::tr("anulación");
            if (r.corrects)
                kind = r.kind == verifactu::RecordKind::Alta ? Cli::tr("alta (subsanación)") : Cli::tr("anulación (rechazo previo)");
            c.out << QStringLiteral("%1 #%2  %3  %4  %5  %6  %7  %8")
                         .arg(r.issuerNif)
                         .arg(r.chainIndex)
                         .arg(kind, r.invoiceNumber, r.issueDate, r.kind == verifactu::RecordKind::Alta ? r.amountTotal : QString(),
                              r.huella.left(16), VerifactuService::stateText(r.state));
            if (!r.csv.isEmpty())
                c.out << QStringLiteral("  CSV %1").arg(r.csv);
            if (!r.errorCode.isEmpty())
                c.out << QStringLiteral("  [%1] %2").arg(r.errorCode, r.errorText);
            c.out << Qt::endl;
        }
        for (const auto &f : files)
            c.out << Cli::tr("Written to %1.").arg(QDir::toNativeSeparators(f)) << Qt::endl;
        return Ok;
    }
};

class Status final : public Command
{
public:
    Status()
        : Command(QStringLiteral("verifactu status"), Access::Reads, 0, Cli::tr("[--json]"),
                  Cli::tr("the mode, the number of records in each state, the next submission and the last error"),
                  {jsonOption()})
    {
    }

    int run(Context &c) const override { return printStatus(c); }
};

class Annul final : public Command
{
public:
    Annul()
        : Command(QStringLiteral("verifactu annul"), Access::Writes, 1, Cli::tr("NUMBER --note REASON [--json]"),
                  Cli::tr("a registro de anulación for an invoice issued by mistake"),
                  {{QStringLiteral("note"), Cli::tr("Why the record is annulled."), Cli::tr("text")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const QString reason = c.value(QStringLiteral("note"));
        if (reason.trimmed().isEmpty())
            return c.usage(Cli::tr("Say why with --note REASON."));
        auto inv = InvoiceQueries(*c.db).findByNumber(c.arguments.at(0));
        if (!inv)
            return c.fail(inv.error());
        auto record = VerifactuService(*c.db).annul(inv->id, reason, c.actor);
        if (!record)
            return c.fail(record.error());
        if (c.json())
            return c.printJson(json::verifactuAnnulled(*record));
        c.out << Cli::tr("The record of invoice %1 is annulled (registro de anulación #%2).").arg(inv->number).arg(record->chainIndex)
              << Qt::endl;
        return Ok;
    }
};

// verifactu mode verifactu|no-verifactu, verifactu environment test|production.
class Setting final : public Command
{
public:
    enum class Which { Mode, Environment };

    explicit Setting(Which which)
        : Command(which == Which::Mode ? QStringLiteral("verifactu mode") : QStringLiteral("verifactu environment"),
                  Access::Writes, 1,
                  which == Which::Mode ? QStringLiteral("verifactu|no-verifactu [--json]") : QStringLiteral("test|production [--json]"),
                  which == Which::Mode
                      ? Cli::tr("whether the company sends its records to the AEAT (VERI*FACTU) or keeps them")
                      : Cli::tr("which AEAT service the QR codes point to"),
                  {jsonOption()}),
          m_which(which)
    {
    }

    int run(Context &c) const override
    {
        const bool isMode = m_which == Which::Mode;
        const QString &value = c.arguments.at(0);
        const QStringList allowed = isMode ? QStringList{QStringLiteral("verifactu"), QStringLiteral("no-verifactu")}
                                           : QStringList{QStringLiteral("test"), QStringLiteral("production")};
        if (!allowed.contains(value))
            return c.usage(isMode ? Cli::tr("Say verifactu mode verifactu or verifactu mode no-verifactu.")
                                  : Cli::tr("Say verifactu environment test or verifactu environment production."));
        VerifactuService service(*c.db);
        VerifactuSettings s = service.settings();
        if (isMode)
            s.mode = value == QLatin1String("verifactu") ? VerifactuSettings::Mode::Verifactu : VerifactuSettings::Mode::NoVerifactu;
        else
            s.production = value == QLatin1String("production");
        if (auto saved = service.saveSettings(s, c.actor); !saved)
            return c.fail(saved.error());
        return printStatus(c);
    }

private:
    Which m_which;
};

class Send final : public Command
{
public:
    Send()
        : Command(QStringLiteral("verifactu send"), Access::Writes, 0, Cli::tr("[--json]"),
                  Cli::tr("sends the records that are due to the AEAT and prints its answer; exits with 1 when\n"
                          "a record was rejected or the service could not be reached (run it from cron or a timer)"),
                  {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto report = VerifactuSender(*c.db).sendDue(*c.secrets, c.actor);
        if (!report)
            return c.fail(report.error());
        if (c.json()) {
            QJsonArray batches;
            for (const auto &b : report->batches)
                batches.append(QJsonObject{{QStringLiteral("sent"), b.sent},
                                           {QStringLiteral("accepted"), b.accepted},
                                           {QStringLiteral("accepted_with_errors"), b.acceptedWithErrors},
                                           {QStringLiteral("rejected"), b.rejected},
                                           {QStringLiteral("unanswered"), b.unanswered},
                                           {QStringLiteral("csv"), b.csv},
                                           {QStringLiteral("send_state"), b.sendState},
                                           {QStringLiteral("failure"), b.failure},
                                           {QStringLiteral("problems"), QJsonArray::fromStringList(b.problems)}});
            c.printJson(QJsonObject{{QStringLiteral("batches"), batches},
                                    {QStringLiteral("pending"), report->pending},
                                    {QStringLiteral("wait_until"), report->waitUntil ? QJsonValue(isoTime(*report->waitUntil)) : QJsonValue()}});
        } else {
            for (const auto &b : report->batches) {
                if (b.failed()) {
                    c.out << Cli::tr("%n record(s) not sent: %1", nullptr, b.sent).arg(b.failure) << Qt::endl;
                    continue;
                }
                c.out << Cli::tr("%n record(s) sent (CSV %1): ", nullptr, b.sent).arg(b.csv)
                      << Cli::tr("%1 accepted, %2 accepted with errors, %3 rejected.").arg(b.accepted).arg(b.acceptedWithErrors).arg(b.rejected)
                      << Qt::endl;
                for (const auto &p : b.problems)
                    c.out << QStringLiteral("  ") << p << Qt::endl;
                if (b.unanswered > 0)
                    c.out << Cli::tr("%n record(s) got no answer and stay in the queue.", nullptr, b.unanswered) << Qt::endl;
            }
            const qint64 now = Clock::nowSecs();
            if (report->batches.isEmpty() && report->pending == 0)
                c.out << Cli::tr("Nothing to send: every record has gone.") << Qt::endl;
            else if (report->pending > 0 && report->waitUntil && *report->waitUntil > now)
                c.out << Cli::tr("%n record(s) wait: the next submission is allowed at %1 (in %2).", nullptr, int(report->pending))
                             .arg(when(*report->waitUntil), waitText(*report->waitUntil - now))
                      << Qt::endl;
        }
        if (report->anyFailed()) {
            c.err << Cli::tr("The AEAT's service could not take the records; they stay in the queue and are sent again later.") << Qt::endl;
            return Failed;
        }
        if (report->anyRejected()) {
            c.err << Cli::tr("The AEAT rejected some records: correct them with ordo-cli verifactu correct NUMBER.") << Qt::endl;
            return Failed;
        }
        return Ok;
    }
};

class Correct final : public Command
{
public:
    Correct()
        : Command(QStringLiteral("verifactu correct"), Access::Writes, 1, Cli::tr("NUMBER [--json]"),
                  Cli::tr("sends a rejected record again: a subsanación (new registro de alta), or\n"
                          "a new registro de anulación when the AEAT rejected the annulment"),
                  {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto inv = InvoiceQueries(*c.db).findByNumber(c.arguments.at(0));
        if (!inv)
            return c.fail(inv.error());
        auto record = VerifactuService(*c.db).correct(inv->id, c.actor);
        if (!record)
            return c.fail(record.error());
        if (c.json())
            return c.printJson(json::verifactuAnnulled(*record));
        if (record->kind == verifactu::RecordKind::Anulacion)
            c.out << Cli::tr("Invoice %1 has a new registro de anulación that replaces the rejected one (#%2); it goes with the "
                             "next verifactu send.")
                         .arg(inv->number)
                         .arg(record->chainIndex)
                  << Qt::endl;
        else
            c.out << Cli::tr("Invoice %1 has a new registro de alta that corrects the rejected one (#%2); it goes with the next "
                             "verifactu send.")
                         .arg(inv->number)
                         .arg(record->chainIndex)
                  << Qt::endl;
        return Ok;
    }
};

class ImportCertificate final : public Command
{
public:
    ImportCertificate()
        : Command(QStringLiteral("verifactu certificate import"), Access::Writes, 1, Cli::tr("FILE"),
                  Cli::tr("keeps the company's certificate (.p12 or .pfx) for sending records to the AEAT;\n"
                          "its password from ORDO_CERT_PASSWORD or asked, kept in the secrets file"),
                  {})
    {
    }

    int run(Context &c) const override
    {
        QFile file(c.arguments.at(0));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(Cli::tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        const QByteArray pkcs12 = file.readAll();
        QString password = qEnvironmentVariable("ORDO_CERT_PASSWORD");
        if (!qEnvironmentVariableIsSet("ORDO_CERT_PASSWORD")) {
            auto typed = askSecret(c.err, Cli::tr("Password of the certificate: "));
            if (!typed)
                return c.usage(Cli::tr("Give the certificate's password in ORDO_CERT_PASSWORD or type it at a terminal."));
            password = *typed;
        }
        // Checked before anything is kept: a wrong password changes nothing.
        if (auto opened = VerifactuCertificate::open(pkcs12, password); !opened)
            return c.fail(opened.error());
        auto key = VerifactuCertificate::passwordKey(*c.db);
        if (!key)
            return c.fail(key.error());
        if (auto written = writeSecretNow(*c.secrets, *key, password); !written)
            return c.fail(Cli::tr("The certificate's password could not be kept in %1: %2").arg(c.secrets->location(), written.error().message));
        auto imported = VerifactuCertificate::import(*c.db, pkcs12, password, c.actor);
        if (!imported)
            return c.fail(imported.error());
        c.out << Cli::tr("Certificate of %1 kept, valid until %2; its password is in %3.")
                     .arg(imported->subject, QLocale().toString(imported->expires, QLocale::ShortFormat), c.secrets->location())
              << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands verifactuCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<Records>());
    commands.push_back(std::make_unique<Status>());
    commands.push_back(std::make_unique<Annul>());
    commands.push_back(std::make_unique<Send>());
    commands.push_back(std::make_unique<Correct>());
    commands.push_back(std::make_unique<ImportCertificate>());
    commands.push_back(std::make_unique<Setting>(Setting::Which::Mode));
    commands.push_back(std::make_unique<Setting>(Setting::Which::Environment));
    return commands;
}

} // namespace ordo::cli
