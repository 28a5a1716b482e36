#include "DatabaseCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/demo/DemoGenerator.h"
#include "core/people/StaffRepository.h"
#include "core/billing/InvoiceLedger.h"
#include "core/storage/Checks.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include <QDir>
#include <QLocale>
#include <QTimeZone>

namespace ordo::cli {

namespace {

class Demo final : public Command
{
public:
    Demo()
        : Command(QStringLiteral("demo"), Access::Creates, 0,
                  Cli::tr("--size small|medium|large|huge [--seed N] [--today YYYY-MM-DD] [--open-orders N]"),
                  Cli::tr("fill a new database with a deterministic demo company"),
                  {{QStringLiteral("size"), Cli::tr("Demo size."), Cli::tr("size")},
                   {QStringLiteral("seed"), Cli::tr("Demo seed."), Cli::tr("n")},
                   {QStringLiteral("open-orders"), Cli::tr("About how many orders are still open today (a busy board: 10000)."), Cli::tr("n")},
                   {QStringLiteral("today"), Cli::tr("Demo date of today."), Cli::tr("date")}})
    {
    }

    int run(Context &c) const override
    {
        const auto size = demoSizeFromKey(c.value(QStringLiteral("size")).trimmed().toLower());
        if (!size)
            return c.usage(Cli::tr("Choose a demo size with --size small, medium, large or huge."));
        DemoGenerator::Options options;
        options.size = *size;
        if (c.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = c.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return c.usage(Cli::tr("--seed takes a whole number."));
        }
        if (c.isSet(QStringLiteral("open-orders"))) {
            bool ok = false;
            options.openOrders = c.value(QStringLiteral("open-orders")).toInt(&ok);
            if (!ok || options.openOrders < 1 || options.openOrders > 100000)
                return c.usage(Cli::tr("--open-orders takes a number of orders from 1 to 100000."));
        }
        if (c.isSet(QStringLiteral("today"))) {
            const QDate date = QDate::fromString(c.value(QStringLiteral("today")), Qt::ISODate);
            if (!date.isValid())
                return c.usage(Cli::tr("--today takes a date as YYYY-MM-DD."));
            options.now = QDateTime(date, QTime(12, 0), QTimeZone("Europe/Madrid")).toUTC();
        }
        options.progress = [&c](int percent) {
            if (percent < 100 && percent % 20 == 0)  // every percent reaches the desktop dialog; a terminal needs fewer
                c.err << Cli::tr("Generating demo data… %1 %").arg(percent) << Qt::endl;
        };
        auto report = DemoGenerator(*c.db).generate(options);
        if (!report)
            return c.fail(report.error());
        c.out << Cli::tr("Demo data written to %1: %2 orders (%3 open), %4 customers, %5 staff, %6 appointments, "
                         "%7 history events, %8 invoices, %9 assets, in %10 s.")
                     .arg(QDir::toNativeSeparators(c.db->path()))
                     .arg(report->orders)
                     .arg(report->openOrders)
                     .arg(report->customers)
                     .arg(report->staff)
                     .arg(report->appointments)
                     .arg(report->events)
                     .arg(report->invoices)
                     .arg(report->assets)
                     .arg(QLocale().toString(report->milliseconds / 1000.0, 'f', 1))
              << Qt::endl;
        return Ok;
    }
};

class Stats final : public Command
{
public:
    Stats()
        : Command(QStringLiteral("stats"), Access::Reads, 0, Cli::tr("[--json]"),
                  Cli::tr("schema version and the number of rows in each table"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto counts = DatabaseChecks(*c.db).tableCounts();
        if (!counts)
            return c.fail(counts.error());
        if (c.json())
            return c.printJson(json::stats(c.db->path(), c.db->schemaVersion(), *counts));
        c.out << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(c.db->path())) << Qt::endl;
        c.out << Cli::tr("Schema version: %1").arg(c.db->schemaVersion()) << Qt::endl;
        for (const auto &t : *counts)
            c.out << "  " << t.table.leftJustified(20) << QString::number(t.rows).rightJustified(10) << Qt::endl;
        return Ok;
    }
};

class Check final : public Command
{
public:
    Check()
        : Command(QStringLiteral("check"), Access::Reads, 0, QString(),
                  Cli::tr("integrity check; exit 0 when sound, 1 otherwise"))
    {
    }

