#pragma once

#include "core/common/Result.h"
#include "core/workflow/WorkflowRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace ordo {

class Database;

// An edit of a process map, based on its newest version. Steps keep the id of the step they come
// from (0 for a new step); transitions and the first step refer to steps by index.
struct WorkflowEdit
{
    Id workflowId = 0;
    QList<Step> steps;
    QList<QPair<int, int>> transitions;
    int initialIndex = 0;
    QString note;
    // For each removed step that still holds open orders: the index of the step they go to.
    QHash<Id, int> destinations;
};

struct RemovedStep
{
    Id stepId = 0;
    QString name;
    qint64 openOrders = 0;
};

// Saves process-map edits as a new version. Orders under way move onto the new version in the same
// transaction: into the same step when it stays, into the chosen step when it goes, each move in
// the order's history. Closed orders keep the version they finished in.
class WorkflowEditor final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WorkflowEditor)

public:
    explicit WorkflowEditor(Database &db) : m_db(db) {}

    // The steps of the newest version that `edit` drops and that still hold open orders.
    Result<QList<RemovedStep>> removedStepsWithOrders(const WorkflowEdit &edit) const;
    // Returns the id of the new version.
    Result<Id> save(const WorkflowEdit &edit, const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
