#pragma once

#include "core/domain/Types.h"
#include "core/reports/ProcessEvaluation.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ordo {

class ReadWorker;

struct EvaluationRequest
{
    Id versionA = 0;
    Id versionB = 0;                   // read only when comparing
    bool comparing = false;
    std::optional<qint64> since;       // only orders received from then on
};

struct EvaluationResult
{
    ProcessEvaluation a;
    ProcessEvaluation b;
    bool comparing = false;
    QString error;
};

// The process evaluation's worker: one ReadWorker for the life of its page. A long history takes
// seconds, so only the latest request counts: a new one stops the one running and replaces any
// still waiting. Destroying the worker stops it and joins its thread.
class EvaluationWorker final : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationWorker(const QString &databasePath, QObject *parent = nullptr);
    ~EvaluationWorker() override;

    void request(const EvaluationRequest &request);

signals:
    // In the thread that owns the worker, for the latest request only.
    void evaluated(const ordo::EvaluationResult &result);

private:
    ReadWorker *m_worker;
};

} // namespace ordo
