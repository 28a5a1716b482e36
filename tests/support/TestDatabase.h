#pragma once

#include "core/storage/Database.h"
#include "support/Team.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace ordo::test {

// A fresh database in its own temporary folder, removed afterwards. When ORDO_TEST_POSTGRES names a
// PostgreSQL cluster (postgresql://postgres@/postgres?host=DIR&port=N, started by ctest's "postgres"
// fixture), a fresh database of its own on that server instead, dropped afterwards: the same tests
// then run on both engines. Tests that are about SQLite files are tagged [sqlite] and run only there.
struct TestDatabase
{
    TestDatabase();
    ~TestDatabase();
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    QString serverDatabase;  // the database made on the server, or empty on SQLite
};

// The test cluster's address (ORDO_TEST_POSTGRES), or empty when the tests run on SQLite files.
QString testServer();
bool onServer();
// A new, empty database on the test cluster; its URI. Dropped by dropServerDatabase (or at the end
// of the cluster).
QString createServerDatabase(QString *name = nullptr);
void dropServerDatabase(const QString &name);

QByteArray sha256Of(const QString &path);
// Builds a database file from a SQL text (a fixture), with SQLite itself, outside Ordo.
void loadSql(const QString &sqlPath, const QString &dbPath);
// Runs one statement on a database outside Ordo's rules (to break things on purpose in tests).
void rawExec(Database &db, const QString &sql);
qint64 rawCount(Database &db, const QString &sql);
// Behind Ordo's back, as someone with write access to the file or the server could: the database's
// guards (triggers) stop working on this connection. SQLite: every trigger dropped; PostgreSQL:
// triggers off for this session (session_replication_role = replica, the test cluster's superuser).
void dropGuards(Database &db);

// Staff of Ventanas Sol as in SCENARIOS.md (support/Team.h); returns their ids by first name.
Team addTeam(Database &db);
Id addCustomer(Database &db, const QString &name = QStringLiteral("Carmen López"),
               const QString &postcode = QStringLiteral("28013"));
// What issuing an invoice needs: Ventanas Sol's fiscal data, and a customer with NIF and address.
void addCompanyProfile(Database &db);
Id addFiscalCustomer(Database &db);

} // namespace ordo::test

// Lets Catch print QStrings in failure messages.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return s.toStdString(); }
};
} // namespace Catch
