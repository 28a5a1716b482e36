#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace ordo {

class Database;

// One reading thread for the life of its owner (a model, a page), with a read-only connection of its
// own, opened on the first request and kept for the next ones (qBittorrent's resume storage works
// the same way). Only the latest request counts: a new one stops the one running and replaces any
// still waiting. The stop flag is the connection's (a long statement fails soon after it is set) and
// the work's, to check between its pieces. Destroying the worker stops it and joins its thread, so
// nothing of it outlives its owner or the program's database drivers.
class ReadWorker final : public QObject
{
public:
    // Runs in the owner's thread once the work is done, unless a newer request was made meanwhile.
    using Delivery = std::function<void()>;
    // Runs in the worker's thread on its connection (or with the error that kept it from opening).
    // It must not touch its owner: what it found goes back in the Delivery it returns.
    using Work = std::function<Delivery(Result<Database *> db, const std::atomic<bool> &stop)>;

    // threadName: what a debugger or `top -H` shows.
    ReadWorker(QString databasePath, const QString &threadName, QObject *parent = nullptr);
    ~ReadWorker() override;
    Q_DISABLE_COPY_MOVE(ReadWorker)

    void request(Work work);

private:
    struct Job
    {
        quint64 generation = 0;
        Work work;
    };
    void run();

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
