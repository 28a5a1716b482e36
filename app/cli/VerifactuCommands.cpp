#include "VerifactuCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/billing/InvoiceQueries.h"
#include "core/billing/VerifactuService.h"
#include "core/storage/Database.h"

#include <QDir>
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

// The mode, the environment and the records in each state; `verifactu status`, and after a change.
int printStatus(Context &c)
{
    VerifactuService service(*c.db);
    auto counts = service.countsByState();
    if (!counts)
        return c.fail(counts.error());
    const VerifactuSettings s = service.settings();
    if (c.json())
        return c.printJson(json::verifactuStatus(s, *counts));
    const bool sending = s.mode == VerifactuSettings::Mode::Verifactu;
    c.out << (sending ? Cli::tr("Mode: VERI*FACTU (records are sent to the AEAT).")
                      : Cli::tr("Mode: no VERI*FACTU (records are kept, not sent)."))
          << Qt::endl
          << (s.production ? Cli::tr("QR codes point to the AEAT's production service.")
                           : Cli::tr("QR codes point to the AEAT's test service."))
          << Qt::endl;
    if (counts->isEmpty())
        c.out << Cli::tr("No record yet.") << Qt::endl;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        c.out << QStringLiteral("%1  %2").arg(it.value(), 6).arg(VerifactuService::stateText(it.key())) << Qt::endl;
    if (sending && counts->value(QStringLiteral("pending")) > 0)
        c.out << Cli::tr("This version of Ordo does not send records to the AEAT yet: they wait in the queue.") << Qt::endl;
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
        for (const auto &r : *all)
            c.out << QStringLiteral("%1 #%2  %3  %4  %5  %6  %7  %8")
                         .arg(r.issuerNif)
                         .arg(r.chainIndex)
                         .arg(r.kind == verifactu::RecordKind::Alta ? Cli::tr("alta") : Cli::tr("anulación"),
                              r.invoiceNumber, r.issueDate, r.kind == verifactu::RecordKind::Alta ? r.amountTotal : QString(),
                              r.huella.left(16), VerifactuService::stateText(r.state))
                  << Qt::endl;
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
                  Cli::tr("the mode and the number of records in each state"), {jsonOption()})
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

} // namespace

Commands verifactuCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<Records>());
    commands.push_back(std::make_unique<Status>());
    commands.push_back(std::make_unique<Annul>());
    commands.push_back(std::make_unique<Setting>(Setting::Which::Mode));
    commands.push_back(std::make_unique<Setting>(Setting::Which::Environment));
    return commands;
}

} // namespace ordo::cli
