#include "JsonFormat.h"

#include "core/billing/Invoice.h"
#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Checks.h"

#include <QDateTime>
#include <QJsonArray>

namespace ordo::json {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonValue time(std::optional<qint64> utcSeconds)
{
    if (!utcSeconds)
        return QJsonValue(QJsonValue::Null);
    // A time ISO 8601 cannot write (before year 0 or after 9999) has no text: null, never "".
    const QDateTime at = QDateTime::fromSecsSinceEpoch(*utcSeconds, Qt::UTC);
    const QString text = at.isValid() ? at.toString(Qt::ISODate) : QString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue time(qint64 utcSeconds)
{
    // Columns that are never NULL read 0 when nothing was recorded.
    return utcSeconds == 0 ? QJsonValue(QJsonValue::Null) : time(std::optional<qint64>(utcSeconds));
}

QJsonObject order(const WorkOrder &o)
{
    return QJsonObject{
        {QStringLiteral("number"), o.number},
        {QStringLiteral("title"), o.title},
        {QStringLiteral("description"), o.description},
        {QStringLiteral("customer"), o.customerName},
        {QStringLiteral("customer_id"), o.customerId},
        {QStringLiteral("site"), o.siteAddress},
        {QStringLiteral("step"), o.stepName},
        {QStringLiteral("step_kind"), toKey(o.stepKind)},
        {QStringLiteral("responsible"), optionalText(o.responsibleName)},
        {QStringLiteral("assignee"), optionalText(o.assigneeName)},
        {QStringLiteral("priority"), toKey(o.priority)},
        {QStringLiteral("job_type"), o.jobType},
        {QStringLiteral("due_at"), time(o.dueAt)},
        {QStringLiteral("created_at"), time(o.createdAt)},
        {QStringLiteral("updated_at"), time(o.updatedAt)},
        {QStringLiteral("step_entered_at"), time(o.stepEnteredAt)},
        {QStringLiteral("workflow_version_id"), o.workflowVersionId},
        {QStringLiteral("version"), o.version},
    };
}

QJsonObject event(const OrderEvent &e)
{
    return QJsonObject{
        {QStringLiteral("at"), time(e.at)},
        {QStringLiteral("actor"), e.actorName},
        {QStringLiteral("kind"), toKey(e.kind)},
        {QStringLiteral("field"), e.field},
        {QStringLiteral("old_value"), e.oldValue},
        {QStringLiteral("new_value"), e.newValue},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("text"), describeEvent(e)},
    };
}

QJsonObject line(const LineItem &l)
{
    return QJsonObject{
        {QStringLiteral("description"), l.description},
        {QStringLiteral("quantity_milli"), l.quantity},
        {QStringLiteral("unit_price_cents"), l.unitPrice},
        {QStringLiteral("vat_rate_bp"), l.vatRate},
        {QStringLiteral("discount_bp"), l.discount},
        {QStringLiteral("net_cents"), l.net()},
    };
}

QJsonObject totals(const QList<LineItem> &lines)
{
    QList<money::LineInput> inputs;
    for (const auto &l : lines)
        inputs.append({l.quantity, l.unitPrice, l.vatRate, l.discount});
    const auto t = money::totals(inputs);
    QJsonArray buckets;
    for (const auto &b : t.buckets)
        buckets.append(QJsonObject{{QStringLiteral("vat_rate_bp"), b.rate},
                                   {QStringLiteral("base_cents"), b.base},
                                   {QStringLiteral("vat_cents"), b.vat}});
    return QJsonObject{{QStringLiteral("vat"), buckets},
                       {QStringLiteral("base_cents"), t.base},
                       {QStringLiteral("vat_cents"), t.vat},
                       {QStringLiteral("total_cents"), t.total}};
}

QJsonObject workflow(const WorkflowVersion &wf, const QHash<Id, QString> &staffNames)
{
    QJsonArray steps;
    for (const auto &s : wf.steps) {
        QJsonArray targets;
        for (const auto &other : wf.steps)
            if (wf.allows(s.id, other.id))
                targets.append(other.name);
        steps.append(QJsonObject{
            {QStringLiteral("position"), s.position + 1},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"), toKey(s.kind)},
            {QStringLiteral("initial"), s.id == wf.initialStepId},
            {QStringLiteral("responsible_role"), s.responsibleRole ? QJsonValue(toKey(*s.responsibleRole)) : QJsonValue()},
            {QStringLiteral("responsible_person"),
             s.responsibleStaffId ? QJsonValue(staffNames.value(*s.responsibleStaffId)) : QJsonValue()},
            {QStringLiteral("target_minutes"), s.targetMinutes ? QJsonValue(*s.targetMinutes) : QJsonValue()},
            {QStringLiteral("handler"), toKey(s.handler)},
            {QStringLiteral("wip_limit"), s.wipLimit ? QJsonValue(*s.wipLimit) : QJsonValue()},
            {QStringLiteral("transitions_to"), targets},
        });
    }
    return QJsonObject{
        {QStringLiteral("name"), wf.workflowName},
        {QStringLiteral("job_type"), wf.jobType},
        {QStringLiteral("version"), wf.version},
        {QStringLiteral("version_id"), wf.id},
        {QStringLiteral("steps"), steps},
    };
}

QJsonObject invoice(const Invoice &i, qint64 now)
{
    QJsonArray vat;
    for (const auto &b : i.totals.buckets)
        vat.append(QJsonObject{{QStringLiteral("vat_rate_bp"), b.rate}, {QStringLiteral("base_cents"), b.base},
                               {QStringLiteral("vat_cents"), b.vat}});
    return QJsonObject{{QStringLiteral("number"), optionalText(i.number)},
                       {QStringLiteral("kind"), toKey(i.kind)},
                       {QStringLiteral("status"), toKey(i.status)},
                       {QStringLiteral("payment"), toKey(i.paymentState(now))},
                       {QStringLiteral("order"), optionalText(i.orderNumber)},
                       {QStringLiteral("customer"), i.customerName},
                       {QStringLiteral("customer_tax_id"), i.customerTaxId},
                       {QStringLiteral("issued_at"), time(i.issuedAt)},
                       {QStringLiteral("due_at"), time(i.dueAt)},
                       {QStringLiteral("base_cents"), i.totals.base},
                       {QStringLiteral("vat_cents"), i.totals.vat},
                       {QStringLiteral("total_cents"), i.totals.total},
                       {QStringLiteral("paid_cents"), i.paid},
                       {QStringLiteral("vat"), vat},
                       {QStringLiteral("rectifies"), optionalText(i.rectifiesNumber)},
                       {QStringLiteral("simplified"), i.simplified},
                       {QStringLiteral("billing"), toKey(i.billing)},
                       {QStringLiteral("operation_date"), optionalText(i.operationDate)},
                       {QStringLiteral("language"), i.language},
                       {QStringLiteral("issued_by"), optionalText(i.issuedBy)},
                       {QStringLiteral("hash"), i.hash}};
}

QJsonObject stats(const QString &path, int schemaVersion, const QList<TableCount> &counts)
{
    QJsonObject tables;
    for (const auto &t : counts)
        tables.insert(t.table, t.rows);
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("schema_version"), schemaVersion},
                       {QStringLiteral("tables"), tables}};
}

