#include "core/orders/EventText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

#include "core/domain/Money.h"

namespace ordo {

namespace {

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(ordo::EventText)
};

} // namespace

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ordo::EventText", "the title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ordo::EventText", "the description")},
        {QStringLiteral("job_type"), QT_TRANSLATE_NOOP("ordo::EventText", "the job type")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("ordo::EventText", "the priority")},
        {QStringLiteral("due_at"), QT_TRANSLATE_NOOP("ordo::EventText", "the due date")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("ordo::EventText", "the customer")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("ordo::EventText", "the site address")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("ordo::EventText", "the lines")},
        {QStringLiteral("workflow_version"), QT_TRANSLATE_NOOP("ordo::EventText", "the process map version")},
        {QStringLiteral("appointment"), QT_TRANSLATE_NOOP("ordo::EventText", "the appointment")},
        {QStringLiteral("appointment_status"), QT_TRANSLATE_NOOP("ordo::EventText", "the appointment's status")},
        {QStringLiteral("assignee"), QT_TRANSLATE_NOOP("ordo::EventText", "the person assigned")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("ordo::EventText", "the person responsible")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("ordo::EventText", "the invoice")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("ordo::EventText", "a payment")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("ordo::EventText", "the step")},
    };
    const char *label = labels.value(field, nullptr);
    return label ? EventText::tr(label) : field;
}

namespace {

// "Marta changed the title from “a” to “b”", with the values as they are to be shown.
QString fieldChangeText(const QString &who, const QString &field, const QString &before, const QString &after)
{
    if (before.isEmpty())
        return EventText::tr("%1 set %2 to “%3”").arg(who, fieldLabel(field), after);
    if (after.isEmpty())
        return EventText::tr("%1 cleared %2 (was “%3”)").arg(who, fieldLabel(field), before);
    return EventText::tr("%1 changed %2 from “%3” to “%4”").arg(who, fieldLabel(field), before, after);
}

QString dateOf(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime().date(), QLocale::ShortFormat);
}

QString timeOf(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime().time(), QStringLiteral("HH:mm"));
}

QString visitText(const QVariantMap &v)
{
    const auto kind = appointmentKindFromKey(v.value(QStringLiteral("kind")).toString());
    const qint64 starts = v.value(QStringLiteral("starts")).toLongLong();
    const qint64 ends = v.value(QStringLiteral("ends")).toLongLong();
    return EventText::tr("%1 with %2, %3 %4–%5")
        .arg(kind ? displayName(*kind) : EventText::tr("a visit"), v.value(QStringLiteral("staff")).toString(), dateOf(starts),
             timeOf(starts), timeOf(ends));
}

QString linesText(const QVariantList &lines)
{
    if (lines.isEmpty())
        return EventText::tr("no lines");
    QStringList parts;
    for (const QVariant &l : lines) {
        const QVariantMap line = l.toMap();
        parts << QStringLiteral("%1 × %2 (%3)")
                     .arg(money::formatQuantity(line.value(QStringLiteral("quantity")).toLongLong()),
                          line.value(QStringLiteral("description")).toString(),
                          money::formatEuros(line.value(QStringLiteral("net")).toLongLong()));
    }
    return parts.join(QStringLiteral("; "));
}

// A field's raw value in words: keys of enumerations, epoch seconds of dates.
QString valueText(const QString &field, const QString &raw)
{
    if (raw.isEmpty())
        return raw;
    if (field == QLatin1String("priority")) {
        const auto p = priorityFromKey(raw);
        return p ? displayName(*p) : raw;
    }
    if (field == QLatin1String("appointment_status")) {
        const auto s = appointmentStatusFromKey(raw);
        return s ? displayName(*s) : raw;
    }
    if (field == QLatin1String("due_at"))
        return dateOf(raw.toLongLong());
    return raw;
}

QString reasonText(const QString &reason, const QVariantMap &args)
{
    if (reason == QLatin1String("invoice_issued"))
        return EventText::tr("invoice %1 issued").arg(args.value(QStringLiteral("invoice")).toString());
    if (reason == QLatin1String("visit_booked"))
        return EventText::tr("visit booked");
    if (reason == QLatin1String("undo"))
        return EventText::tr("undo of the previous move");
    if (reason == QLatin1String("paid_in_full"))
        return EventText::tr("paid in full");
    if (reason == QLatin1String("imported"))
        return EventText::tr("imported from a spreadsheet");
    if (reason == QLatin1String("step_removed"))
        return EventText::tr("the step was removed from the process map");
    return {};
}

