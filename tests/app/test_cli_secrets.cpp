// ordo-cli and the company's secrets: a writing command moves an older Ordo's clear-text SMTP password
// to the private secrets file, and "invoice send" signs in to the mail server with the password from
// that file or from ORDO_SMTP_PASSWORD, never from the database.

#include "support/FakeSmtpServer.h"
#include "support/ProcessRun.h"
#include "support/Team.h"
#include "support/TestDatabase.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/Mailer.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

using namespace ordo;
using namespace ordo::test;

namespace {

// A company with one issued invoice for a customer with an e-mail address, whose mail server is a
// FakeSmtpServer, and whose password an older Ordo kept in clear in the database.
struct MailingCompany
{
    explicit MailingCompany(int port, const QString &password = QStringLiteral("secret"))
    {
        auto issued = makeMailableInvoice(*db);
        REQUIRE(issued.ok());
        number = issued->number;
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = SmtpSettings::Security::None;
        s.user = QStringLiteral("pilar");
        s.timeoutSeconds = 5;
        REQUIRE(s.save(*db).ok());
        REQUIRE(CompanySettings(*db).setValue(QStringLiteral("smtp.password"), password).ok());
        company_id = SmtpSettings::passwordKey(*db)->company;
        path = db->path();
        db.db.reset();  // ordo-cli has the file to itself
    }

    // ordo-cli with its own configuration folder (where the secrets file goes), and `extra` variables.
    Run send(const QStringList &extra = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
        for (const QString &variable : extra)
            environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        return runProgram(QStringLiteral(ORDO_CLI_PATH),
                          {QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("send"), number},
                          {}, environment);
    }

    QString config() const { return db.file(QStringLiteral("config")); }
    QString secretsFile() const { return db.file(QStringLiteral("config/ordo/secrets.json")); }

    QString clearText() const
    {
        auto reopened = Database::open(path, Database::OpenMode::ReadOnly);
        REQUIRE(reopened.ok());
        return CompanySettings(**reopened).value(QStringLiteral("smtp.password"));
    }

    TestDatabase db;
    QString path;
    QString number;
    QString company_id;
};

int modeOf(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace

TEST_CASE("ordo-cli moves a clear-text SMTP password to its private file, then sends with it", "[cli][secrets][mail]")
{
    FakeSmtpServer server("pilar", "secret");
    MailingCompany company(server.port());
    const Run r = company.send();
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    server.wait();
    CHECK(server.authenticated());
    CHECK(company.clearText().isEmpty());
    CHECK(modeOf(company.secretsFile()) == 0600);
    QFile file(company.secretsFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).object().value(company.company_id).toObject().value(QStringLiteral("smtp.password"))
          == QStringLiteral("secret"));
}

TEST_CASE("ordo-cli sends with ORDO_SMTP_PASSWORD when the environment has it", "[cli][secrets][mail]")
{
    FakeSmtpServer server("pilar", "from-the-environment");
    MailingCompany company(server.port());
    const Run r = company.send({QStringLiteral("ORDO_SMTP_PASSWORD=from-the-environment")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    server.wait();
    CHECK(server.authenticated());
    // The database's old copy still went to the file, where the environment's value does not hide it.
    CHECK(company.clearText().isEmpty());
}

TEST_CASE("ordo-cli refuses a secrets file others can read and keeps the clear-text password where it was",
          "[cli][secrets][mail]")
{
    FakeSmtpServer server("pilar", "Ventanas2024!");
    MailingCompany company(server.port(), QStringLiteral("Ventanas2024!"));
    QDir().mkpath(QFileInfo(company.secretsFile()).absolutePath());
    QFile exposed(company.secretsFile());
    REQUIRE(exposed.open(QIODevice::WriteOnly));
    exposed.write("{}");
    exposed.close();
    REQUIRE(QFile::setPermissions(company.secretsFile(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));

    const Run r = company.send();
    CHECK(r.exitCode == 1);
    // The first line is ordo-cli's own, saying what to do; the warning that the password stayed comes after.
    const QString first = r.err.section(QLatin1Char('\n'), 0, 0);
    CHECK(first.contains(QStringLiteral("can be read by other users")));
    CHECK(first.contains(QStringLiteral("chmod 600")));
    CHECK(r.err.contains(QStringLiteral("stays in clear")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Ventanas2024!")));  // never the password itself
    CHECK(company.clearText() == QStringLiteral("Ventanas2024!"));
    CHECK_FALSE(server.authenticated());
}