QJsonObject workflowShown(const WorkflowVersion &wf, const QHash<Id, QString> &staffNames)
{
    return QJsonObject{{QStringLiteral("workflow"), workflow(wf, staffNames)}};
}

QJsonObject orderList(const QList<WorkOrder> &orders, qint64 total)
{
    QJsonArray array;
    for (const auto &o : orders)
        array.append(order(o));
    return QJsonObject{{QStringLiteral("orders"), array}, {QStringLiteral("total"), total}};
}

QJsonObject orderShown(const WorkOrder &o, const QList<LineItem> &lines, const QList<OrderEvent> &history)
{
    QJsonArray lineArray;
    for (const auto &l : lines)
        lineArray.append(line(l));
    QJsonArray events;
    for (const auto &e : history)
        events.append(event(e));
    return QJsonObject{{QStringLiteral("order"), order(o)},
                       {QStringLiteral("lines"), lineArray},
                       {QStringLiteral("totals"), totals(lines)},
                       {QStringLiteral("history"), events}};
}

QJsonObject orderMoved(const WorkOrder &o, const QString &fromStep)
{
    return QJsonObject{{QStringLiteral("order"), order(o)}, {QStringLiteral("from_step"), fromStep}};
}

QJsonObject proposals(const QList<Proposal> &proposals)
{
    QJsonArray array;
    for (const auto &p : proposals)
        array.append(QJsonObject{{QStringLiteral("staff"), p.staffName},
                                 {QStringLiteral("starts_at"), time(p.startsAt)},
                                 {QStringLiteral("ends_at"), time(p.endsAt)},
                                 {QStringLiteral("score"), p.score},
                                 {QStringLiteral("covers_postcode"), p.coversPostcode},
                                 {QStringLiteral("visits_that_day"), p.visitsThatDay},
                                 {QStringLiteral("visits_that_week"), p.visitsThatWeek},
                                 {QStringLiteral("explanation"), p.explanation}});
    return QJsonObject{{QStringLiteral("proposals"), array}};
}

QJsonObject invoiceIssued(const Invoice &i, qint64 now)
{
    return QJsonObject{{QStringLiteral("invoice"), invoice(i, now)}};
}

QJsonObject invoiceList(const QList<Invoice> &invoices, qint64 now)
{
    QJsonArray array;
    for (const auto &i : invoices)
        array.append(invoice(i, now));
    return QJsonObject{{QStringLiteral("invoices"), array}};
}

} // namespace ordo::json
