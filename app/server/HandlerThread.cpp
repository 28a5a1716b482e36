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
    bool wake = false;
    {
        QMutexLocker lock(&m_queueMutex);
        m_queue.push_back(Waiting{std::move(request), context, std::move(done)});
        wake = !m_answering;
        m_answering = true;
    }
    if (wake)
        QMetaObject::invokeMethod(m_inbox, [this]() { answerNext(); }, Qt::QueuedConnection);
}

void HandlerThread::answerNext()
{
    std::vector<Waiting> taken;
    {
        QMutexLocker lock(&m_queueMutex);
        if (m_queue.empty()) {
            m_answering = false;
            return;
        }
        taken.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
        if (m_handlers->groupable(taken.front().request))
            while (!m_queue.empty() && taken.size() < size_t(MaxGroup) && m_handlers->groupable(m_queue.front().request)) {
                taken.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
    }
    const bool grouped = taken.size() > 1 && m_handlers->beginGroup();
    std::vector<WebResponse> responses;
    std::vector<qint64> workNs;
    responses.reserve(taken.size());
    for (const Waiting &w : taken) {
        QElapsedTimer timer;
        timer.start();
        responses.push_back(m_handlers->app().handle(w.request));
        workNs.push_back(timer.nsecsElapsed());
    }
    if (grouped) {
        QElapsedTimer timer;
        timer.start();
        const bool saved = m_handlers->commitGroup();
        const qint64 commitNs = timer.nsecsElapsed();
        for (size_t i = 0; i < taken.size(); ++i) {
            if (!saved)
                responses[i] = m_handlers->app().notSaved(taken[i].request);
            workNs[i] += commitNs;   // each waited for the commit that saved it
        }
    }
    for (size_t i = 0; i < taken.size(); ++i) {
        m_pending.fetch_sub(1, std::memory_order_relaxed);
        QMetaObject::invokeMethod(
            taken[i].context, [done = std::move(taken[i].done), response = std::move(responses[i]), ns = workNs[i]]() { done(response, ns); },
            Qt::QueuedConnection);
    }
    // The next ones in a later turn of the event loop: the idle timer keeps its chance.
    QMetaObject::invokeMethod(m_inbox, [this]() { answerNext(); }, Qt::QueuedConnection);
}

} // namespace ordo::server
