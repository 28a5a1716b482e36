// The --json shapes of the reports, backups and VERI*FACTU (JsonFormat.h).
#include "JsonFormat.h"

#include "core/billing/VerifactuService.h"
#include "core/reports/ProcessEvaluation.h"
#include "core/reports/Reviews.h"
#include "core/reports/WeeklyReport.h"
#include "core/storage/Backup.h"

#include <QDir>
#include <QJsonArray>

namespace ordo::json {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject trend(const Trend &t)
{
    return QJsonObject{{QStringLiteral("value"), t.value}, {QStringLiteral("previous_week"), t.previous},
                       {QStringLiteral("four_week_average"), t.fourWeekAverage}};
}

QJsonArray weekSteps(const WeeklyReport &r)
{
    QJsonArray steps;
    for (const auto &s : r.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), s.name},
                                 {QStringLiteral("target_minutes"), s.targetMinutes ? QJsonValue(*s.targetMinutes) : QJsonValue()},
                                 {QStringLiteral("entered"), trend(s.entered)}, {QStringLiteral("stays_ended"), s.stays},
                                 {QStringLiteral("median_seconds"), trend(s.medianSeconds)},
                                 {QStringLiteral("p90_seconds"), trend(s.p90Seconds)},
                                 {QStringLiteral("past_target_now"), s.pastTargetNow}});
    return steps;
}

QJsonArray weekPeople(const WeeklyReport &r)
{
    QJsonArray people;
    for (const auto &p : r.people)
        people.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("visits"), trend(p.visits)},
                                  {QStringLiteral("jobs_completed"), trend(p.jobsCompleted)},
                                  {QStringLiteral("revenue_cents"), trend(p.revenue)}});
    return people;
}

QJsonArray weekDays(const WeeklyReport &r)
{
    QJsonArray days;
    for (const auto &d : r.days)
        days.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("received"), d.received},
                                {QStringLiteral("completed"), d.completed}, {QStringLiteral("invoiced_cents"), d.invoiced},
                                {QStringLiteral("collected_cents"), d.collected}});
    return days;
}

QJsonArray oldestOverdue(const WeeklyReport &r)
{
    QJsonArray overdue;
    for (const auto &o : r.oldestOverdue)
        overdue.append(QJsonObject{{QStringLiteral("number"), o.number}, {QStringLiteral("customer"), o.customer},
                                   {QStringLiteral("step"), o.step}, {QStringLiteral("due_at"), time(o.dueAt)}});
    return overdue;
}

QJsonObject evaluatedStep(const ProcessEvaluation &ev, const StepEvaluation &s)
{
    QJsonObject skipped;
    for (auto it = ev.finishedByJob.cbegin(); it != ev.finishedByJob.cend(); ++it)
        skipped.insert(it.key().isEmpty() ? QStringLiteral("-") : it.key(), ev.skippedShare(s, it.key()));
    return QJsonObject{{QStringLiteral("step_id"), s.stepId},
                       {QStringLiteral("step"), s.name},
                       {QStringLiteral("kind"), toKey(s.kind)},
                       {QStringLiteral("target_minutes"), s.targetMinutes ? QJsonValue(*s.targetMinutes) : QJsonValue()},
                       {QStringLiteral("passed"), s.passed},
                       {QStringLiteral("returned"), s.returned},
                       {QStringLiteral("stays_ended"), s.staysEnded},
                       {QStringLiteral("median_seconds"), s.medianSeconds},
                       {QStringLiteral("p90_seconds"), s.p90Seconds},
                       {QStringLiteral("median_wait_seconds"), s.medianWaitSeconds},
                       {QStringLiteral("skipped_share"), ev.skippedShare(s)},
                       {QStringLiteral("skipped_share_by_job"), skipped},
                       {QStringLiteral("longest_wait_share"), ev.longestShare(s)}};
}

} // namespace

QJsonObject dueReviews(const QList<DueReview> &due)
{
    QJsonArray array;
    for (const auto &d : due)
        array.append(QJsonObject{{QStringLiteral("plan"), d.plan.name}, {QStringLiteral("cadence"), toKey(d.plan.cadence)},
                                 {QStringLiteral("assigned_to"), d.plan.staffName},
                                 {QStringLiteral("period_start"), time(d.periodStart)},
                                 {QStringLiteral("period_end"), time(d.periodEnd)},
                                 {QStringLiteral("missed_before"), d.missedBefore}});
    return QJsonObject{{QStringLiteral("due"), array}};
}

QJsonObject weeklyReport(const QString &week, const WeeklyReport &r)
{
    return QJsonObject{{QStringLiteral("week"), week},
                       {QStringLiteral("from"), time(r.from)},
                       {QStringLiteral("to"), time(r.to)},
                       {QStringLiteral("received"), trend(r.received)},
                       {QStringLiteral("completed"), trend(r.completed)},
                       {QStringLiteral("cancelled"), trend(r.cancelled)},
                       {QStringLiteral("open_at_end"), r.openAtEnd},
                       {QStringLiteral("invoiced_cents"), trend(r.invoiced)},
                       {QStringLiteral("collected_cents"), trend(r.collected)},
                       {QStringLiteral("outstanding_cents"), r.outstanding},
                       {QStringLiteral("overdue_cents"), r.overdue},
                       {QStringLiteral("days"), weekDays(r)},
                       {QStringLiteral("steps"), weekSteps(r)},
                       {QStringLiteral("people"), weekPeople(r)},
                       {QStringLiteral("oldest_overdue"), oldestOverdue(r)},
                       {QStringLiteral("invoice_chain"), r.chainNumber.isEmpty() ? QJsonValue()
                                                  : QJsonValue(QJsonObject{{QStringLiteral("number"), r.chainNumber},
                                                                           {QStringLiteral("hash"), r.chainHash}})}};
}

