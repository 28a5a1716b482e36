// Two `ordo` processes on one database (issue 22): the second brings the first one's window to the
// front and ends; another database, or a socket left by a killed Ordo, never stops a start.

#include "support/ProcessRun.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

using ordo::test::Run;

namespace {

// Each desktop offscreen, its sockets in a folder of this test's own.
QProcessEnvironment desktopEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TMPDIR"), dir.path());
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));  // never to the journal
    return env;
}

struct Desktop
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString err;

    // Reads stderr until `text` appears (the program logs what it does there), or it ends, or 60 s.
    bool waitFor(const QString &text)
    {
        while (!err.contains(text)) {
            if (process->state() == QProcess::NotRunning)
                return false;
            if (!process->waitForReadyRead(60000) && process->state() == QProcess::Running)
                return false;
            err += QString::fromUtf8(process->readAllStandardError());
        }
        return true;
    }
    ~Desktop()
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
};

std::unique_ptr<Desktop> start(const QTemporaryDir &dir, const QString &database)
{
    auto d = std::make_unique<Desktop>();
    d->process->setProcessEnvironment(desktopEnvironment(dir));
    d->process->setReadChannel(QProcess::StandardError);  // what waitForReadyRead waits for
    d->process->start(QStringLiteral(ORDO_DESKTOP_PATH), {QStringLiteral("--database"), database});
    REQUIRE(d->process->waitForStarted(30000));
    return d;
}

void demo(const QString &path)
{
    const Run made = ordo::test::runProgram(QStringLiteral(ORDO_CLI_PATH),
                                            {QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--size"),
                                             QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
}

const QString Listening = QStringLiteral("Answering other starts of Ordo on");
const QString Raised = QStringLiteral("bringing the window to the front");

} // namespace

TEST_CASE("a second ordo on the same database brings the first one's window to the front and ends", "[single-instance]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    demo(path);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));

    auto first = start(dir, path);
    INFO(first->err.toStdString());
    REQUIRE(first->waitFor(Listening));

    // The same file by another name: relative to another folder, through "..".
    QProcess second;
    second.setProcessEnvironment(desktopEnvironment(dir));
    second.setWorkingDirectory(dir.filePath(QStringLiteral("elsewhere")));
    second.start(QStringLiteral(ORDO_DESKTOP_PATH), {QStringLiteral("--database"), QStringLiteral("../elsewhere/../office.sqlite")});
    REQUIRE(second.waitForFinished(60000));
    const QString said = QString::fromUtf8(second.readAllStandardError());
    INFO(said.toStdString());
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(said.contains(QStringLiteral("Ordo is already open on")));
    CHECK_FALSE(said.contains(Listening));  // it never opened a window of its own

    REQUIRE(first->waitFor(Raised));
    CHECK(first->process->state() == QProcess::Running);
}

TEST_CASE("ordo on another database opens its own window", "[single-instance]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    demo(path);
    demo(other);

    auto first = start(dir, path);
    REQUIRE(first->waitFor(Listening));
    auto second = start(dir, other);
    INFO(second->err.toStdString());
    REQUIRE(second->waitFor(Listening));
    CHECK_FALSE(first->err.contains(Raised));
}

TEST_CASE("a socket left by a killed ordo does not stop the next start", "[single-instance]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    demo(path);

    auto crashed = start(dir, path);
    REQUIRE(crashed->waitFor(Listening));
    crashed->process->kill();  // SIGKILL: its socket file stays behind
    REQUIRE(crashed->process->waitForFinished(30000));
    REQUIRE_FALSE(QDir(dir.path()).entryList({QStringLiteral("ordo-*")}, QDir::System).isEmpty());

    auto next = start(dir, path);
    INFO(next->err.toStdString());
    REQUIRE(next->waitFor(Listening));
    CHECK(next->process->state() == QProcess::Running);
}
