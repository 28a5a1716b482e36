#pragma once

#include "domain/Types.h"
#include "reports/ProcessEvaluation.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace ordo {

class Database;

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

// The process evaluation's worker: one thread for the life of its page, with a read-only connection
// of its own (opened on the first request, kept for the next ones). A long history takes seconds, so
// only the latest request counts: a new one stops the one running (the connection's stop flag) and
// replaces any still waiting. Destroying the worker stops it and joins its thread.
class EvaluationWorker final : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationWorker(QString databasePath, QObject *parent = nullptr);
    ~EvaluationWorker() override;

    void request(const EvaluationRequest &request);

signals:
    // In the thread that owns the worker, for the latest request only.
    void evaluated(const ordo::EvaluationResult &result);

private:
    struct Job
    {
        quint64 generation = 0;
        EvaluationRequest request;
    };
    void run();
    // The job's figures, on the worker's connection (opened when there is none yet).
    EvaluationResult evaluate(const EvaluationRequest &request, std::unique_ptr<Database> &db);

    const QString m_path;
    std::unique_ptr<QThread> m_thread;
    quint64 m_latest = 0;               // owner's thread only

    std::mutex m_mutex;                 // guards the three below
    std::condition_variable m_wake;
    std::optional<Job> m_pending;
    bool m_quit = false;
    std::atomic<bool> m_stop{false};    // set under the mutex by a newer request or on destruction
};

} // namespace ordo
