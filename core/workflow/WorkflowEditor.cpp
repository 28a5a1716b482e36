#include "core/workflow/WorkflowEditor.h"

#include "core/common/Authorization.h"

#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/storage/Database.h"
#include "core/workflow/Responsibility.h"

#include <QSet>

namespace ordo {

namespace {

QSet<Id> keptOrigins(const WorkflowEdit &edit)
{
    QSet<Id> kept;
    for (const auto &s : edit.steps)
        if (s.id)
            kept.insert(s.id);
    return kept;
}

} // namespace

Result<QList<RemovedStep>> WorkflowEditor::removedStepsWithOrders(const WorkflowEdit &edit) const
{
    auto current = WorkflowRepository(m_db).latest(edit.workflowId);
    if (!current)
        return current.error();
    const QSet<Id> kept = keptOrigins(edit);
    QList<RemovedStep> removed;
    for (const auto &s : current->steps) {
        if (kept.contains(s.id))
            continue;
        auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM work_orders WHERE step_id = ? AND is_open = 1"), {s.id});
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            removed.append({s.id, s.name, n->toLongLong()});
    }
    return removed;
}

Result<Id> WorkflowEditor::save(const WorkflowEdit &edit, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditMap); !allowed)
        return allowed.error();
    Id newVersionId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        WorkflowRepository repo(m_db);
        auto current = repo.latest(edit.workflowId);
        if (!current)
            return current.error();
        auto removed = removedStepsWithOrders(edit);
        if (!removed)
            return removed.error();
        for (const auto &r : *removed) {
            const int target = edit.destinations.value(r.stepId, -1);
            if (target < 0 || target >= edit.steps.size())
                return makeError(ErrorCode::Invalid, tr("%n open order(s) are in “%1”, which is being removed: choose "
                                                        "the step where they go.", nullptr, static_cast<int>(r.openOrders))
                                                         .arg(r.name));
        }

        WorkflowDraft draft;
        draft.name = current->workflowName;
        draft.jobType = current->jobType;
        draft.steps = edit.steps;
        draft.transitions = edit.transitions;
        draft.initialIndex = edit.initialIndex;
        draft.note = edit.note;
        auto versionId = repo.insertVersion(edit.workflowId, draft, by);
        if (!versionId)
            return versionId.error();
        newVersionId = *versionId;
        auto next = repo.version(newVersionId);
        if (!next)
            return next.error();

        // Where each old step's orders go: the same step (by origin), or the chosen destination.
        QHash<Id, Id> target;
        for (int i = 0; i < edit.steps.size(); ++i)
            if (edit.steps[i].id)
                target.insert(edit.steps[i].id, next->steps[i].id);
        for (auto it = edit.destinations.cbegin(); it != edit.destinations.cend(); ++it)
            if (it.value() >= 0 && it.value() < next->steps.size())
                target.insert(it.key(), next->steps[it.value()].id);

        auto open = m_db.run(QStringLiteral("SELECT o.id, o.step_id, o.assignee_id, o.responsible_id, s.name FROM work_orders o "
                                            "JOIN steps s ON s.id = o.step_id WHERE o.is_open = 1 AND o.workflow_version_id IN "
                                            "(SELECT id FROM workflow_versions WHERE workflow_id = ? AND id <> ?)"),
                             {edit.workflowId, newVersionId});
        if (!open)
            return open.error();
        struct Row
        {
            Id id;
            Id stepId;
            std::optional<Id> assignee;
            std::optional<Id> responsible;
            QString stepName;
        };
        QList<Row> rows;
        while (open->next())
            rows.append({open->value(0).toLongLong(), open->value(1).toLongLong(),
                         open->value(2).isNull() ? std::nullopt : std::optional<Id>(open->value(2).toLongLong()),
                         open->value(3).isNull() ? std::nullopt : std::optional<Id>(open->value(3).toLongLong()),
                         open->value(4).toString()});

        const qint64 at = Clock::nowSecs();
        const QString versionText = QString::number(next->version);
        for (const Row &row : rows) {
            Id to = target.value(row.stepId, 0);
            if (!to) {
                // An order still on an older version: the step of the same name, else the first step.
                const Step *same = next->stepNamed(row.stepName);
                to = same ? same->id : next->initialStepId;
            }
            const Step *toStep = next->step(to);
            const bool moved = toStep->name != row.stepName;
            std::optional<Id> responsible = row.responsible;
            if (moved) {
                auto r = resolveResponsible(m_db, *toStep, row.assignee, row.responsible);
                if (!r)
                    return r.error();
                responsible = *r;
            }
            auto u = m_db.run(QStringLiteral("UPDATE work_orders SET workflow_version_id = ?, step_id = ?, is_open = ?, "
                                             "responsible_id = ?, step_entered_at = CASE WHEN ? = 1 THEN ? ELSE step_entered_at END, "
                                             "updated_at = ?, version = version + 1 WHERE id = ?"),
                              {newVersionId, to, isActive(toStep->kind) ? 1 : 0,
                               responsible ? QVariant(*responsible) : QVariant(QMetaType::fromType<qint64>()),
                               moved ? 1 : 0, at, at, row.id});
            if (!u)
                return u.error();
            eventlog::Entry e = moved
                ? eventlog::Entry{row.id, by, EventKind::StepMoved, QStringLiteral("step"), row.stepName, toStep->name,
                                  row.stepId, to, {}, {{QStringLiteral("reason"), QStringLiteral("step_removed")}}}
                : eventlog::Entry{row.id, by, EventKind::FieldChanged, QStringLiteral("workflow_version"), {}, versionText,
                                  std::nullopt, std::nullopt, {}};
            if (auto logged = eventlog::append(m_db, e, at); !logged)
                return logged.error();
        }
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceWorkflow(edit.workflowId);
    m_db.notifier().announceOrdersReset();
    return newVersionId;
}

} // namespace ordo
