#include "support/TestDatabase.h"

#include "core/usecases/Company.h"

#include "core/billing/CompanyProfiles.h"
#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"

#include "core/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ordo::test {

QString testServer()
{
    return qEnvironmentVariable("ORDO_TEST_POSTGRES");
}

bool onServer()
{
    return !testServer().isEmpty();
}

namespace {

// A connection to the cluster's maintenance database, for CREATE and DROP DATABASE.
QSqlDatabase maintenance()
{
    const QString name = QStringLiteral("ordo-test-maintenance");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto address = ServerAddress::parse(testServer());
    INFO((address ? QString() : address.error().message).toStdString());
    REQUIRE(address.ok());
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    c.setHostName(address->host);
    c.setPort(address->port);
    c.setUserName(address->user);
    c.setPassword(address->password);
    c.setDatabaseName(address->database);
    INFO(c.lastError().text().toStdString());
    REQUIRE(c.open());
    return c;
}

} // namespace

QString createServerDatabase(QString *made)
{
    static int counter = 0;
    const QString name = QStringLiteral("ordo_t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(++counter);
    QSqlQuery q(maintenance());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    if (made)
        *made = name;
    auto address = ServerAddress::parse(testServer());
    REQUIRE(address.ok());
    address->database = name;
    return address->withoutPassword();
}

void dropServerDatabase(const QString &name)
{
    QSqlQuery q(maintenance());
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
        qWarning("Could not drop the test database %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
}

TestDatabase::TestDatabase() : path(dir.filePath(QStringLiteral("test.sqlite")))
{
    REQUIRE(dir.isValid());
    if (onServer())
        path = createServerDatabase(&serverDatabase);
    auto opened = openCompany(path);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    db = std::move(*opened);
}

TestDatabase::~TestDatabase()
{
    db.reset();
    if (!serverDatabase.isEmpty())
        dropServerDatabase(serverDatabase);
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void rawExec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

void dropGuards(Database &db)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        rawExec(db, QStringLiteral("SET session_replication_role = replica"));
        return;
    }
    QStringList names;
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        while (q.next())
            names << q.value(0).toString();
    }
    for (const QString &n : names)
        rawExec(db, QStringLiteral("DROP TRIGGER %1").arg(n));
}

qint64 rawCount(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Team addTeam(Database &db)
{
    auto team = makeTeam(db);
    INFO((team ? QString() : team.error().message).toStdString());
    REQUIRE(team.ok());
    return *team;
}

Id addCustomer(Database &db, const QString &name, const QString &postcode)
{
    Customer c;
    c.name = name;
    c.phone = QStringLiteral("600 12 34 56");
    c.address = QStringLiteral("Calle Mayor 12");
    c.postcode = postcode;
    c.city = QStringLiteral("Madrid");
    auto id = CustomerRepository(db).add(c);
    REQUIRE(id.ok());
    return *id;
}

void addCompanyProfile(Database &db)
{
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345678");
    company.address = QStringLiteral("Calle del Sol 5");
    company.postcode = QStringLiteral("28004");
    company.city = QStringLiteral("Madrid");
    company.iban = QStringLiteral("ES91 2100 0418 4502 0005 1332");
    REQUIRE(CompanyProfiles(db).save(company).ok());
}

Id addFiscalCustomer(Database &db)
{
    Customer c;
    c.name = QStringLiteral("Carmen López");
    c.taxId = QStringLiteral("12345678Z");
    c.address = QStringLiteral("Calle Mayor 12");
    c.postcode = QStringLiteral("28013");
    c.city = QStringLiteral("Madrid");
    auto id = CustomerRepository(db).add(c);
    REQUIRE(id.ok());
    return *id;
}

void loadSql(const QString &sqlPath, const QString &dbPath)
{
    QFile f(sqlPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray sql = f.readAll();
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(dbPath.toUtf8().constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace ordo::test
