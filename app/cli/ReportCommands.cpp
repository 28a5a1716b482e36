#include "ReportCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "ui/print/WeeklyReportRenderer.h"
#include "core/reports/ProcessEvaluation.h"
#include "core/reports/Reviews.h"
#include "core/reports/WeeklyReport.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace ordo::cli {

namespace {

class ReviewDue final : public Command
{
public:
    ReviewDue()
        : Command(QStringLiteral("review due"), Access::Reads, 0, Cli::tr("[--json]"),
                  Cli::tr("the periodic reviews due now, with whom they are assigned to"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto due = ReviewService(*c.db).due(Clock::nowSecs());
        if (!due)
            return c.fail(due.error());
        if (c.json())
            return c.printJson(json::dueReviews(*due));
        if (due->isEmpty())
            c.out << Cli::tr("No review is due.") << Qt::endl;
        for (const auto &d : *due)
            c.out << d.textWithMissed() << Qt::endl;
        return Ok;
    }
};

class ReportWeekly final : public Command
{
public:
    ReportWeekly()
        : Command(QStringLiteral("report weekly"), Access::Reads, 0, Cli::tr("[--week YYYY-Www] [--json] [--pdf FILE.pdf]"),
                  Cli::tr("the weekly report: orders, money, steps and people, beside the week before"),
                  {{QStringLiteral("week"), Cli::tr("ISO week, e.g. 2026-W48."), Cli::tr("week")},
                   jsonOption(),
                   {QStringLiteral("pdf"), Cli::tr("Also write the report as a PDF file."), Cli::tr("file")}})
    {
    }

    bool drawsDocuments(const QCommandLineParser &parser) const override { return parser.isSet(QStringLiteral("pdf")); }

