#pragma once

#include "core/domain/Types.h"

#include <QLocale>

namespace ordo {

// One line of an order's history in words, for people: "Marta Sanz moved it from Quote sent to
// Quote accepted". The time is shown separately by the caller.
QString describeEvent(const OrderEvent &event);

// The words for a changed field's key ("due_at" → "the due date").
QString fieldLabel(const QString &field);

// A UTC timestamp in the user's local time, short form ("27/11/2026 10:14").
QString formatLocalTime(qint64 utcSeconds, const QLocale &locale = QLocale());

} // namespace ordo