QString factText(const OrderEvent &e, const QString &who)
{
    const QVariantMap &a = e.args;
    const QString fact = a.value(QStringLiteral("fact")).toString();
    if (fact == QLatin1String("invoice_drafted"))
        return EventText::tr("%1 made the draft of the invoice").arg(who);
    if (fact == QLatin1String("invoice_issued"))
        return EventText::tr("%1 issued invoice %2 for %3")
            .arg(who, a.value(QStringLiteral("number")).toString(), money::formatEuros(a.value(QStringLiteral("total")).toLongLong()));
    if (fact == QLatin1String("rectifying_drafted"))
        return EventText::tr("%1 drafted a rectifying invoice for %2").arg(who, a.value(QStringLiteral("original")).toString());
    if (fact == QLatin1String("payment_received"))
        return EventText::tr("%1 recorded %2 received for %3")
            .arg(who, money::formatEuros(a.value(QStringLiteral("amount")).toLongLong()), a.value(QStringLiteral("invoice")).toString());
    if (fact == QLatin1String("quote_issued"))
        return EventText::tr("%1 issued quote %2 for %3, valid until %4")
            .arg(who, a.value(QStringLiteral("number")).toString(), money::formatEuros(a.value(QStringLiteral("total")).toLongLong()),
                 QLocale().toString(QDate::fromString(a.value(QStringLiteral("valid_until")).toString(), Qt::ISODate),
                                    QLocale::ShortFormat));
    if (fact == QLatin1String("quote_sent"))
        return EventText::tr("%1 e-mailed quote %2 to %3")
            .arg(who, a.value(QStringLiteral("number")).toString(), a.value(QStringLiteral("to")).toString());
    if (fact == QLatin1String("quote_accepted") || fact == QLatin1String("quote_rejected")) {
        const QString on = QLocale().toString(QDate::fromString(a.value(QStringLiteral("on")).toString(), Qt::ISODate),
                                              QLocale::ShortFormat);
        return (fact == QLatin1String("quote_accepted") ? EventText::tr("%1 recorded that %2 accepted quote %3 on %4")
                                                        : EventText::tr("%1 recorded that %2 refused quote %3 on %4"))
            .arg(who, a.value(QStringLiteral("person")).toString(), a.value(QStringLiteral("number")).toString(), on);
    }
    if (fact == QLatin1String("visit_booked"))
        return EventText::tr("%1 booked: %2").arg(who, visitText(a));
    if (fact == QLatin1String("visit_moved"))
        return EventText::tr("%1 changed the visit from %2 to %3")
            .arg(who, visitText(a.value(QStringLiteral("before")).toMap()), visitText(a));
    if (e.field == QLatin1String("appointment_status"))
        return EventText::tr("%1 marked the visit (%2) as “%3”").arg(who, visitText(a), valueText(e.field, e.newValue));
    if (e.field == QLatin1String("lines"))
        return EventText::tr("%1 changed the lines from “%2” to “%3”")
            .arg(who, linesText(a.value(QStringLiteral("before")).toList()), linesText(a.value(QStringLiteral("after")).toList()));
    if (e.field == QLatin1String("workflow_version"))
        return EventText::tr("%1 moved it to version %2 of the process map").arg(who, e.newValue);
    return fieldChangeText(who, e.field, valueText(e.field, e.oldValue), valueText(e.field, e.newValue));
}

} // namespace

QString describeEvent(const OrderEvent &e)
{
    const QString who = e.actorName.isEmpty() ? EventText::tr("Someone") : e.actorName;
    QString text;
    switch (e.kind) {
    case EventKind::Created:
        text = EventText::tr("%1 created the order %2").arg(who, e.newValue);
        break;
    case EventKind::StepMoved:
        text = EventText::tr("%1 moved it from “%2” to “%3”").arg(who, e.oldValue, e.newValue);
        if (const QString why = e.facts ? reasonText(e.args.value(QStringLiteral("reason")).toString(), e.args) : QString(); !why.isEmpty())
            text += EventText::tr(" (%1)").arg(why);
        break;
    case EventKind::Assigned:
        if (e.field == QLatin1String("responsible"))
            text = e.oldValue.isEmpty() ? EventText::tr("%1 is now responsible").arg(e.newValue)
                                        : EventText::tr("Responsible changed from %1 to %2").arg(e.oldValue, e.newValue);
        else
            text = e.oldValue.isEmpty() ? EventText::tr("%1 assigned it to %2").arg(who, e.newValue)
                                        : EventText::tr("%1 reassigned it from %2 to %3").arg(who, e.oldValue, e.newValue);
        break;
    case EventKind::FieldChanged:
        // Rows written before schema 9 hold words in the language of whoever wrote them: shown as stored.
        text = e.facts ? factText(e, who) : fieldChangeText(who, e.field, e.oldValue, e.newValue);
        break;
    case EventKind::Note:
        return EventText::tr("%1 wrote: %2").arg(who, e.note);
    }
    if (!e.note.isEmpty())
        text += EventText::tr(" — “%1”").arg(e.note);
    return text;
}

QString formatLocalTime(qint64 utcSeconds, const QLocale &locale)
{
    return locale.toString(QDateTime::fromSecsSinceEpoch(utcSeconds).toLocalTime(), QLocale::ShortFormat);
}

} // namespace ordo
