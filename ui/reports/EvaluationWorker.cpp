#include "ui/reports/EvaluationWorker.h"

#include "ui/common/ReadWorker.h"
#include "core/storage/Database.h"

namespace ordo {

namespace {

// The request's figures, on the worker's connection.
EvaluationResult evaluate(const EvaluationRequest &request, Result<Database *> db)
{
    EvaluationResult out;
    if (!db) {
        out.error = db.error().message;
        return out;
    }
    ProcessEvaluator evaluator(**db);
    auto a = evaluator.evaluate(request.versionA, {}, request.since);
    if (!a) {
        out.error = a.error().message;
        return out;
    }
    out.a = std::move(*a);
    if (request.comparing) {
        auto b = evaluator.evaluate(request.versionB, {}, request.since);
        if (!b) {
            out.error = b.error().message;
            return out;
        }
        out.b = std::move(*b);
    }
    out.comparing = request.comparing;
    return out;
}

} // namespace

EvaluationWorker::EvaluationWorker(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new ReadWorker(databasePath, QStringLiteral("ordo-evaluation"), this))
{
}

EvaluationWorker::~EvaluationWorker()
{
    delete m_worker;  // stopped and joined before this object's signal can no longer be emitted
}

void EvaluationWorker::request(const EvaluationRequest &request)
{
    m_worker->request([this, request](Result<Database *> db, const std::atomic<bool> &) -> ReadWorker::Delivery {
        return [this, result = evaluate(request, db)] { emit evaluated(result); };
    });
}

} // namespace ordo
