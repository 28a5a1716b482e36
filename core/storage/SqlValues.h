#pragma once

#include "core/domain/Types.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace ordo::sqlvalues {

// An optional id bound as a typed NULL when absent.
inline QVariant nullableId(const std::optional<Id> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// Calendar dates kept as ISO text (YYYY-MM-DD), '' for none.
inline QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace ordo::sqlvalues
