#include "CliCommands.h"
#include "usecases/Payments.h"
#include "usecases/Company.h"

#include "BackupCommands.h"
#include "VerifactuCommands.h"

#include "JsonFormat.h"
#include "billing/InvoiceMail.h"
#include "billing/InvoiceService.h"
#include "print/InvoiceRenderer.h"
#include "print/WeeklyReportRenderer.h"
#include "reports/ProcessEvaluation.h"
#include "reports/Reviews.h"
#include "reports/WeeklyReport.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "orders/EventText.h"
#include "orders/WorkOrderService.h"
#include "people/StaffRepository.h"
#include "scheduling/AppointmentService.h"
#include "scheduling/IcsExport.h"
#include "scheduling/Scheduler.h"
#include "storage/Checks.h"
#include "storage/Database.h"
#include "usecases/OrderMoves.h"
#include "workflow/WorkflowRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace ordo {

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QStringList words;
    bool json = false;
    std::unique_ptr<Database> db;
};

int fail(Context &c, const Error &error)
{
    // One line, always: scripts read the first line of stderr.
    c.err << QString(error.message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return Failed;
}

int usage(Context &c, const QString &message)
{
    c.err << message << Qt::endl << Cli::tr("Run “ordo-cli --help” for the list of commands.") << Qt::endl;
    return Usage;
}

void printJson(Context &c, const QJsonObject &object)
{
    c.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString helpText()
{
    return Cli::tr(
        "Usage: ordo-cli [--database PATH] COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  demo --size small|medium|large|huge [--seed N] [--today YYYY-MM-DD]\n"
        "                         fill a new database with a deterministic demo company\n"
        "  stats [--json]         schema version and the number of rows in each table\n"
        "  check                  integrity check; exit 0 when sound, 1 otherwise\n"
        "  workflow show [--json] the process map: steps, responsible, targets, transitions\n"
        "  orders list [--step NAME] [--open] [--limit N] [--json]\n"
        "                         work orders, newest first (100 unless --limit; 0 for all)\n"
        "  orders show NUMBER [--json]\n"
        "                         one order with its lines, totals and history\n"
        "  orders move NUMBER STEP [--by NAME] [--note TEXT] [--json]\n"
        "                         move an order to another step of its process map\n"
        "  schedule suggest --kind estimate|installation|repair|follow_up [--postcode CODE]\n"
        "                   [--after YYYY-MM-DDTHH:MM] [--json]\n"
        "                         the best free visits, each with its reasons\n"
        "  calendar export --staff NAME --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.ics\n"
        "                         one person's appointments as an iCalendar file for their phone\n"
        "  invoice issue ORDER_NUMBER [--json]\n"
        "                         issue the order's invoice (from its draft, or from its lines)\n"
        "  invoice list [--unpaid] [--json]\n"
        "  invoice pay NUMBER --amount EUROS [--method TEXT]\n"
        "  invoice verify         check the chain of issued invoices; exit 1 naming the first altered one\n"
        "  invoice pdf NUMBER --out FILE.pdf\n"
        "                         the invoice as printed, as a PDF file\n"
        "  review due [--json]     the periodic reviews due now, with whom they are assigned to\n"
        "  report weekly [--week YYYY-Www] [--json] [--pdf FILE.pdf]\n"
        "                         the weekly report: orders, money, steps and people, beside the week before\n"
        "  process stats [--map-version N] [--since YYYY-MM-DD | --all] [--json]\n"
        "                         process evaluation (orders of the last 12 months unless told):\n"
        "                         time, skips and returns per step, and findings\n"
        "  invoice send NUMBER [--email ADDRESS]\n"
        "                         e-mail the invoice as a PDF to the customer (SMTP in the settings)\n"
        "\n"
        "Without --database, the default database in the user's data folder is used.\n"
        "Exit codes: 0 done, 1 refused or failed (nothing changed), 2 wrong usage.\n");
}

QString durationText(qint64 minutes)
{
    if (minutes % (24 * 60) == 0)
        return Cli::tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
    if (minutes % 60 == 0)
        return Cli::tr("%n hour(s)", nullptr, static_cast<int>(minutes / 60));
    return Cli::tr("%n minute(s)", nullptr, static_cast<int>(minutes));
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

int cmdDemo(Context &c)
{
    const auto size = demoSizeFromKey(c.parser.value(QStringLiteral("size")).trimmed().toLower());
    if (!size)
        return usage(c, Cli::tr("Choose a demo size with --size small, medium, large or huge."));
    DemoGenerator::Options options;
    options.size = *size;
    if (c.parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(c, Cli::tr("--seed takes a whole number."));
    }
    if (c.parser.isSet(QStringLiteral("today"))) {
        const QDate date = QDate::fromString(c.parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!date.isValid())
            return usage(c, Cli::tr("--today takes a date as YYYY-MM-DD."));
        options.now = QDateTime(date, QTime(12, 0), QTimeZone("Europe/Madrid")).toUTC();
    }
    options.progress = [&c](int percent) {
        if (percent < 100)
            c.err << Cli::tr("Generating demo data… %1 %").arg(percent) << Qt::endl;
    };
    auto report = DemoGenerator(*c.db).generate(options);
    if (!report)
        return fail(c, report.error());
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

int cmdStats(Context &c)
{
    auto counts = DatabaseChecks(*c.db).tableCounts();
    if (!counts)
        return fail(c, counts.error());
    if (c.json) {
        QJsonObject tables;
        for (const auto &t : *counts)
            tables.insert(t.table, t.rows);
        printJson(c, QJsonObject{{QStringLiteral("path"), c.db->path()},
                                 {QStringLiteral("schema_version"), c.db->schemaVersion()},
                                 {QStringLiteral("tables"), tables}});
        return Ok;
    }
    c.out << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(c.db->path())) << Qt::endl;
    c.out << Cli::tr("Schema version: %1").arg(c.db->schemaVersion()) << Qt::endl;
    for (const auto &t : *counts)
        c.out << "  " << t.table.leftJustified(20) << QString::number(t.rows).rightJustified(10) << Qt::endl;
    return Ok;
}

int cmdCheck(Context &c)
{
    auto report = DatabaseChecks(*c.db).check();
    if (!report)
        return fail(c, report.error());
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

int cmdWorkflowShow(Context &c)
{
    auto wf = WorkflowRepository(*c.db).defaultLatest();
    if (!wf)
        return fail(c, wf.error());
    auto staff = StaffRepository(*c.db).list();
    if (!staff)
        return fail(c, staff.error());
    QHash<Id, QString> names;
    for (const auto &m : *staff)
        names.insert(m.id, m.name);
    if (c.json) {
        printJson(c, QJsonObject{{QStringLiteral("workflow"), json::workflow(*wf, names)}});
        return Ok;
    }
    c.out << Cli::tr("%1 — version %2").arg(wf->workflowName).arg(wf->version) << Qt::endl;
    for (const auto &s : wf->steps) {
        QString responsible = s.responsibleStaffId ? names.value(*s.responsibleStaffId)
                            : s.responsibleRole     ? displayName(*s.responsibleRole)
                                                    : Cli::tr("nobody");
        c.out << QStringLiteral("%1. ").arg(s.position + 1, 2) << padded(s.name, 28)
              << padded(displayName(s.kind), 12) << Cli::tr("responsible: %1").arg(padded(responsible, 16))
              << Cli::tr("target: %1").arg(padded(s.targetMinutes ? durationText(*s.targetMinutes) : QStringLiteral("—"), 10))
              << Cli::tr("handler: %1").arg(displayName(s.handler)) << Qt::endl;
        QStringList targets;
        for (const auto &other : wf->steps)
            if (wf->allows(s.id, other.id))
                targets << other.name;
        if (!targets.isEmpty())
            c.out << QStringLiteral("      → ") << targets.join(QStringLiteral(", ")) << Qt::endl;
    }
    return Ok;
}

int cmdOrdersList(Context &c)
{
    OrderFilter filter;
    filter.openOnly = c.parser.isSet(QStringLiteral("open"));
    if (c.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return usage(c, Cli::tr("--limit takes a whole number (0 for no limit)."));
    }
    if (c.parser.isSet(QStringLiteral("step"))) {
        auto wf = WorkflowRepository(*c.db).defaultLatest();
        if (!wf)
            return fail(c, wf.error());
        const QString name = c.parser.value(QStringLiteral("step"));
        const Step *step = wf->stepNamed(name);
        if (!step) {
            QStringList names;
            for (const auto &s : wf->steps)
                names << s.name;
            return fail(c, makeError(ErrorCode::NotFound, Cli::tr("“%1” is not a step of the process map. Its steps are: %2.")
                                                              .arg(name, names.join(QStringLiteral(", ")))));
        }
        filter.stepId = step->id;
    }
    WorkOrderService orders(*c.db);
    auto list = orders.list(filter);
    if (!list)
        return fail(c, list.error());
    auto total = orders.count(filter);
    if (!total)
        return fail(c, total.error());
    if (c.json) {
        QJsonArray array;
        for (const auto &o : *list)
            array.append(json::order(o));
        printJson(c, QJsonObject{{QStringLiteral("orders"), array}, {QStringLiteral("total"), *total}});
        return Ok;
    }
    for (const auto &o : *list)
        c.out << padded(o.number, 15) << padded(o.stepName, 26) << padded(o.customerName, 28)
              << padded(o.responsibleName, 18) << o.title << Qt::endl;
    if (*total > list->size())
        c.err << Cli::tr("Showing %1 of %2 orders; use --limit to see more.").arg(list->size()).arg(*total) << Qt::endl;
    return Ok;
}

int cmdOrdersShow(Context &c, const QString &number)
{
    WorkOrderService orders(*c.db);
    auto order = orders.findByNumber(number);
    if (!order)
        return fail(c, order.error());
    auto lines = orders.lines(order->id);
    if (!lines)
        return fail(c, lines.error());
    auto history = orders.history(order->id);
    if (!history)
        return fail(c, history.error());
    if (c.json) {
        QJsonArray lineArray;
        for (const auto &l : *lines)
            lineArray.append(json::line(l));
        QJsonArray events;
        for (const auto &e : *history)
            events.append(json::event(e));
        printJson(c, QJsonObject{{QStringLiteral("order"), json::order(*order)},
                                 {QStringLiteral("lines"), lineArray},
                                 {QStringLiteral("totals"), json::totals(*lines)},
                                 {QStringLiteral("history"), events}});
        return Ok;
    }
    const QLocale locale;
    c.out << order->number << QStringLiteral(" — ") << order->title << Qt::endl;
    c.out << Cli::tr("Customer:    %1").arg(order->customerName) << Qt::endl;
    c.out << Cli::tr("Site:        %1").arg(order->siteAddress) << Qt::endl;
    c.out << Cli::tr("Step:        %1 (since %2)").arg(order->stepName, formatLocalTime(order->stepEnteredAt, locale)) << Qt::endl;
    c.out << Cli::tr("Responsible: %1").arg(order->responsibleName.isEmpty() ? Cli::tr("nobody") : order->responsibleName) << Qt::endl;
    c.out << Cli::tr("Assignee:    %1").arg(order->assigneeName.isEmpty() ? Cli::tr("nobody") : order->assigneeName) << Qt::endl;
    c.out << Cli::tr("Priority:    %1").arg(displayName(order->priority)) << Qt::endl;
    if (order->dueAt)
        c.out << Cli::tr("Due:         %1").arg(formatLocalTime(*order->dueAt, locale)) << Qt::endl;
    if (!lines->isEmpty()) {
        c.out << Qt::endl << Cli::tr("Lines:") << Qt::endl;
        QList<money::LineInput> inputs;
        for (const auto &l : *lines) {
            c.out << "  " << money::formatQuantity(l.quantity, locale).rightJustified(6) << " × "
                  << padded(l.description, 46) << money::formatEuros(l.unitPrice, locale).rightJustified(12)
                  << money::formatEuros(l.net(), locale).rightJustified(14) << Qt::endl;
            inputs.append({l.quantity, l.unitPrice, l.vatRate, l.discount});
        }
        const auto t = money::totals(inputs);
        for (const auto &b : t.buckets)
            c.out << Cli::tr("  VAT %1 on %2: %3")
                         .arg(money::formatRate(b.rate, locale), money::formatEuros(b.base, locale),
                              money::formatEuros(b.vat, locale))
                  << Qt::endl;
        c.out << Cli::tr("  Total: %1").arg(money::formatEuros(t.total, locale)) << Qt::endl;
    }
    c.out << Qt::endl << Cli::tr("History:") << Qt::endl;
    for (const auto &e : *history)
        c.out << "  " << formatLocalTime(e.at, locale) << "  " << describeEvent(e) << Qt::endl;
    return Ok;
}

int cmdOrdersMove(Context &c, const QString &number, const QString &stepName)
{
    WorkOrderService orders(*c.db);
    auto order = orders.findByNumber(number);
    if (!order)
        return fail(c, order.error());
    auto wf = WorkflowRepository(*c.db).version(order->workflowVersionId);
    if (!wf)
        return fail(c, wf.error());
    const Step *step = wf->stepNamed(stepName);
    if (!step) {
        QStringList names;
        for (const auto &s : wf->steps)
            names << s.name;
        return fail(c, makeError(ErrorCode::NotFound, Cli::tr("“%1” is not a step of the process map of %2. Its steps are: %3.")
                                                          .arg(stepName, order->number, names.join(QStringLiteral(", ")))));
    }
    Actor actor;
    if (c.parser.isSet(QStringLiteral("by"))) {
        auto member = StaffRepository(*c.db).findByName(c.parser.value(QStringLiteral("by")));
        if (!member)
            return fail(c, member.error());
        actor = {member->id, member->name};
    } else {
        QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        actor.name = user.isEmpty() ? QStringLiteral("ordo-cli") : Cli::tr("%1 (command line)").arg(user);
    }
    auto moved = OrderMoves(*c.db).move(order->id, order->version, step->id, actor,
                                            c.parser.value(QStringLiteral("note")));
    if (!moved)
        return fail(c, moved.error());
    if (c.json) {
        printJson(c, QJsonObject{{QStringLiteral("order"), json::order(moved->order)},
                                 {QStringLiteral("from_step"), moved->fromStepName}});
        return Ok;
    }
    c.out << Cli::tr("%1 moved from “%2” to “%3”; responsible: %4.")
                 .arg(moved->order.number, moved->fromStepName, moved->order.stepName,
                      moved->order.responsibleName.isEmpty() ? Cli::tr("nobody") : moved->order.responsibleName)
          << Qt::endl;
    return Ok;
}

int cmdScheduleSuggest(Context &c)
{
    const auto kind = appointmentKindFromKey(c.parser.value(QStringLiteral("kind")).trimmed().toLower());
    if (!kind)
        return usage(c, Cli::tr("Say what kind of visit with --kind estimate, installation, repair or follow_up."));
    SlotRequest request;
    request.kind = *kind;
    request.postcode = c.parser.value(QStringLiteral("postcode")).trimmed();
    if (c.parser.isSet(QStringLiteral("after"))) {
        const QDateTime after = QDateTime::fromString(c.parser.value(QStringLiteral("after")), Qt::ISODate);
        if (!after.isValid())
            return usage(c, Cli::tr("--after takes a local date and time as YYYY-MM-DDTHH:MM."));
        request.after = after.toSecsSinceEpoch();
    }
    auto proposals = Scheduler(*c.db).propose(request, AssignmentPolicy::load(*c.db));
    if (!proposals)
        return fail(c, proposals.error());
    if (c.json) {
        QJsonArray array;
        for (const auto &p : *proposals)
            array.append(QJsonObject{{QStringLiteral("staff"), p.staffName},
                                     {QStringLiteral("starts_at"), json::time(p.startsAt)},
                                     {QStringLiteral("ends_at"), json::time(p.endsAt)},
                                     {QStringLiteral("score"), p.score},
                                     {QStringLiteral("covers_postcode"), p.coversPostcode},
                                     {QStringLiteral("visits_that_day"), p.visitsThatDay},
                                     {QStringLiteral("visits_that_week"), p.visitsThatWeek},
                                     {QStringLiteral("explanation"), p.explanation}});
        printJson(c, QJsonObject{{QStringLiteral("proposals"), array}});
        return Ok;
    }
    if (proposals->isEmpty())
        c.out << Cli::tr("No free visit in the next days.") << Qt::endl;
    int n = 1;
    for (const auto &p : *proposals)
        c.out << QStringLiteral("%1. ").arg(n++) << p.explanation << Qt::endl;
    return Ok;
}

int cmdCalendarExport(Context &c)
{
    const QString name = c.parser.value(QStringLiteral("staff"));
    const QDate from = QDate::fromString(c.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(c.parser.value(QStringLiteral("to")), Qt::ISODate);
    const QString out = c.parser.value(QStringLiteral("out"));
    if (name.isEmpty() || !from.isValid() || !to.isValid() || out.isEmpty())
        return usage(c, Cli::tr("calendar export needs --staff NAME, --from and --to as YYYY-MM-DD, and --out FILE.ics."));
    if (to < from)
        return usage(c, Cli::tr("--to must not be before --from."));
    auto member = StaffRepository(*c.db).findByName(name);
    if (!member)
        return fail(c, member.error());
    auto entries = AppointmentService(*c.db).range(QDateTime(from, QTime(0, 0)).toSecsSinceEpoch(),
                                                   QDateTime(to.addDays(1), QTime(0, 0)).toSecsSinceEpoch(), {member->id});
    if (!entries)
        return fail(c, entries.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(c, makeError(ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(out, file.errorString())));
    file.write(exportIcs(*entries, Cli::tr("Ordo — %1").arg(member->name), Clock::nowSecs()));
    if (!file.commit())
        return fail(c, makeError(ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(out, file.errorString())));
    c.out << Cli::tr("%n appointment(s) of %1 written to %2.", nullptr, static_cast<int>(entries->size()))
                 .arg(member->name, QDir::toNativeSeparators(out))
          << Qt::endl;
    return Ok;
}

QJsonObject invoiceJson(const Invoice &i)
{
    QJsonArray vat;
    for (const auto &b : i.totals.buckets)
        vat.append(QJsonObject{{QStringLiteral("vat_rate_bp"), b.rate}, {QStringLiteral("base_cents"), b.base},
                               {QStringLiteral("vat_cents"), b.vat}});
    return QJsonObject{{QStringLiteral("number"), i.number.isEmpty() ? QJsonValue() : QJsonValue(i.number)},
                       {QStringLiteral("kind"), toKey(i.kind)},
                       {QStringLiteral("status"), toKey(i.status)},
                       {QStringLiteral("payment"), toKey(i.paymentState(Clock::nowSecs()))},
                       {QStringLiteral("order"), i.orderNumber.isEmpty() ? QJsonValue() : QJsonValue(i.orderNumber)},
                       {QStringLiteral("customer"), i.customerName},
                       {QStringLiteral("customer_tax_id"), i.customerTaxId},
                       {QStringLiteral("issued_at"), json::time(i.issuedAt)},
                       {QStringLiteral("due_at"), json::time(i.dueAt)},
                       {QStringLiteral("base_cents"), i.totals.base},
                       {QStringLiteral("vat_cents"), i.totals.vat},
                       {QStringLiteral("total_cents"), i.totals.total},
                       {QStringLiteral("paid_cents"), i.paid},
                       {QStringLiteral("vat"), vat},
                       {QStringLiteral("rectifies"), i.rectifiesNumber.isEmpty() ? QJsonValue() : QJsonValue(i.rectifiesNumber)},
                       {QStringLiteral("hash"), i.hash}};
}

int cmdInvoiceIssue(Context &c, const QString &orderNumber)
{
    auto order = WorkOrderService(*c.db).findByNumber(orderNumber);
    if (!order)
        return fail(c, order.error());
    const Actor by{std::nullopt, qEnvironmentVariable("USER", QStringLiteral("ordo-cli"))};
    InvoiceService invoices(*c.db);
    auto draft = invoices.createFromOrder(order->id, by);
    if (!draft)
        return fail(c, draft.error());
    auto issued = invoices.issue(draft->id, draft->version, by);
    if (!issued)
        return fail(c, issued.error());
    if (c.json) {
        printJson(c, QJsonObject{{QStringLiteral("invoice"), invoiceJson(*issued)}});
        return Ok;
    }
    c.out << Cli::tr("Invoice %1 issued to %2: %3.").arg(issued->number, issued->customerName,
                                                         money::formatEuros(issued->totals.total))
          << Qt::endl;
    return Ok;
}

int cmdInvoiceList(Context &c)
{
    InvoiceFilter filter;
    filter.unpaidOnly = c.parser.isSet(QStringLiteral("unpaid"));
    filter.limit = 100000;
    auto list = InvoiceService(*c.db).list(filter);
    if (!list)
        return fail(c, list.error());
    if (c.json) {
        QJsonArray array;
        for (const auto &i : *list)
            array.append(invoiceJson(i));
        printJson(c, QJsonObject{{QStringLiteral("invoices"), array}});
        return Ok;
    }
    const qint64 now = Clock::nowSecs();
    for (const auto &i : *list)
        c.out << padded(i.number.isEmpty() ? Cli::tr("(draft)") : i.number, 14) << padded(displayName(i.status), 10)
              << padded(displayName(i.paymentState(now)), 14) << padded(i.customerName, 30)
              << money::formatEuros(i.totals.total).rightJustified(14) << Qt::endl;
    return Ok;
}

// A script's amount: ASCII digits, then a dot or a comma and at most two decimals; no thousands
// separators, no sign, no currency ("12,34.56" or "١٢" would be guesses, and a guess is money).
std::optional<Cents> parsePaymentAmount(const QString &text)
{
    static const QRegularExpression format(QStringLiteral("^([0-9]{1,13})(?:[.,]([0-9]{1,2}))?$"));
    const auto m = format.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

int cmdInvoicePay(Context &c, const QString &number)
{
    const QString text = c.parser.value(QStringLiteral("amount")).trimmed();
    const auto amount = parsePaymentAmount(text);
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)) || (amount && *amount == 0))
        return usage(c, Cli::tr("A payment must be more than zero: --amount takes the amount in euros, such as 12.34 or 12,34."));
    if (!amount)
        return usage(c, Cli::tr("--amount takes the amount in euros with digits 0-9, a dot or a comma and at most two "
                                "decimals, without thousands separators: such as 12.34 or 12,34 (not “%1”).")
                            .arg(text));
    InvoiceService invoices(*c.db);
    auto inv = invoices.findByNumber(number);
    if (!inv)
        return fail(c, inv.error());
    auto paid = Payments(*c.db).record(inv->id, *amount, Clock::nowSecs(), c.parser.value(QStringLiteral("method")), {},
                                       Actor{std::nullopt, qEnvironmentVariable("USER", QStringLiteral("ordo-cli"))});
    if (!paid)
        return fail(c, paid.error());
    c.out << Cli::tr("%1: %2 paid of %3.").arg(paid->number, money::formatEuros(paid->paid), money::formatEuros(paid->totals.total))
          << Qt::endl;
    return Ok;
}

int cmdInvoicePdf(Context &c, const QString &number)
{
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(c, Cli::tr("Say where to write the PDF with --out FILE.pdf."));
    InvoiceService invoices(*c.db);
    auto inv = invoices.findByNumber(number);
    if (!inv)
        return fail(c, inv.error());
    const CompanyProfile company = invoices.company();
    const QByteArray pdf = InvoiceRenderer(*inv, company).pdf();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return fail(c, makeError(ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(out, file.errorString())));
    c.out << Cli::tr("Invoice %1 written to %2.").arg(inv->number, QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

int cmdInvoiceSend(Context &c, const QString &number)
{
    InvoiceService invoices(*c.db);
    auto inv = invoices.findByNumber(number);
    if (!inv)
        return fail(c, inv.error());
    const QByteArray pdf = InvoiceRenderer(*inv, invoices.company()).pdf();
    if (auto sent = sendInvoice(*c.db, inv->id, pdf, c.parser.value(QStringLiteral("email"))); !sent)
        return fail(c, sent.error());
    c.out << Cli::tr("Invoice %1 sent.").arg(inv->number) << Qt::endl;
    return Ok;
}

int cmdReportWeekly(Context &c)
{
    QString text = c.parser.value(QStringLiteral("week"));
    if (text.isEmpty()) {
        int year = 0;
        const int week = QDate::currentDate().addDays(-7).weekNumber(&year);
        text = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    // Exactly YYYY-Www, with ASCII digits: "2026-W5" is refused rather than read as week 5.
    static const QRegularExpression format(QStringLiteral("^[0-9]{4}-[Ww][0-9]{2}$"));
    const auto week = format.match(text.trimmed()).hasMatch() ? WeeklyReportBuilder::parseWeek(text) : std::nullopt;
    if (!week)
        return usage(c, Cli::tr("--week takes an ISO week as YYYY-Www, with two digits for the week: such as 2026-W05 or "
                                "2026-W48 (not “%1”).")
                            .arg(text));
    auto report = WeeklyReportBuilder(*c.db).build(week->first, week->second);
    if (!report)
        return fail(c, report.error());
    const WeeklyReport &r = *report;
    if (const QString pdfPath = c.parser.value(QStringLiteral("pdf")); !pdfPath.isEmpty()) {
        const QByteArray pdf = WeeklyReportRenderer(r, InvoiceService(*c.db).company().legalName).pdf();
        QSaveFile file(pdfPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            return fail(c, makeError(ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(pdfPath, file.errorString())));
        if (!c.json) {
            c.out << Cli::tr("Weekly report for %1 written to %2.").arg(text.toUpper(), QDir::toNativeSeparators(pdfPath))
                  << Qt::endl;
            return Ok;
        }
    }
    auto trend = [](const Trend &t) {
        return QJsonObject{{QStringLiteral("value"), t.value}, {QStringLiteral("previous_week"), t.previous},
                           {QStringLiteral("four_week_average"), t.fourWeekAverage}};
    };
    if (c.json) {
        QJsonArray steps;
        for (const auto &s : r.steps)
            steps.append(QJsonObject{{QStringLiteral("step"), s.name},
                                     {QStringLiteral("target_minutes"), s.targetMinutes ? QJsonValue(*s.targetMinutes) : QJsonValue()},
                                     {QStringLiteral("entered"), trend(s.entered)}, {QStringLiteral("stays_ended"), s.stays},
                                     {QStringLiteral("median_seconds"), trend(s.medianSeconds)},
                                     {QStringLiteral("p90_seconds"), trend(s.p90Seconds)},
                                     {QStringLiteral("past_target_now"), s.pastTargetNow}});
        QJsonArray people;
        for (const auto &p : r.people)
            people.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("visits"), trend(p.visits)},
                                      {QStringLiteral("jobs_completed"), trend(p.jobsCompleted)},
                                      {QStringLiteral("revenue_cents"), trend(p.revenue)}});
        QJsonArray days;
        for (const auto &d : r.days)
            days.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("received"), d.received},
                                    {QStringLiteral("completed"), d.completed}, {QStringLiteral("invoiced_cents"), d.invoiced},
                                    {QStringLiteral("collected_cents"), d.collected}});
        QJsonArray overdue;
        for (const auto &o : r.oldestOverdue)
            overdue.append(QJsonObject{{QStringLiteral("number"), o.number}, {QStringLiteral("customer"), o.customer},
                                       {QStringLiteral("step"), o.step}, {QStringLiteral("due_at"), json::time(o.dueAt)}});
        printJson(c, QJsonObject{{QStringLiteral("week"), text.toUpper()},
                                 {QStringLiteral("from"), json::time(r.from)},
                                 {QStringLiteral("to"), json::time(r.to)},
                                 {QStringLiteral("received"), trend(r.received)},
                                 {QStringLiteral("completed"), trend(r.completed)},
                                 {QStringLiteral("cancelled"), trend(r.cancelled)},
                                 {QStringLiteral("open_at_end"), r.openAtEnd},
                                 {QStringLiteral("invoiced_cents"), trend(r.invoiced)},
                                 {QStringLiteral("collected_cents"), trend(r.collected)},
                                 {QStringLiteral("outstanding_cents"), r.outstanding},
                                 {QStringLiteral("overdue_cents"), r.overdue},
                                 {QStringLiteral("days"), days},
                                 {QStringLiteral("steps"), steps},
                                 {QStringLiteral("people"), people},
                                 {QStringLiteral("oldest_overdue"), overdue}});
        return Ok;
    }
    const QLocale locale;
    auto line = [&](const QString &label, const Trend &t, bool money) {
        auto show = [&](qint64 v) { return money ? money::formatEuros(v, locale) : QString::number(v); };
        c.out << padded(label, 22) << show(t.value).rightJustified(14)
              << Cli::tr("   previous week %1, 4-week average %2").arg(show(t.previous), show(t.fourWeekAverage)) << Qt::endl;
    };
    c.out << Cli::tr("Week %1").arg(text.toUpper()) << Qt::endl;
    line(Cli::tr("Orders received"), r.received, false);
    line(Cli::tr("Orders completed"), r.completed, false);
    line(Cli::tr("Orders cancelled"), r.cancelled, false);
    c.out << padded(Cli::tr("Open at the end"), 22) << QString::number(r.openAtEnd).rightJustified(14) << Qt::endl;
    line(Cli::tr("Invoiced"), r.invoiced, true);
    line(Cli::tr("Collected"), r.collected, true);
    c.out << padded(Cli::tr("Outstanding"), 22) << money::formatEuros(r.outstanding, locale).rightJustified(14)
          << Cli::tr("   of which overdue %1").arg(money::formatEuros(r.overdue, locale)) << Qt::endl;
    return Ok;
}

int cmdProcessStats(Context &c)
{
    ProcessEvaluator evaluator(*c.db);
    auto versions = evaluator.versions();
    if (!versions)
        return fail(c, versions.error());
    if (versions->isEmpty())
        return fail(c, makeError(ErrorCode::NotFound, Cli::tr("There is no process map yet.")));
    // By default the newest version that holds orders; --version N picks one of the default map.
    VersionSummary chosen = versions->first();
    for (const auto &v : *versions)
        if (v.workflowId == versions->first().workflowId && v.orders > 0) {
            chosen = v;
            break;
        }
    if (c.parser.isSet(QStringLiteral("map-version"))) {
        bool ok = false;
        const int wanted = c.parser.value(QStringLiteral("map-version")).toInt(&ok);
        auto it = std::find_if(versions->begin(), versions->end(), [&](const VersionSummary &v) {
            return v.workflowId == versions->first().workflowId && v.version == wanted;
        });
        if (!ok || it == versions->end())
            return usage(c, Cli::tr("--map-version takes the number of a version of the process map, such as 1."));
        chosen = *it;
    }
    // The last twelve months by default: how the company works now, and a fraction of a long history.
    std::optional<qint64> since = Clock::startOf(Clock::today().addYears(-1));
    if (c.parser.isSet(QStringLiteral("all")))
        since.reset();
    else if (c.parser.isSet(QStringLiteral("since"))) {
        const QDate date = QDate::fromString(c.parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!date.isValid())
            return usage(c, Cli::tr("--since takes a date such as 2026-01-01."));
        since = Clock::startOf(date);
    }
    auto ev = evaluator.evaluate(chosen.versionId, {}, since);
    if (!ev)
        return fail(c, ev.error());
    if (c.json) {
        QJsonArray steps;
        for (const auto &s : ev->steps) {
            QJsonObject skipped;
            for (auto it = ev->finishedByJob.cbegin(); it != ev->finishedByJob.cend(); ++it)
                skipped.insert(it.key().isEmpty() ? QStringLiteral("-") : it.key(), ev->skippedShare(s, it.key()));
            steps.append(QJsonObject{{QStringLiteral("step_id"), s.stepId},
                                     {QStringLiteral("step"), s.name},
                                     {QStringLiteral("kind"), toKey(s.kind)},
                                     {QStringLiteral("target_minutes"), s.targetMinutes ? QJsonValue(*s.targetMinutes) : QJsonValue()},
                                     {QStringLiteral("passed"), s.passed},
                                     {QStringLiteral("returned"), s.returned},
                                     {QStringLiteral("stays_ended"), s.staysEnded},
                                     {QStringLiteral("median_seconds"), s.medianSeconds},
                                     {QStringLiteral("p90_seconds"), s.p90Seconds},
                                     {QStringLiteral("median_wait_seconds"), s.medianWaitSeconds},
                                     {QStringLiteral("skipped_share"), ev->skippedShare(s)},
                                     {QStringLiteral("skipped_share_by_job"), skipped},
                                     {QStringLiteral("longest_wait_share"), ev->longestShare(s)}});
        }
        QJsonArray findings;
        for (const auto &f : ev->findings)
            findings.append(QJsonObject{{QStringLiteral("kind"), toKey(f.kind)}, {QStringLiteral("step_id"), f.stepId},
                                        {QStringLiteral("step"), f.stepName}, {QStringLiteral("job_type"), f.jobType},
                                        {QStringLiteral("share"), f.share}, {QStringLiteral("text"), f.text}});
        printJson(c, QJsonObject{{QStringLiteral("workflow"), ev->version.workflowName},
                                 {QStringLiteral("version"), ev->version.version},
                                 {QStringLiteral("since"), since ? json::time(*since) : QJsonValue()},
                                 {QStringLiteral("orders"), ev->orders},
                                 {QStringLiteral("finished"), ev->finished},
                                 {QStringLiteral("cancelled"), ev->cancelled},
                                 {QStringLiteral("median_lead_seconds"), ev->medianLeadSeconds},
                                 {QStringLiteral("steps"), steps},
                                 {QStringLiteral("findings"), findings}});
        return Ok;
    }
    const QLocale locale;
    if (since)
        c.out << Cli::tr("Orders received since %1.").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*since).date(),
                                                                                 QLocale::ShortFormat))
              << Qt::endl;
    c.out << Cli::tr("%1, version %2: %3 orders, %4 finished (median %5 from call to done), %6 cancelled")
                 .arg(ev->version.workflowName)
                 .arg(ev->version.version)
                 .arg(ev->orders)
                 .arg(ev->finished)
                 .arg(ProcessEvaluator::duration(ev->medianLeadSeconds))
                 .arg(ev->cancelled)
          << Qt::endl
          << Qt::endl;
    c.out << padded(Cli::tr("Step"), 28) << Cli::tr("Passed").rightJustified(8) << Cli::tr("Median").rightJustified(12)
          << Cli::tr("P90").rightJustified(12) << Cli::tr("Wait").rightJustified(12) << Cli::tr("Skipped").rightJustified(9)
          << Cli::tr("Back").rightJustified(7) << Qt::endl;
    for (const auto &s : ev->steps) {
        c.out << padded(s.name, 28) << QString::number(s.passed).rightJustified(8)
              << (s.staysEnded ? ProcessEvaluator::duration(s.medianSeconds) : QStringLiteral("-")).rightJustified(12)
              << (s.staysEnded ? ProcessEvaluator::duration(s.p90Seconds) : QStringLiteral("-")).rightJustified(12)
              << (s.staysEnded ? ProcessEvaluator::duration(s.medianWaitSeconds) : QStringLiteral("-")).rightJustified(12)
              << QStringLiteral("%1 %").arg(qRound(100 * ev->skippedShare(s))).rightJustified(9)
              << QStringLiteral("%1 %").arg(qRound(100 * s.returnedShare())).rightJustified(7) << Qt::endl;
    }
    c.out << Qt::endl;
    if (ev->findings.isEmpty())
        c.out << Cli::tr("No findings: too few finished orders, or every step within its target.") << Qt::endl;
    for (const auto &f : ev->findings)
        c.out << QStringLiteral("- ") << f.text << Qt::endl;
    return Ok;
}

