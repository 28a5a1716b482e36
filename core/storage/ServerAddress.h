#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ordo {

// Where an office's PostgreSQL database is, as a libpq-style URI:
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require&host=/socket/dir&port=N]
// A host that begins with '/' is the folder of a local unix socket. The password may come in the URI
// (scripts), but Ordo never shows or stores it: `display()` and `withoutPassword()` leave it out.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ServerAddress)

public:
    QString user;
    QString password;
    QString host;  // a name, an address, or a socket folder ("/run/postgresql")
    int port = 5432;
    QString database;
    QString sslMode;  // '' = libpq's default (prefer); disable, allow, prefer, require, verify-ca, verify-full
    QString applicationName = QStringLiteral("ordo");
    int connectTimeoutSeconds = 10;

    static bool looksLikeServer(const QString &text);
    static Result<ServerAddress> parse(const QString &text);

    // The URI again, without the password: what windows, logs and the recent-files list show.
    QString withoutPassword() const;
    // Options for QPSQL's setConnectOptions (sslmode, connect_timeout, application_name).
    QString connectOptions() const;
};

// A password for the database at `address` (without its password), for this process's connections
// to it: the desktop's connect dialog gives it once, workers reopening the database find it.
void rememberServerPassword(const QString &address, const QString &password);
QString rememberedServerPassword(const QString &address);
// How many tables the database at `address` holds (0: a new, empty database).
Result<qint64> serverTableCount(const QString &address);
// Creates the database named in `address` on its server when it has none of that name (made by
// ordo-bench and the tests; an office makes its own with createdb, see the README).
Result<void> createServerDatabase(const QString &address);
// The version of the PostgreSQL client library (libpq) Ordo talks to servers with: "15.10".
QString serverClientVersion();

} // namespace ordo