    int run(Context &c) const override
    {
        auto report = DatabaseChecks(*c.db).check();
        if (!report)
            return c.fail(report.error());
        for (const auto &note : report->notes)
            c.err << note << Qt::endl;
        if (report->sound()) {
            c.out << Cli::tr("%1 is sound.").arg(QDir::toNativeSeparators(c.db->path())) << Qt::endl;
            return Ok;
        }
        for (const auto &problem : report->problems)
            c.out << problem << Qt::endl;
        c.err << Cli::tr("%n problem(s) found in %1.", nullptr, static_cast<int>(report->problems.size()))
                     .arg(QDir::toNativeSeparators(c.db->path()))
              << Qt::endl;
        return Failed;
    }
};

// Moving an office to its server: the SQLite file copied into a new PostgreSQL database, then both
// checked (Ordo's checks, the invoice chain, the row counts) before the office switches over.
class Migrate final : public Command
{
public:
    Migrate()
        : Command(QStringLiteral("migrate"), Access::Files, 0, Cli::tr("--from FILE.sqlite --to postgresql://USER@SERVER/DATABASE"),
                  Cli::tr("copy an office's SQLite database into a new, empty PostgreSQL database and check both"),
                  {{QStringLiteral("from"), Cli::tr("The SQLite database to copy."), Cli::tr("file")},
                   {QStringLiteral("to"), Cli::tr("The PostgreSQL database to copy into (empty)."), Cli::tr("uri")}})
    {
    }