int cmdReviewDue(Context &c)
{
    auto due = ReviewService(*c.db).due(Clock::nowSecs());
    if (!due)
        return fail(c, due.error());
    if (c.json) {
        QJsonArray array;
        for (const auto &d : *due)
            array.append(QJsonObject{{QStringLiteral("plan"), d.plan.name}, {QStringLiteral("cadence"), toKey(d.plan.cadence)},
                                     {QStringLiteral("assigned_to"), d.plan.staffName},
                                     {QStringLiteral("period_start"), json::time(d.periodStart)},
                                     {QStringLiteral("period_end"), json::time(d.periodEnd)},
                                     {QStringLiteral("missed_before"), d.missedBefore}});
        printJson(c, QJsonObject{{QStringLiteral("due"), array}});
        return Ok;
    }
    if (due->isEmpty())
        c.out << Cli::tr("No review is due.") << Qt::endl;
    for (const auto &d : *due)
        c.out << d.textWithMissed() << Qt::endl;
    return Ok;
}

int cmdInvoiceVerify(Context &c)
{
    auto check = InvoiceService(*c.db).verifyChain();
    if (!check)
        return fail(c, check.error());
    if (!check->ok()) {
        c.err << Cli::tr("Invoice %1 was altered after it was issued: its record no longer matches its hash chain.")
                     .arg(check->firstBroken)
              << Qt::endl;
        return Failed;
    }
    c.out << Cli::tr("%n issued invoice(s) checked: none altered.", nullptr, static_cast<int>(check->checked)) << Qt::endl;
    return Ok;
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file."), tr("path")},
        {QStringLiteral("json"), tr("Print JSON instead of text.")},
        {QStringLiteral("step"), tr("Only orders in this step."), tr("name")},
        {QStringLiteral("open"), tr("Only open orders.")},
        {QStringLiteral("limit"), tr("At most this many orders."), tr("n")},
        {QStringLiteral("by"), tr("Who does it (a staff member's name)."), tr("name")},
        {QStringLiteral("note"), tr("A note recorded with the change."), tr("text")},
        {QStringLiteral("size"), tr("Demo size."), tr("size")},
        {QStringLiteral("seed"), tr("Demo seed."), tr("n")},
        {QStringLiteral("today"), tr("Demo date of today."), tr("date")},
        {QStringLiteral("kind"), tr("Kind of visit."), tr("kind")},
        {QStringLiteral("postcode"), tr("Postcode of the site."), tr("code")},
        {QStringLiteral("after"), tr("Not before this local date and time."), tr("datetime")},
        {QStringLiteral("staff"), tr("A staff member's name."), tr("name")},
        {QStringLiteral("from"), tr("First day."), tr("date")},
        {QStringLiteral("to"), tr("Last day."), tr("date")},
        {QStringLiteral("out"), tr("File to write."), tr("file")},
        {QStringLiteral("unpaid"), tr("Only invoices not paid in full.")},
        {QStringLiteral("amount"), tr("Amount in euros."), tr("amount")},
        {QStringLiteral("method"), tr("How it was paid."), tr("method")},
        {QStringLiteral("email"), tr("Send to this address instead of the customer's."), tr("address")},
        {QStringLiteral("week"), tr("ISO week, e.g. 2026-W48."), tr("week")},
        {QStringLiteral("pdf"), tr("Also write the report as a PDF file."), tr("file")},
        {QStringLiteral("map-version"), tr("A version of the process map."), tr("n")},
        {QStringLiteral("since"), tr("Only orders received from this day on."), tr("date")},
        {QStringLiteral("all"), tr("Every order, however old.")},
        {QStringLiteral("replace"), tr("Restore into an existing database, keeping it aside first.")},
        {QStringLiteral("xml"), tr("Also write the records as XML documents."), tr("file")},
    });
    Context c{parser, m_out, m_err, {}, false, nullptr};
    if (!parser.parse(arguments))
        return usage(c, parser.errorText());
    if (parser.isSet(help)) {
        m_out << helpText() << backupHelpText() << verifactuHelpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    c.words = parser.positionalArguments();
    c.json = parser.isSet(QStringLiteral("json"));
    if (c.words.isEmpty())
        return usage(c, tr("Say what to do: demo, stats, check, workflow show, orders list|show|move, schedule suggest or calendar export."));

    if (auto code = runBackupCommand(c.words, parser, m_out, m_err))
        return *code;
    if (auto code = runVerifactuCommand(c.words, parser, m_out, m_err))
        return *code;
    const QString command = c.words.join(QLatin1Char(' '));
    const QString first = c.words.value(0);
    const QString second = c.words.value(1);
    using Handler = std::function<int()>;
    Handler handler;
    if (first == QLatin1String("demo") && c.words.size() == 1)
        handler = [&] { return cmdDemo(c); };
    else if (first == QLatin1String("stats") && c.words.size() == 1)
        handler = [&] { return cmdStats(c); };
    else if (first == QLatin1String("check") && c.words.size() == 1)
        handler = [&] { return cmdCheck(c); };
    else if (first == QLatin1String("workflow") && second == QLatin1String("show") && c.words.size() == 2)
        handler = [&] { return cmdWorkflowShow(c); };
    else if (first == QLatin1String("orders") && second == QLatin1String("list") && c.words.size() == 2)
        handler = [&] { return cmdOrdersList(c); };
    else if (first == QLatin1String("orders") && second == QLatin1String("show") && c.words.size() == 3)
        handler = [&] { return cmdOrdersShow(c, c.words[2]); };
    else if (first == QLatin1String("orders") && second == QLatin1String("move") && c.words.size() == 4)
        handler = [&] { return cmdOrdersMove(c, c.words[2], c.words[3]); };
    else if (first == QLatin1String("schedule") && second == QLatin1String("suggest") && c.words.size() == 2)
        handler = [&] { return cmdScheduleSuggest(c); };
    else if (first == QLatin1String("calendar") && second == QLatin1String("export") && c.words.size() == 2)
        handler = [&] { return cmdCalendarExport(c); };
    else if (first == QLatin1String("invoice") && second == QLatin1String("issue") && c.words.size() == 3)
        handler = [&] { return cmdInvoiceIssue(c, c.words[2]); };
    else if (first == QLatin1String("invoice") && second == QLatin1String("list") && c.words.size() == 2)
        handler = [&] { return cmdInvoiceList(c); };
    else if (first == QLatin1String("invoice") && second == QLatin1String("pay") && c.words.size() == 3)
        handler = [&] { return cmdInvoicePay(c, c.words[2]); };
    else if (first == QLatin1String("invoice") && second == QLatin1String("pdf") && c.words.size() == 3)
        handler = [&] { return cmdInvoicePdf(c, c.words[2]); };
    else if (first == QLatin1String("invoice") && second == QLatin1String("send") && c.words.size() == 3)
        handler = [&] { return cmdInvoiceSend(c, c.words[2]); };
    else if (first == QLatin1String("review") && second == QLatin1String("due") && c.words.size() == 2)
        handler = [&] { return cmdReviewDue(c); };
    else if (first == QLatin1String("report") && second == QLatin1String("weekly") && c.words.size() == 2)
        handler = [&] { return cmdReportWeekly(c); };
    else if (first == QLatin1String("process") && second == QLatin1String("stats") && c.words.size() == 2)
        handler = [&] { return cmdProcessStats(c); };
    else if (first == QLatin1String("invoice") && second == QLatin1String("verify") && c.words.size() == 2)
        handler = [&] { return cmdInvoiceVerify(c); };
    else
        return usage(c, tr("Unknown command “%1”.").arg(command));

    QString path = parser.value(QStringLiteral("database"));
    const bool creates = first == QLatin1String("demo");
    // "--database ''" is a script whose variable is empty: never quietly the user's own database.
    if (parser.isSet(QStringLiteral("database")) && path.trimmed().isEmpty())
        return usage(c, tr("--database was given an empty path. Give the database file, or leave --database out to use "
                           "the default database (%1).")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())));
    if (path.isEmpty()) {
        path = Database::defaultPath();
        if (creates)
            QDir().mkpath(QFileInfo(path).absolutePath());
    }
    // Commands that only read open the database read-only: they never create, upgrade or change a file.
    static const QStringList readingCommands{
        QStringLiteral("stats"),          QStringLiteral("check"),           QStringLiteral("workflow show"),
        QStringLiteral("orders list"),    QStringLiteral("orders show"),     QStringLiteral("schedule suggest"),
        QStringLiteral("calendar export"), QStringLiteral("invoice list"),   QStringLiteral("invoice pdf"),
        QStringLiteral("invoice verify"), QStringLiteral("review due"),      QStringLiteral("report weekly"),
        QStringLiteral("process stats"),
    };
    const bool reads = readingCommands.contains(first) || readingCommands.contains(first + QLatin1Char(' ') + second);
    const auto mode = creates ? Database::OpenMode::CreateIfMissing
                      : reads ? Database::OpenMode::ReadOnly
                              : Database::OpenMode::MustExist;
    auto db = openCompany(path, mode);
    if (!db)
        return fail(c, db.error());
    c.db = std::move(*db);
    return handler();
}

} // namespace ordo
