#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ordo {

// One window per database and user: a second `ordo` started on a database that is already open
// asks the running one to come to the front and quits, instead of opening another window (and a
// second sign-in, a second watcher, a second day's backup) on the same file.
//
// The running program listens on a local socket (a Unix socket in the temporary folder; a named
// pipe on Windows) whose name is made from the database's absolute path and the user's home, so two
// people of one computer, or two databases, never meet. Only this user may connect. A socket left
// behind by a program that crashed answers nobody: it is removed and taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket's name for this database.
    static QString serverName(const QString &databasePath);

    // Asks an Ordo already running on `databasePath` to come to the front. True when one answered
    // within `timeoutMs` (this program then has nothing to do). Nobody listening is known at once;
    // the wait is for a running Ordo still busy opening its database before its event loop answers.
    static bool activateRunning(const QString &databasePath, int timeoutMs = 15000);

    // Answers for `databasePath` from now on (and no longer for the database before). False when the
    // socket could not be made; Ordo then works as before, only without this.
    bool listen(const QString &databasePath);
    QString listening() const;

signals:
    // Another start asked for this database: bring the window to the front.
    void activationRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
};

} // namespace ordo
