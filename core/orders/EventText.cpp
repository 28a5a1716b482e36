#include "orders/EventText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

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
    };
    const char *label = labels.value(field, nullptr);
    return label ? EventText::tr(label) : field;
}

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
        if (e.oldValue.isEmpty())
            text = EventText::tr("%1 set %2 to “%3”").arg(who, fieldLabel(e.field), e.newValue);
        else if (e.newValue.isEmpty())
            text = EventText::tr("%1 cleared %2 (was “%3”)").arg(who, fieldLabel(e.field), e.oldValue);
        else
            text = EventText::tr("%1 changed %2 from “%3” to “%4”").arg(who, fieldLabel(e.field), e.oldValue, e.newValue);
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
