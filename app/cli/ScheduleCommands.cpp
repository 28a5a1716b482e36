#include "ScheduleCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/common/Clock.h"
#include "core/people/StaffRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/IcsExport.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Database.h"

#include <QDir>

namespace ordo::cli {

namespace {

class ScheduleSuggest final : public Command
{
public:
    ScheduleSuggest()
        : Command(QStringLiteral("schedule suggest"), Access::Reads, 0,
                  Cli::tr("--kind estimate|installation|repair|follow_up [--postcode CODE]\n"
                          "[--after YYYY-MM-DDTHH:MM] [--json]"),
                  Cli::tr("the best free visits, each with its reasons"),
                  {{QStringLiteral("kind"), Cli::tr("Kind of visit."), Cli::tr("kind")},
                   {QStringLiteral("postcode"), Cli::tr("Postcode of the site."), Cli::tr("code")},
                   {QStringLiteral("after"), Cli::tr("Not before this local date and time."), Cli::tr("datetime")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const auto kind = appointmentKindFromKey(c.value(QStringLiteral("kind")).trimmed().toLower());
        if (!kind)
            return c.usage(Cli::tr("Say what kind of visit with --kind estimate, installation, repair or follow_up."));
        SlotRequest request;
        request.kind = *kind;
        request.postcode = c.value(QStringLiteral("postcode")).trimmed();
        if (c.isSet(QStringLiteral("after"))) {
            const QDateTime after = QDateTime::fromString(c.value(QStringLiteral("after")), Qt::ISODate);
            if (!after.isValid())
                return c.usage(Cli::tr("--after takes a local date and time as YYYY-MM-DDTHH:MM."));
            request.after = after.toSecsSinceEpoch();
        }
        auto proposals = Scheduler(*c.db).propose(request, AssignmentPolicy::load(*c.db));
        if (!proposals)
            return c.fail(proposals.error());
        if (c.json())
            return c.printJson(json::proposals(*proposals));
        if (proposals->isEmpty())
            c.out << Cli::tr("No free visit in the next days.") << Qt::endl;
        int n = 1;
        for (const auto &p : *proposals)
            c.out << QStringLiteral("%1. ").arg(n++) << p.explanation << Qt::endl;
        return Ok;
    }
};

class CalendarExport final : public Command
{
public:
    CalendarExport()
        : Command(QStringLiteral("calendar export"), Access::Reads, 0,
                  Cli::tr("--staff NAME --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.ics"),
                  Cli::tr("one person's appointments as an iCalendar file for their phone"),
                  {{QStringLiteral("staff"), Cli::tr("A staff member's name."), Cli::tr("name")},
                   {QStringLiteral("from"), Cli::tr("First day."), Cli::tr("date")},
                   {QStringLiteral("to"), Cli::tr("Last day."), Cli::tr("date")},
                   {QStringLiteral("out"), Cli::tr("File to write."), Cli::tr("file")}})
    {
    }

    int run(Context &c) const override
    {
        const QString name = c.value(QStringLiteral("staff"));
        const QDate from = QDate::fromString(c.value(QStringLiteral("from")), Qt::ISODate);
        const QDate to = QDate::fromString(c.value(QStringLiteral("to")), Qt::ISODate);
        const QString out = c.value(QStringLiteral("out"));
        if (name.isEmpty() || !from.isValid() || !to.isValid() || out.isEmpty())
            return c.usage(Cli::tr("calendar export needs --staff NAME, --from and --to as YYYY-MM-DD, and --out FILE.ics."));
        if (to < from)
            return c.usage(Cli::tr("--to must not be before --from."));
        auto member = StaffRepository(*c.db).findByName(name);
        if (!member)
            return c.fail(member.error());
        auto entries = AppointmentService(*c.db).range(QDateTime(from, QTime(0, 0)).toSecsSinceEpoch(),
                                                       QDateTime(to.addDays(1), QTime(0, 0)).toSecsSinceEpoch(), {member->id});
        if (!entries)
            return c.fail(entries.error());
        if (auto written = writeFile(out, exportIcs(*entries, Cli::tr("Ordo — %1").arg(member->name), Clock::nowSecs()));
            !written)
            return c.fail(written.error());
        c.out << Cli::tr("%n appointment(s) of %1 written to %2.", nullptr, static_cast<int>(entries->size()))
                     .arg(member->name, QDir::toNativeSeparators(out))
              << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands scheduleCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<ScheduleSuggest>());
    commands.push_back(std::make_unique<CalendarExport>());
    return commands;
}

} // namespace ordo::cli
