#include "OrderCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include <QLocale>

namespace ordo::cli {

namespace {

QString stepNames(const WorkflowVersion &wf)
{
    QStringList names;
    for (const auto &s : wf.steps)
        names << s.name;
    return names.join(QStringLiteral(", "));
}

class OrdersList final : public Command
{
public:
    OrdersList()
        : Command(QStringLiteral("orders list"), Access::Reads, 0, Cli::tr("[--step NAME] [--open] [--limit N] [--json]"),
                  Cli::tr("work orders, newest first (100 unless --limit; 0 for all)"),
                  {{QStringLiteral("step"), Cli::tr("Only orders in this step."), Cli::tr("name")},
                   {QStringLiteral("open"), Cli::tr("Only open orders.")},
                   {QStringLiteral("limit"), Cli::tr("At most this many orders."), Cli::tr("n")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        OrderFilter filter;
        filter.openOnly = c.isSet(QStringLiteral("open"));
        if (c.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = c.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit < 0)
                return c.usage(Cli::tr("--limit takes a whole number (0 for no limit)."));
        }
        if (c.isSet(QStringLiteral("step"))) {
            auto wf = WorkflowRepository(*c.db).defaultLatest();
            if (!wf)
                return c.fail(wf.error());
            const QString name = c.value(QStringLiteral("step"));
            const Step *step = wf->stepNamed(name);
            if (!step)
                return c.fail(Cli::tr("“%1” is not a step of the process map. Its steps are: %2.").arg(name, stepNames(*wf)));
            filter.stepId = step->id;
        }
        WorkOrderService orders(*c.db);
        auto list = orders.list(filter);
        if (!list)
            return c.fail(list.error());
        auto total = orders.count(filter);
        if (!total)
            return c.fail(total.error());
        if (c.json())
            return c.printJson(json::orderList(*list, *total));
        for (const auto &o : *list)
            c.out << padded(o.number, 15) << padded(o.stepName, 26) << padded(o.customerName, 28)
                  << padded(o.responsibleName, 18) << o.title << Qt::endl;
        if (*total > list->size())
            c.err << Cli::tr("Showing %1 of %2 orders; use --limit to see more.").arg(list->size()).arg(*total) << Qt::endl;
        return Ok;
    }
};

class OrdersShow final : public Command
{
public:
    OrdersShow()
        : Command(QStringLiteral("orders show"), Access::Reads, 1, Cli::tr("NUMBER [--json]"),
                  Cli::tr("one order with its lines, totals and history"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        WorkOrderService orders(*c.db);
        auto order = orders.findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        auto lines = orders.lines(order->id);
        if (!lines)
            return c.fail(lines.error());
        auto history = orders.history(order->id);
        if (!history)
            return c.fail(history.error());
        if (c.json())
            return c.printJson(json::orderShown(*order, *lines, *history));
        const QLocale locale;
        printOrder(c, *order, locale);
        printLines(c, *lines, locale);
        c.out << Qt::endl << Cli::tr("History:") << Qt::endl;
        for (const auto &e : *history)
            c.out << "  " << formatLocalTime(e.at, locale) << "  " << describeEvent(e) << Qt::endl;
        return Ok;
    }

private:
    static void printOrder(Context &c, const WorkOrder &order, const QLocale &locale)
    {
        c.out << order.number << QStringLiteral(" — ") << order.title << Qt::endl;
        c.out << Cli::tr("Customer:    %1").arg(order.customerName) << Qt::endl;
        c.out << Cli::tr("Site:        %1").arg(order.siteAddress) << Qt::endl;
        c.out << Cli::tr("Step:        %1 (since %2)").arg(order.stepName, formatLocalTime(order.stepEnteredAt, locale)) << Qt::endl;
        c.out << Cli::tr("Responsible: %1").arg(order.responsibleName.isEmpty() ? Cli::tr("nobody") : order.responsibleName) << Qt::endl;
        c.out << Cli::tr("Assignee:    %1").arg(order.assigneeName.isEmpty() ? Cli::tr("nobody") : order.assigneeName) << Qt::endl;
        c.out << Cli::tr("Priority:    %1").arg(displayName(order.priority)) << Qt::endl;
        if (order.dueAt)
            c.out << Cli::tr("Due:         %1").arg(formatLocalTime(*order.dueAt, locale)) << Qt::endl;
    }

    static void printLines(Context &c, const QList<LineItem> &lines, const QLocale &locale)
    {
        if (lines.isEmpty())
            return;
        c.out << Qt::endl << Cli::tr("Lines:") << Qt::endl;
        QList<money::LineInput> inputs;
        for (const auto &l : lines) {
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
};

class OrdersMove final : public Command
{
public:
    OrdersMove()
        : Command(QStringLiteral("orders move"), Access::Writes, 2, Cli::tr("NUMBER STEP [--note TEXT] [--json]"),
                  Cli::tr("move an order to another step of its process map"),
                  {{QStringLiteral("note"), Cli::tr("A note recorded with the change."), Cli::tr("text")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const QString &stepName = c.arguments.at(1);
        WorkOrderService orders(*c.db);
        auto order = orders.findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        auto wf = WorkflowRepository(*c.db).version(order->workflowVersionId);
        if (!wf)
            return c.fail(wf.error());
        const Step *step = wf->stepNamed(stepName);
        if (!step)
            return c.fail(Cli::tr("“%1” is not a step of the process map of %2. Its steps are: %3.")
                              .arg(stepName, order->number, stepNames(*wf)));
        auto moved = OrderMoves(*c.db).move(order->id, order->version, step->id, c.actor, c.value(QStringLiteral("note")));
        if (!moved)
            return c.fail(moved.error());
        if (c.json())
            return c.printJson(json::orderMoved(moved->order, moved->fromStepName));
        c.out << Cli::tr("%1 moved from “%2” to “%3”; responsible: %4.")
                     .arg(moved->order.number, moved->fromStepName, moved->order.stepName,
                          moved->order.responsibleName.isEmpty() ? Cli::tr("nobody") : moved->order.responsibleName)
              << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands orderCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<OrdersList>());
    commands.push_back(std::make_unique<OrdersShow>());
    commands.push_back(std::make_unique<OrdersMove>());
    return commands;
}

} // namespace ordo::cli
