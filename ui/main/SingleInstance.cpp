#include "ui/main/SingleInstance.h"

#include "core/common/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace ordo {

namespace {

// What a start says, and what the running program answers once its window is on its way up.
constexpr char Request[] = "ordo-activate 1\n";
constexpr char Reply[] = "ok\n";

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &databasePath)
{
    // The same file however it was named (relative, with "..", through a link when it exists).
    const QFileInfo info(databasePath);
    QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    path = path.toLower();  // C:\Ordo and c:\ordo are one file there
#endif
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QDir::homePath().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    // Short: a Unix socket's whole path must fit in 108 bytes.
    return QStringLiteral("ordo-") + QString::fromLatin1(hash.result().toHex().left(24));
}

bool SingleInstance::activateRunning(const QString &databasePath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(databasePath));
    if (!socket.waitForConnected(timeoutMs))
        return false;  // nobody, or a socket left by a crash
    socket.write(Request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    return reply == Reply;
}

bool SingleInstance::listen(const QString &databasePath)
{
    const QString name = serverName(databasePath);
    if (m_server && m_server->serverName() == name)
        return true;
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    if (!m_server->listen(name)) {
        // Someone else is there after all (started at the same moment): leave it be. Otherwise the
        // name is a socket file left behind by a program that ended without closing it.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500)) {
            qCInfo(logUi).noquote() << "Another Ordo answers for" << databasePath;
            delete m_server;
            m_server = nullptr;
            return false;
        }
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            qCWarning(logUi).noquote() << "Cannot answer other starts of Ordo on" << databasePath << ":" << m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    qCInfo(logUi).noquote() << "Answering other starts of Ordo on" << databasePath << "as" << m_server->fullServerName();
    return true;
}

QString SingleInstance::listening() const
{
    return m_server ? m_server->serverName() : QString();
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine(64) != QByteArray(Request)) {
                socket->disconnectFromServer();
                return;
            }
            qCInfo(logUi) << "Another start of Ordo on this database: bringing the window to the front";
            emit activationRequested();
            socket->write(Reply);
            socket->flush();
        });
    }
}

} // namespace ordo
