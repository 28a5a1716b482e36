#pragma once

#include "WebTypes.h"

#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace ordo::server {

class WebApp;

// What one thread answers requests with: its WebApp and everything the WebApp's handlers use (its
// own database connection, the booking site...), made, used and destroyed in that thread.
class Handlers
{
public:
    virtual ~Handlers() = default;
    virtual const WebApp &app() const = 0;
    // Called in the thread when it starts and then about once a second while no request waits for
    // it: upkeep that must not run inside a request (the writer merges the search indexes' pieces).
    // Work in short steps and stop as soon as `requestWaiting()` says a request came: it waits for
    // the step in hand.
    virtual void idle(const std::function<bool()> &requestWaiting) { (void)requestWaiting; }

    // Group commit: requests for which this says yes (the bookings), when several wait together,
    // are answered inside one commit group (see Database::beginGroup): beginGroup(), then each
    // request's handler, then commitGroup(). false from beginGroup(): each alone, as usual. false
    // from commitGroup(): nothing of any of them was saved, and each is answered so.
    virtual bool groupable(const WebRequest &request) const { (void)request; return false; }
    virtual bool beginGroup() { return false; }
    virtual bool commitGroup() { return false; }
};

// A thread that answers requests with handlers of its own, one request at a time, so that a booking
// being written does not hold up the pages being read (each thread has its own database
// connection: SQLite's WAL lets them read while another writes). Requests wait in arrival order;
// groupable ones that wait together (up to MaxGroup) are answered in one commit group, and their
// answers go out once it is committed.
class HandlerThread final : public QThread
{
    Q_OBJECT

public:
    // Makes the thread's handlers, in the thread; null with `error` set when it cannot.
    using Build = std::function<std::unique_ptr<Handlers>(QString *error)>;
    // What to do with the answer, called in the thread of the `context` given to post(): the
    // response and how long the handlers took, in nanoseconds.
    using Done = std::function<void(const WebResponse &response, qint64 workNs)>;

    explicit HandlerThread(Build build, QObject *parent = nullptr);
    // Stops the thread after the requests already posted.
    ~HandlerThread() override;

    // Starts the thread and waits for its handlers; false with `error` (translated) when they could not be made.
    bool startHandlers(QString *error);
    // Answers `request` in this thread, then calls `done` in `context`'s thread (`context` must outlive this thread).
    void post(WebRequest request, QObject *context, Done done);
    // Requests posted and not answered yet.
    int pending() const { return m_pending.load(std::memory_order_relaxed); }

    // The most requests one commit group takes: the first of them waits for all the others' work.
    static constexpr int MaxGroup = 32;

protected:
    void run() override;

private:
    struct Waiting
    {
        WebRequest request;
        QObject *context = nullptr;
        Done done;
    };
    // Answers the requests waiting now: the first alone, or with the groupable ones right after it.
    void answerNext();

    Build m_build;
    std::unique_ptr<Handlers> m_handlers;
    QObject *m_inbox = nullptr;   // lives in this thread while it runs
    QString m_error;
    QSemaphore m_ready;
    std::atomic<int> m_pending{0};
    QMutex m_queueMutex;
    std::deque<Waiting> m_queue;   // guarded by m_queueMutex
    bool m_answering = false;      // guarded by m_queueMutex: answerNext() is posted or running
};

} // namespace ordo::server
