#pragma once

#include "domain/Types.h"
#include "workflow/WorkflowRepository.h"

#include <QJsonObject>

// The stable --json shapes of ordo-cli (documented in README.md). Keys are never renamed; new keys
// may be added. Times are ISO 8601 in UTC; money is integer cents; quantities are thousandths.
namespace ordo::json {

// null when there is no time (nullopt, or 0 in a column that is never NULL), or none ISO 8601 can write.
QJsonValue time(std::optional<qint64> utcSeconds);
QJsonValue time(qint64 utcSeconds);
QJsonObject order(const WorkOrder &order);
QJsonObject event(const OrderEvent &event);
QJsonObject line(const LineItem &line);
QJsonObject totals(const QList<LineItem> &lines);
QJsonObject workflow(const WorkflowVersion &workflow, const QHash<Id, QString> &staffNames);

} // namespace ordo::json