    int run(Context &c) const override
    {
        const QString from = c.value(QStringLiteral("from"));
        const QString to = c.value(QStringLiteral("to"));
        if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
            return c.usage(Cli::tr("Say what to copy where: migrate --from FILE.sqlite --to postgresql://USER@SERVER/DATABASE."));
        if (Database::isServer(from) || !Database::isServer(to))
            return c.usage(Cli::tr("--from takes an Ordo SQLite file and --to a PostgreSQL database "
                                   "(postgresql://USER@SERVER/DATABASE)."));
        auto source = Database::open(from, Database::OpenMode::ReadOnly);
        if (!source)
            return c.fail(source.error());
        auto target = Database::open(to, Database::OpenMode::CreateIfMissing);
        if (!target)
            return c.fail(target.error());
        DatabaseCopy copy(**source, **target);
        auto copied = copy.copy([&c](const QString &table) { c.err << Cli::tr("Copying %1…").arg(table) << Qt::endl; });
        if (!copied)
            return c.fail(copied.error());
        qint64 rows = 0;
        QStringList problems;
        for (const CopiedTable &t : *copied) {
            rows += t.targetRows;
            if (t.sourceRows != t.targetRows)
                problems << Cli::tr("%1: %2 rows in the file, %3 on the server.").arg(t.name).arg(t.sourceRows).arg(t.targetRows);
        }
        c.out << Cli::tr("Copied %1 rows of %2 tables from %3 to %4.")
                     .arg(rows)
                     .arg(copied->size())
                     .arg(QDir::toNativeSeparators(from), (*target)->path())
              << Qt::endl;
        // The same checks on both sides: a problem the file already had is named as the file's.
        for (Database *db : {source->get(), target->get()}) {
            const QString where = db == source->get() ? QDir::toNativeSeparators(from) : db->path();
            auto report = DatabaseChecks(*db).check();
            if (!report)
                return c.fail(report.error());
            for (const QString &p : report->problems)
                problems << QStringLiteral("%1: %2").arg(where, p);
        }
        auto before = InvoiceLedger(**source).verifyChain();
        auto after = InvoiceLedger(**target).verifyChain();
        if (!before)
            return c.fail(before.error());
        if (!after)
            return c.fail(after.error());
        for (const QString &p : after->problems)
            problems << QStringLiteral("%1: %2").arg((*target)->path(), p);
        if (before->checked != after->checked || before->lastHash != after->lastHash)
            problems << Cli::tr("The invoice chain differs: %1 invoices ending at %2 in the file, %3 ending at %4 on the server.")
                            .arg(before->checked)
                            .arg(before->lastNumber)
                            .arg(after->checked)
                            .arg(after->lastNumber);
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                c.err << QStringLiteral("  ") << p << Qt::endl;
            c.err << Cli::tr("%n problem(s) found after the copy: do not switch the office over yet.", nullptr,
                             static_cast<int>(problems.size()))
                  << Qt::endl;
            return Failed;
        }
        c.out << Cli::tr("Both databases checked: the same rows, sound, %n issued invoice(s) in an unbroken chain.", nullptr,
                         static_cast<int>(after->checked))
              << Qt::endl;
        if (!after->lastNumber.isEmpty())
            c.out << Cli::tr("The chain ends at %1, hash %2, on both.").arg(after->lastNumber, after->lastHash.left(16)) << Qt::endl;
        c.out << Cli::tr("Open it with: ordo --database %1").arg((*target)->path()) << Qt::endl;
        return Ok;
    }
};

class WorkflowShow final : public Command
{
public:
    WorkflowShow()
        : Command(QStringLiteral("workflow show"), Access::Reads, 0, Cli::tr("[--json]"),
                  Cli::tr("the process map: steps, responsible, targets, transitions"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto wf = WorkflowRepository(*c.db).defaultLatest();
        if (!wf)
            return c.fail(wf.error());
        auto staff = StaffRepository(*c.db).list();
        if (!staff)
            return c.fail(staff.error());
        QHash<Id, QString> names;
        for (const auto &m : *staff)
            names.insert(m.id, m.name);
        if (c.json())
            return c.printJson(json::workflowShown(*wf, names));
        c.out << Cli::tr("%1 — version %2").arg(wf->workflowName).arg(wf->version) << Qt::endl;
        for (const auto &s : wf->steps)
            printStep(c, *wf, s, names);
        return Ok;
    }

private:
    static void printStep(Context &c, const WorkflowVersion &wf, const Step &s, const QHash<Id, QString> &names)
    {
        const QString responsible = s.responsibleStaffId ? names.value(*s.responsibleStaffId)
                                  : s.responsibleRole     ? displayName(*s.responsibleRole)
                                                          : Cli::tr("nobody");
        c.out << QStringLiteral("%1. ").arg(s.position + 1, 2) << padded(s.name, 28)
              << padded(displayName(s.kind), 12) << Cli::tr("responsible: %1").arg(padded(responsible, 16))
              << Cli::tr("target: %1").arg(padded(s.targetMinutes ? durationText(*s.targetMinutes) : QStringLiteral("—"), 10))
              << Cli::tr("handler: %1").arg(displayName(s.handler)) << Qt::endl;
        QStringList targets;
        for (const auto &other : wf.steps)
            if (wf.allows(s.id, other.id))
                targets << other.name;
        if (!targets.isEmpty())
            c.out << QStringLiteral("      → ") << targets.join(QStringLiteral(", ")) << Qt::endl;
    }
};

} // namespace

Commands databaseCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<Demo>());
    commands.push_back(std::make_unique<Stats>());
    commands.push_back(std::make_unique<Check>());
    commands.push_back(std::make_unique<Migrate>());
    commands.push_back(std::make_unique<WorkflowShow>());
    return commands;
}

} // namespace ordo::cli
