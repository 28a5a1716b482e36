#include "support/FakeSmtpServer.h"

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace ordo::test {

FakeSmtpServer::FakeSmtpServer(QByteArray user, QByteArray password)
    : m_user(std::move(user)), m_password(std::move(password))
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(m_listen, 1);
    socklen_t length = sizeof address;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

FakeSmtpServer::~FakeSmtpServer()
{
    m_done = true;
    ::shutdown(m_listen, SHUT_RDWR);
    ::close(m_listen);
    if (m_thread.joinable())
        m_thread.join();
}

void FakeSmtpServer::wait()
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (!m_done && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

void FakeSmtpServer::serve()
{
    pollfd waiting{m_listen, POLLIN, 0};
    if (::poll(&waiting, 1, 10000) <= 0) {
        m_done = true;
        return;
    }
    const int client = ::accept(m_listen, nullptr, nullptr);
    if (client < 0) {
        m_done = true;
        return;
    }
    auto say = [&](const char *line) { (void)::send(client, line, std::strlen(line), MSG_NOSIGNAL); };
    QByteArray buffer;
    auto readLine = [&]() -> QByteArray {
        while (!buffer.contains("\r\n")) {
            char chunk[4096];
            pollfd ready{client, POLLIN, 0};
            if (::poll(&ready, 1, 5000) <= 0)
                return {};
            const ssize_t n = ::recv(client, chunk, sizeof chunk, 0);
            if (n <= 0)
                return {};
            buffer.append(chunk, static_cast<int>(n));
        }
        const qsizetype end = buffer.indexOf("\r\n");
        const QByteArray line = buffer.left(end);
        buffer.remove(0, end + 2);
        return line;
    };
    say("220 localhost Fake SMTP\r\n");
    bool inData = false;
    for (QByteArray line = readLine(); !m_done; line = readLine()) {
        if (line.isNull())
            break;
        if (inData) {
            if (line == ".") {
                inData = false;
                say("250 OK queued\r\n");
            } else {
                m_data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            }
            continue;
        }
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
            say("250-localhost\r\n250-AUTH PLAIN\r\n250 SIZE 10000000\r\n");
        } else if (upper.startsWith("AUTH PLAIN")) {
            QByteArray credentials = line.mid(10).trimmed();
            if (credentials.isEmpty()) {
                say("334 \r\n");
                credentials = readLine();
            }
            const QByteArray expected = QByteArray(1, '\0') + m_user + QByteArray(1, '\0') + m_password;
            if (QByteArray::fromBase64(credentials) == expected) {
                m_authenticated = true;
                say("235 2.7.0 Authentication successful\r\n");
            } else {
                say("535 5.7.8 Authentication credentials invalid\r\n");
            }
        } else if (upper.startsWith("MAIL FROM")) {
            say(m_authenticated || m_user.isEmpty() ? "250 OK\r\n" : "530 5.7.0 Authentication required\r\n");
        } else if (upper.startsWith("RCPT TO")) {
            m_recipients << line.mid(8).trimmed();
            say("250 OK\r\n");
        } else if (upper == "DATA") {
            inData = true;
            say("354 End data with <CR><LF>.<CR><LF>\r\n");
        } else if (upper == "QUIT") {
            say("221 Bye\r\n");
            break;
        } else {
            say("250 OK\r\n");
        }
    }
    ::close(client);
    m_done = true;
}

} // namespace ordo::test
