#include "reports/EvaluationWorker.h"

#include "storage/Database.h"

#include <QThread>

namespace ordo {

EvaluationWorker::EvaluationWorker(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ordo-evaluation"));
    m_thread->start();
}

EvaluationWorker::~EvaluationWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_pending.reset();
        m_stop = true;
    }
    m_wake.notify_one();
    // The connection is closed in the worker's thread, before the database drivers go.
    m_thread->wait();
}

void EvaluationWorker::request(const EvaluationRequest &request)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = Job{++m_latest, request};
        m_stop = true;  // the evaluation running, if any, is no longer wanted
    }
    m_wake.notify_one();
}

void EvaluationWorker::run()
{
    std::unique_ptr<Database> db;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || m_pending.has_value(); });
            if (m_quit)
                break;
            job = *std::exchange(m_pending, std::nullopt);
            m_stop = false;
        }
        EvaluationResult result = evaluate(job.request, db);
        // Delivered in the owner's thread; a result overtaken by a newer request is dropped there.
        QMetaObject::invokeMethod(
            this,
            [this, generation = job.generation, result = std::move(result)] {
                if (generation == m_latest)
                    emit evaluated(result);
            },
            Qt::QueuedConnection);
    }
}

EvaluationResult EvaluationWorker::evaluate(const EvaluationRequest &request, std::unique_ptr<Database> &db)
{
    EvaluationResult out;
    if (!db) {
        auto opened = Database::open(m_path, Database::OpenMode::ReadOnly);
        if (!opened) {
            out.error = opened.error().message;
            return out;
        }
        db = std::move(*opened);
        db->setStopFlag(&m_stop);
    }
    ProcessEvaluator evaluator(*db);
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

} // namespace ordo