QJsonObject processEvaluation(const ProcessEvaluation &ev, std::optional<qint64> since)
{
    QJsonArray steps;
    for (const auto &s : ev.steps)
        steps.append(evaluatedStep(ev, s));
    QJsonArray findings;
    for (const auto &f : ev.findings)
        findings.append(QJsonObject{{QStringLiteral("kind"), toKey(f.kind)}, {QStringLiteral("step_id"), f.stepId},
                                    {QStringLiteral("step"), f.stepName}, {QStringLiteral("job_type"), f.jobType},
                                    {QStringLiteral("share"), f.share}, {QStringLiteral("text"), f.text}});
    return QJsonObject{{QStringLiteral("workflow"), ev.version.workflowName},
                       {QStringLiteral("version"), ev.version.version},
                       {QStringLiteral("since"), since ? time(*since) : QJsonValue()},
                       {QStringLiteral("orders"), ev.orders},
                       {QStringLiteral("finished"), ev.finished},
                       {QStringLiteral("cancelled"), ev.cancelled},
                       {QStringLiteral("median_lead_seconds"), ev.medianLeadSeconds},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("findings"), findings}};
}

QJsonObject backup(const BackupInfo &info)
{
    return QJsonObject{
        {QStringLiteral("path"), QDir::toNativeSeparators(info.path)},
        {QStringLiteral("taken_at"), time(info.takenAt.isValid() ? std::optional<qint64>(info.takenAt.toSecsSinceEpoch())
                                                                 : std::nullopt)},
        {QStringLiteral("reason"), orNull(info.reason)},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("orders"), info.orders},
        {QStringLiteral("customers"), info.customers},
        {QStringLiteral("invoices"), info.invoices},
        {QStringLiteral("last_invoice_number"), orNull(info.lastInvoiceNumber)},
    };
}

QJsonObject backupList(const QString &folder, const QList<BackupInfo> &backups)
{
    QJsonArray array;
    for (const auto &info : backups)
        array.append(backup(info));
    return QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)}, {QStringLiteral("backups"), array}};
}

QJsonObject verifactuRecord(const VerifactuRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("issuer_nif"), r.issuerNif},
                       {QStringLiteral("chain_index"), r.chainIndex},
                       {QStringLiteral("kind"), r.kindKey()},
                       {QStringLiteral("invoice_number"), r.invoiceNumber},
                       {QStringLiteral("issue_date"), r.issueDate},
                       {QStringLiteral("invoice_type"), r.invoiceType},
                       {QStringLiteral("quota_total"), r.quotaTotal},
                       {QStringLiteral("amount_total"), r.amountTotal},
                       {QStringLiteral("previous_huella"), r.previousHuella},
                       {QStringLiteral("generated_at"), r.generatedAt},
                       {QStringLiteral("huella"), r.huella},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("state"), r.state},
                       {QStringLiteral("csv"), r.csv},
                       {QStringLiteral("error_code"), r.errorCode},
                       {QStringLiteral("error_text"), r.errorText},
                       {QStringLiteral("attempts"), r.attempts},
                       {QStringLiteral("last_attempt_at"),
                        r.lastAttemptAt ? QJsonValue(QDateTime::fromSecsSinceEpoch(*r.lastAttemptAt).toLocalTime().toString(Qt::ISODate))
                                        : QJsonValue()},
                       {QStringLiteral("corrects"), r.corrects ? QJsonValue(*r.corrects) : QJsonValue()}};
}

QJsonObject verifactuRecords(const QList<VerifactuRecord> &records, const QStringList &xmlFiles)
{
    QJsonArray array;
    for (const auto &r : records)
        array.append(verifactuRecord(r));
    QJsonObject json{{QStringLiteral("records"), array}};
    if (!xmlFiles.isEmpty())
        json.insert(QStringLiteral("xml_files"), QJsonArray::fromStringList(xmlFiles));
    return json;
}

QJsonObject verifactuAnnulled(const VerifactuRecord &record)
{
    return QJsonObject{{QStringLiteral("record"), verifactuRecord(record)}};
}

QJsonObject verifactuStatus(const VerifactuSettings &s, const QMap<QString, qint64> &countsByState)
{
    QJsonObject states;
    for (auto it = countsByState.cbegin(); it != countsByState.cend(); ++it)
        states.insert(it.key(), it.value());
    const bool sending = s.mode == VerifactuSettings::Mode::Verifactu;
    return QJsonObject{{QStringLiteral("mode"), sending ? QStringLiteral("verifactu") : QStringLiteral("no_verifactu")},
                       {QStringLiteral("environment"), s.production ? QStringLiteral("production") : QStringLiteral("test")},
                       {QStringLiteral("qr_base_url"), s.qrBaseUrl()},
                       {QStringLiteral("states"), states}};
}

} // namespace ordo::json
