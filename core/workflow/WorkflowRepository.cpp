#include "core/workflow/WorkflowRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

namespace ordo {

namespace {

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QList<WorkflowSummary>> WorkflowRepository::list() const
{
    auto q = m_db.run(QStringLiteral(
        "SELECT w.id, w.name, w.job_type, v.id, v.version FROM workflows w "
        "JOIN workflow_versions v ON v.workflow_id = w.id "
        "WHERE w.active = 1 AND v.version = (SELECT max(version) FROM workflow_versions WHERE workflow_id = w.id) "
        "ORDER BY w.id"));
    if (!q)
        return q.error();
    QList<WorkflowSummary> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toLongLong(), q->value(4).toInt()});
    return result;
}

Result<WorkflowVersion> WorkflowRepository::version(Id versionId) const
{
    // A map version with its steps and moves, read again only when a map changed (moving an order
    // reads it several times).
    return m_db.kept<WorkflowVersion>(QStringLiteral("workflows"), QStringLiteral("workflow.version.%1").arg(versionId),
                                      [&] { return read(versionId); });
}

Result<WorkflowVersion> WorkflowRepository::read(Id versionId) const
{
    auto head = m_db.run(QStringLiteral(
        "SELECT v.id, v.workflow_id, w.name, w.job_type, v.version, v.initial_step_id "
        "FROM workflow_versions v JOIN workflows w ON w.id = v.workflow_id WHERE v.id = ?"),
        {versionId});
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::NotFound, tr("The process map version %1 does not exist.").arg(versionId));

    WorkflowVersion wf;
    wf.id = head->value(0).toLongLong();
    wf.workflowId = head->value(1).toLongLong();
    wf.workflowName = head->value(2).toString();
    wf.jobType = head->value(3).toString();
    wf.version = head->value(4).toInt();
    wf.initialStepId = head->value(5).toLongLong();

    auto steps = m_db.run(QStringLiteral(
        "SELECT id, position, name, kind, responsible_role, responsible_staff_id, target_minutes, handler, wip_limit, exit_requires "
        "FROM steps WHERE workflow_version_id = ? ORDER BY position"),
        {versionId});
    if (!steps)
        return steps.error();
    while (steps->next()) {
        Step s;
        s.id = steps->value(0).toLongLong();
        s.position = steps->value(1).toInt();
        s.name = steps->value(2).toString();
        s.kind = stepKindFromKey(steps->value(3).toString()).value_or(StepKind::Open);
        if (!steps->value(4).isNull())
            s.responsibleRole = roleFromKey(steps->value(4).toString());
        if (!steps->value(5).isNull())
            s.responsibleStaffId = steps->value(5).toLongLong();
        if (!steps->value(6).isNull())
            s.targetMinutes = steps->value(6).toLongLong();
        s.handler = stepHandlerFromKey(steps->value(7).toString()).value_or(StepHandler::Manual);
        if (!steps->value(8).isNull())
            s.wipLimit = steps->value(8).toInt();
        s.exitRequires = exitRequirementFromKey(steps->value(9).toString());
        wf.steps.append(s);
    }

    auto transitions = m_db.run(
        QStringLiteral("SELECT from_step_id, to_step_id FROM transitions WHERE workflow_version_id = ? ORDER BY id"),
        {versionId});
    if (!transitions)
        return transitions.error();
    while (transitions->next())
        wf.transitions.append({transitions->value(0).toLongLong(), transitions->value(1).toLongLong()});
    return wf;
}

Result<WorkflowVersion> WorkflowRepository::latest(Id workflowId) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM workflow_versions WHERE workflow_id = ? "
                                         "ORDER BY version DESC LIMIT 1"),
                          {workflowId});
    if (!id) {
        if (id.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, tr("The process map %1 does not exist.").arg(workflowId));
        return id.error();
    }
    return version(id->toLongLong());
}

Result<WorkflowVersion> WorkflowRepository::defaultLatest() const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM workflows WHERE active = 1 ORDER BY id LIMIT 1"));
    if (!id) {
        if (id.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, tr("The company has no process map yet."));
        return id.error();
    }
    return latest(id->toLongLong());
}

Result<Id> WorkflowRepository::insertVersion(Id workflowId, const WorkflowDraft &draft, const Actor &by) const
{
    Q_ASSERT(m_db.inTransaction());
    if (draft.steps.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A process map needs at least one step."));
    if (draft.initialIndex < 0 || draft.initialIndex >= draft.steps.size())
        return makeError(ErrorCode::Invalid, tr("The first step of the process map is not one of its steps."));

    const qint64 now = Clock::nowSecs();
    if (workflowId == 0) {
        auto id = m_db.scalar(QStringLiteral("INSERT INTO workflows (name, job_type, created_at) VALUES (?, ?, ?) RETURNING id"),
                              {draft.name, draft.jobType, now});
        if (!id)
            return id.error();
        workflowId = id->toLongLong();
    }
    auto next = m_db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM workflow_versions WHERE workflow_id = ?"),
                            {workflowId});
    if (!next)
        return next.error();
    auto versionId = m_db.scalar(QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, created_at, created_by, note) "
                                                "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                 {workflowId, next->toInt(), now, by.name, draft.note});
    if (!versionId)
        return versionId.error();

    QList<Id> stepIds;
    int position = 0;
    for (const auto &s : draft.steps) {
        auto id = m_db.scalar(
            QStringLiteral("INSERT INTO steps (workflow_version_id, position, name, kind, responsible_role, "
                           "responsible_staff_id, target_minutes, handler, wip_limit, exit_requires) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {*versionId, position++, s.name.trimmed(), toKey(s.kind),
             s.responsibleRole ? QVariant(toKey(*s.responsibleRole)) : QVariant(QMetaType::fromType<QString>()),
             nullable(s.responsibleStaffId), nullable(s.targetMinutes), toKey(s.handler),
             s.wipLimit ? QVariant(*s.wipLimit) : QVariant(QMetaType::fromType<int>()), toKey(s.exitRequires)});
        if (!id) {
            if (id.error().message.contains(QLatin1String("UNIQUE")))
                return makeError(ErrorCode::Invalid, tr("Two steps are called “%1”; each step needs its own name.").arg(s.name));
            return id.error();
        }
        stepIds.append(id->toLongLong());
    }
    for (const auto &[from, to] : draft.transitions) {
        if (from < 0 || to < 0 || from >= stepIds.size() || to >= stepIds.size() || from == to)
            return makeError(ErrorCode::Invalid, tr("A transition of the process map joins steps that do not exist."));
        auto r = m_db.run(QStringLiteral("INSERT INTO transitions (workflow_version_id, from_step_id, to_step_id) VALUES (?, ?, ?)"),
                          {*versionId, stepIds[from], stepIds[to]});
        if (!r)
            return r.error();
    }
    auto r = m_db.run(QStringLiteral("UPDATE workflow_versions SET initial_step_id = ? WHERE id = ?"),
                      {stepIds[draft.initialIndex], *versionId});
    if (!r)
        return r.error();
    return versionId->toLongLong();
}

Result<QString> WorkflowRepository::stepName(Id stepId) const
{
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM steps WHERE id = ?"), {stepId});
    if (!name)
        return name.error();
    return name->toString();
}

} // namespace ordo
