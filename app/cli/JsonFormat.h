#pragma once

#include "core/billing/Invoice.h"
#include "core/domain/Types.h"
#include "core/workflow/WorkflowRepository.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace ordo {
struct BackupInfo;
struct DueReview;
struct Proposal;
struct ProcessEvaluation;
struct TableCount;
struct VerifactuRecord;
struct VerifactuSettings;
struct WeeklyReport;
} // namespace ordo

// The stable --json shapes of ordo-cli (documented in README.md): every JSON object ordo-cli prints
// is built here. Keys are never renamed; new keys may be added. Times are ISO 8601 in UTC; money is
// integer cents; quantities are thousandths.
namespace ordo::json {

// null when there is no time (nullopt, or 0 in a column that is never NULL), or none ISO 8601 can write.
QJsonValue time(std::optional<qint64> utcSeconds);
QJsonValue time(qint64 utcSeconds);

// Parts.
QJsonObject order(const WorkOrder &order);
QJsonObject event(const OrderEvent &event);
QJsonObject line(const LineItem &line);
QJsonObject totals(const QList<LineItem> &lines);
QJsonObject workflow(const WorkflowVersion &workflow, const QHash<Id, QString> &staffNames);
QJsonObject invoice(const Invoice &invoice, qint64 now);
QJsonObject backup(const BackupInfo &info);
QJsonObject verifactuRecord(const VerifactuRecord &record);

// What each command prints.
QJsonObject stats(const QString &path, int schemaVersion, const QList<TableCount> &counts);
QJsonObject workflowShown(const WorkflowVersion &workflow, const QHash<Id, QString> &staffNames);
QJsonObject orderList(const QList<WorkOrder> &orders, qint64 total);
QJsonObject orderShown(const WorkOrder &order, const QList<LineItem> &lines, const QList<OrderEvent> &history);
QJsonObject orderMoved(const WorkOrder &order, const QString &fromStep);
QJsonObject proposals(const QList<Proposal> &proposals);
QJsonObject invoiceIssued(const Invoice &invoice, qint64 now);
QJsonObject invoiceList(const QList<Invoice> &invoices, qint64 now);
QJsonObject dueReviews(const QList<DueReview> &due);
QJsonObject weeklyReport(const QString &week, const WeeklyReport &report);
QJsonObject processEvaluation(const ProcessEvaluation &evaluation, std::optional<qint64> since);
QJsonObject backupList(const QString &folder, const QList<BackupInfo> &backups);
QJsonObject verifactuRecords(const QList<VerifactuRecord> &records, const QStringList &xmlFiles);
QJsonObject verifactuAnnulled(const VerifactuRecord &record);
QJsonObject verifactuStatus(const VerifactuSettings &settings, const QMap<QString, qint64> &countsByState);

} // namespace ordo::json