    int run(Context &c) const override
    {
        QString text = c.value(QStringLiteral("week"));
        if (text.isEmpty()) {
            int year = 0;
            const int week = QDate::currentDate().addDays(-7).weekNumber(&year);
            text = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        }
        // Exactly YYYY-Www, with ASCII digits: "2026-W5" is refused rather than read as week 5.
        static const QRegularExpression format(QStringLiteral("^[0-9]{4}-[Ww][0-9]{2}$"));
        const auto week = format.match(text.trimmed()).hasMatch() ? WeeklyReportBuilder::parseWeek(text) : std::nullopt;
        if (!week)
            return c.usage(Cli::tr("--week takes an ISO week as YYYY-Www, with two digits for the week: such as 2026-W05 or "
                                   "2026-W48 (not “%1”).")
                               .arg(text));
        auto report = WeeklyReportBuilder(*c.db).build(week->first, week->second);
        if (!report)
            return c.fail(report.error());
        if (const QString pdfPath = c.value(QStringLiteral("pdf")); !pdfPath.isEmpty()) {
            const QByteArray pdf = WeeklyReportRenderer(*report, CompanyProfiles(*c.db).load().legalName).pdf();
            if (auto written = writeFile(pdfPath, pdf); !written)
                return c.fail(written.error());
            if (!c.json()) {
                c.out << Cli::tr("Weekly report for %1 written to %2.").arg(text.toUpper(), QDir::toNativeSeparators(pdfPath))
                      << Qt::endl;
                return Ok;
            }
        }
        if (c.json())
            return c.printJson(json::weeklyReport(text.toUpper(), *report));
        print(c, text.toUpper(), *report);
        return Ok;
    }

private:
    static void print(Context &c, const QString &week, const WeeklyReport &r)
    {
        const QLocale locale;
        auto line = [&](const QString &label, const Trend &t, bool money) {
            auto show = [&](qint64 v) { return money ? money::formatEuros(v, locale) : QString::number(v); };
            c.out << padded(label, 22) << show(t.value).rightJustified(14)
                  << Cli::tr("   previous week %1, 4-week average %2").arg(show(t.previous), show(t.fourWeekAverage)) << Qt::endl;
        };
        c.out << Cli::tr("Week %1").arg(week) << Qt::endl;
        line(Cli::tr("Orders received"), r.received, false);
        line(Cli::tr("Orders completed"), r.completed, false);
        line(Cli::tr("Orders cancelled"), r.cancelled, false);
        c.out << padded(Cli::tr("Open at the end"), 22) << QString::number(r.openAtEnd).rightJustified(14) << Qt::endl;
        line(Cli::tr("Invoiced"), r.invoiced, true);
        line(Cli::tr("Collected"), r.collected, true);
        c.out << padded(Cli::tr("Outstanding"), 22) << money::formatEuros(r.outstanding, locale).rightJustified(14)
              << Cli::tr("   of which overdue %1").arg(money::formatEuros(r.overdue, locale)) << Qt::endl;
    }
};

class ProcessStats final : public Command
{
public:
    ProcessStats()
        : Command(QStringLiteral("process stats"), Access::Reads, 0,
                  Cli::tr("[--map-version N] [--since YYYY-MM-DD | --all] [--json]"),
                  Cli::tr("process evaluation (orders of the last 12 months unless told):\n"
                          "time, skips and returns per step, and findings"),
                  {{QStringLiteral("map-version"), Cli::tr("A version of the process map."), Cli::tr("n")},
                   {QStringLiteral("since"), Cli::tr("Only orders received from this day on."), Cli::tr("date")},
                   {QStringLiteral("all"), Cli::tr("Every order, however old.")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        ProcessEvaluator evaluator(*c.db);
        auto versions = evaluator.versions();
        if (!versions)
            return c.fail(versions.error());
        if (versions->isEmpty())
            return c.fail(Cli::tr("There is no process map yet."));
        auto chosen = chooseVersion(c, *versions);
        if (!chosen)
            return c.usage(Cli::tr("--map-version takes the number of a version of the process map, such as 1."));
        // The last twelve months by default: how the company works now, and a fraction of a long history.
        std::optional<qint64> since = Clock::startOf(Clock::today().addYears(-1));
        if (c.isSet(QStringLiteral("all")))
            since.reset();
        else if (c.isSet(QStringLiteral("since"))) {
            const QDate date = QDate::fromString(c.value(QStringLiteral("since")), Qt::ISODate);
            if (!date.isValid())
                return c.usage(Cli::tr("--since takes a date such as 2026-01-01."));
            since = Clock::startOf(date);
        }
        auto ev = evaluator.evaluate(chosen->versionId, {}, since);
        if (!ev)
            return c.fail(ev.error());
        if (c.json())
            return c.printJson(json::processEvaluation(*ev, since));
        print(c, *ev, since);
        return Ok;
    }

private:
    // By default the newest version that holds orders; --map-version N picks one of the default map.
    static std::optional<VersionSummary> chooseVersion(const Context &c, const QList<VersionSummary> &versions)
    {
        const Id workflowId = versions.first().workflowId;
        if (c.isSet(QStringLiteral("map-version"))) {
            bool ok = false;
            const int wanted = c.value(QStringLiteral("map-version")).toInt(&ok);
            for (const auto &v : versions)
                if (ok && v.workflowId == workflowId && v.version == wanted)
                    return v;
            return std::nullopt;
        }
        for (const auto &v : versions)
            if (v.workflowId == workflowId && v.orders > 0)
                return v;
        return versions.first();
    }

    static void print(Context &c, const ProcessEvaluation &ev, std::optional<qint64> since)
    {
        if (since)
            c.out << Cli::tr("Orders received since %1.").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*since).date(),
                                                                                     QLocale::ShortFormat))
                  << Qt::endl;
        c.out << Cli::tr("%1, version %2: %3 orders, %4 finished (median %5 from call to done), %6 cancelled")
                     .arg(ev.version.workflowName)
                     .arg(ev.version.version)
                     .arg(ev.orders)
                     .arg(ev.finished)
                     .arg(ProcessEvaluator::duration(ev.medianLeadSeconds))
                     .arg(ev.cancelled)
              << Qt::endl
              << Qt::endl;
        c.out << padded(Cli::tr("Step"), 28) << Cli::tr("Passed").rightJustified(8) << Cli::tr("Median").rightJustified(12)
              << Cli::tr("P90").rightJustified(12) << Cli::tr("Wait").rightJustified(12) << Cli::tr("Skipped").rightJustified(9)
              << Cli::tr("Back").rightJustified(7) << Qt::endl;
        auto time = [](const StepEvaluation &s, qint64 seconds) {
            return s.staysEnded ? ProcessEvaluator::duration(seconds) : QStringLiteral("-");
        };
        for (const auto &s : ev.steps)
            c.out << padded(s.name, 28) << QString::number(s.passed).rightJustified(8)
                  << time(s, s.medianSeconds).rightJustified(12) << time(s, s.p90Seconds).rightJustified(12)
                  << time(s, s.medianWaitSeconds).rightJustified(12)
                  << QStringLiteral("%1 %").arg(qRound(100 * ev.skippedShare(s))).rightJustified(9)
                  << QStringLiteral("%1 %").arg(qRound(100 * s.returnedShare())).rightJustified(7) << Qt::endl;
        c.out << Qt::endl;
        if (ev.findings.isEmpty())
            c.out << Cli::tr("No findings: too few finished orders, or every step within its target.") << Qt::endl;
        for (const auto &f : ev.findings)
            c.out << QStringLiteral("- ") << f.text << Qt::endl;
    }
};

} // namespace

Commands reportCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<ReviewDue>());
    commands.push_back(std::make_unique<ReportWeekly>());
    commands.push_back(std::make_unique<ProcessStats>());
    return commands;
}

} // namespace ordo::cli
