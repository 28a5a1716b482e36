#include "support/TestDatabase.h"

#include "core/usecases/Company.h"

#include "core/billing/CompanyProfiles.h"
#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ordo::test {

TestDatabase::TestDatabase() : path(dir.filePath(QStringLiteral("test.sqlite")))
{
    REQUIRE(dir.isValid());
    auto opened = openCompany(path);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    db = std::move(*opened);
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
