#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

struct WorkflowSummary
{
    Id id = 0;
    QString name;
    QString jobType;
    Id latestVersionId = 0;
    int latestVersion = 0;
};

// A new version of a process map, before it has ids. Transitions refer to steps by their index in
// `steps`; the first step is where new orders start unless initialIndex says otherwise.
struct WorkflowDraft
{
    QString name;
    QString jobType;
    QList<Step> steps;
    QList<QPair<int, int>> transitions;
    int initialIndex = 0;
    QString note;
};

// Reads and writes process maps. Versions are immutable once written; an edit is a new version.
class WorkflowRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WorkflowRepository)

public:
    explicit WorkflowRepository(Database &db) : m_db(db) {}

    Result<QList<WorkflowSummary>> list() const;
    Result<WorkflowVersion> version(Id versionId) const;
    // The name of a step of any version (an order on an older version is shown in the newest's step of that name).
    Result<QString> stepName(Id stepId) const;
    // The newest version of the company's first active workflow: where new orders go by default.
    Result<WorkflowVersion> defaultLatest() const;
    Result<WorkflowVersion> latest(Id workflowId) const;

    // Writes a draft as the next version of workflowId (0 creates a new workflow). Call inside a transaction.
    Result<Id> insertVersion(Id workflowId, const WorkflowDraft &draft, const Actor &by) const;

private:
    Result<WorkflowVersion> read(Id versionId) const;

    Database &m_db;
};

} // namespace ordo
