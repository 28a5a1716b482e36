#pragma once

#include <QByteArray>
#include <QList>

#include <atomic>
#include <thread>

namespace ordo::test {

// A tiny SMTP server on 127.0.0.1 for one conversation at a time, in its own thread: it accepts
// AUTH PLAIN with one user and password, and keeps what it received. Enough to test a real client.
class FakeSmtpServer
{
public:
    FakeSmtpServer(QByteArray user, QByteArray password);
    ~FakeSmtpServer();

    int port() const { return m_port; }
    QByteArray message() const { return m_data; }
    QList<QByteArray> recipients() const { return m_recipients; }
    bool authenticated() const { return m_authenticated; }
    // Waits (up to two seconds) for the conversation to end.
    void wait();

private:
    void serve();

    QByteArray m_user;
    QByteArray m_password;
    int m_listen = -1;
    int m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_done{false};
    QByteArray m_data;
    QList<QByteArray> m_recipients;
    bool m_authenticated = false;
};

} // namespace ordo::test
