#include "ui/common/ReadWorker.h"

#include "core/storage/Database.h"

#include <QThread>

namespace ordo {

ReadWorker::ReadWorker(QString databasePath, const QString &threadName, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(threadName);
    m_thread->start();
}

ReadWorker::~ReadWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_pending.reset();
        m_stop = true;
    }
    m_wake.notify_one();
    // The connection is closed in the worker's thread, before the database drivers go. A delivery
    // posted meanwhile goes with this object: Qt drops the events of a deleted receiver.
    m_thread->wait();
}

void ReadWorker::request(Work work)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = Job{++m_latest, std::move(work)};
        m_stop = true;  // the work running, if any, is no longer wanted
    }
    m_wake.notify_one();
}

void ReadWorker::run()
{
    std::unique_ptr<Database> db;
    QString openError;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || m_pending.has_value(); });
            if (m_quit)
                break;
            job = std::move(*std::exchange(m_pending, std::nullopt));
            m_stop = false;
        }
        if (!db) {
            // Opened again at the next request when it failed: the file may be back by then.
            auto opened = Database::open(m_path, Database::OpenMode::ReadOnly);
            if (opened) {
                db = std::move(*opened);
                db->setStopFlag(&m_stop);
            } else {
                openError = opened.error().message;
            }
        }
        Delivery delivery = db ? job.work(db.get(), m_stop) : job.work(makeError(ErrorCode::Storage, openError), m_stop);
        if (!delivery || m_stop)
            continue;
        // In the owner's thread; a result overtaken by a newer request is dropped there.
        QMetaObject::invokeMethod(
            this,
            [this, generation = job.generation, delivery = std::move(delivery)] {
                if (generation == m_latest)
                    delivery();
            },
            Qt::QueuedConnection);
    }
}

} // namespace ordo
