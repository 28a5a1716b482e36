#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace ordo::test {

// What a program (ordo-cli, the sqlite3 shell…) said and how it ended.
struct Run
{
    int exitCode = -1;  // -1: it crashed or was killed
    QString out;
    QString err;
    QJsonObject json() const
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
};

// Runs a program to its end (two minutes at most), with `input` on its standard input, in the given
// environment (by default this process's).
inline Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    REQUIRE(p.waitForStarted(30000));
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace ordo::test
