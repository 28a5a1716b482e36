#include "HandlerThread.h"

#include "WebApp.h"

#include <QElapsedTimer>
#include <QTimer>

namespace ordo::server {

HandlerThread::HandlerThread(Build build, QObject *parent) : QThread(parent), m_build(std::move(build)) {}

HandlerThread::~HandlerThread()
{
    if (isRunning()) {
        quit();
        wait();
    }
}

bool HandlerThread::startHandlers(QString *error)
{
    start();
    m_ready.acquire();
    if (m_handlers)
        return true;
    wait();
    if (error)
        *error = m_error;
    return false;
}

void HandlerThread::run()
{
    QObject inbox;
    m_handlers = m_build(&m_error);
    m_inbox = &inbox;
    m_ready.release();
    if (!m_handlers)
        return;
    const std::function<bool()> requestWaiting = [this] { return m_pending.load(std::memory_order_relaxed) > 0; };
    const auto upkeep = [this, &requestWaiting]() {
        if (!requestWaiting())
            m_handlers->idle(requestWaiting);
    };
    QTimer idle;
    QObject::connect(&idle, &QTimer::timeout, &inbox, upkeep);
    idle.start(1000);   // the "about once a second" of Handlers::idle()
    QTimer::singleShot(0, &inbox, upkeep);   // and once at the start: what other programs left to do
    exec();
    // Everything the handlers opened (their database connection) goes in the thread that opened it.
    m_handlers.reset();
    m_inbox = nullptr;
}

void HandlerThread::post(WebRequest request, QObject *context, Done done)
{
    m_pending.fetch_add(1, std::memory_order_relaxed);
    // `context` outlives this thread (the front end stops its threads before it goes).
    QMetaObject::invokeMethod(
        m_inbox,
        [this, request = std::move(request), context, done = std::move(done)]() {
            QElapsedTimer timer;
            timer.start();
            const WebResponse response = m_handlers->app().handle(request);
            const qint64 workNs = timer.nsecsElapsed();
            m_pending.fetch_sub(1, std::memory_order_relaxed);
            QMetaObject::invokeMethod(context, [done, response, workNs]() { done(response, workNs); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace ordo::server
