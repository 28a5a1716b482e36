#include "orders/EventText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ordo {

namespace {

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(ordo::EventText)
};

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
        text = EventText::tr("%1 changed %2 from “%3” to “%4”").arg(who, e.field, e.oldValue, e.newValue);
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
