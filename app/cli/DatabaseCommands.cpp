#include "DatabaseCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/demo/DemoGenerator.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Checks.h"
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
                  Cli::tr("--size small|medium|large|huge [--seed N] [--today YYYY-MM-DD]"),
                  Cli::tr("fill a new database with a deterministic demo company"),
                  {{QStringLiteral("size"), Cli::tr("Demo size."), Cli::tr("size")},
                   {QStringLiteral("seed"), Cli::tr("Demo seed."), Cli::tr("n")},
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
                         "%7 history events, %8 invoices, in %9 s.")
                     .arg(QDir::toNativeSeparators(c.db->path()))
                     .arg(report->orders)
                     .arg(report->openOrders)
                     .arg(report->customers)
                     .arg(report->staff)
                     .arg(report->appointments)
                     .arg(report->events)
                     .arg(report->invoices)
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
    commands.push_back(std::make_unique<WorkflowShow>());
    return commands;
}

} // namespace ordo::cli
