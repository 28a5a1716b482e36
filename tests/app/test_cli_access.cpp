// ordo-cli signs its changes: --user with the person's password, an API token, or the command line
// itself; a technician's session is refused where the core refuses it.

#include "support/ProcessRun.h"
#include "support/TestDatabase.h"

#include "core/people/Accounts.h"
#include "core/usecases/Company.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace ordo;
using namespace ordo::test;

namespace {

struct Company
{
    Company()
    {
        REQUIRE(dir.isValid());
        const Run made = run({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                              QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        auto db = openCompany(path, Database::OpenMode::MustExist);
        REQUIRE(db.ok());
        auto people = Accounts(**db).list();
        REQUIRE(people.ok());
        for (const Account &a : *people) {
            if (a.role == AccessRole::Owner && owner.isEmpty())
                owner = a.username;
            if (a.role == AccessRole::Technician && technician.isEmpty())
                technician = a.username;
        }
        REQUIRE_FALSE(owner.isEmpty());
        REQUIRE_FALSE(technician.isEmpty());
        auto ownerAccount = Accounts(**db).findByUsername(owner);
        REQUIRE(Accounts(**db).setSecret(ownerAccount->staffId, SecretKind::Password, QStringLiteral("ventanas-sol"),
                                         Actor{}).ok());
    }

    Run run(QStringList arguments, const QHash<QString, QString> &env = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ORDO_PASSWORD"));
        environment.remove(QStringLiteral("ORDO_TOKEN"));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--database"));
        return runProgram(QStringLiteral(ORDO_CLI_PATH), arguments, {}, environment);
    }

    QString firstOpenOrder(const QString &step = QStringLiteral("Quote sent")) const
    {
        const Run list = run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--step"), step,
                              QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        const QJsonArray orders = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("orders")).toArray();
        REQUIRE_FALSE(orders.isEmpty());
        return orders.first().toObject().value(QStringLiteral("number")).toString();
    }

    QString lastActor(const QString &number) const
    {
        const Run shown = run({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
        const QJsonArray history = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("history")).toArray();
        return history.isEmpty() ? QString() : history.last().toObject().value(QStringLiteral("actor")).toString();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("company.sqlite"));
    QString owner;
    QString technician;
};

} // namespace

TEST_CASE("ordo-cli --user checks the password and signs the change with the person's name", "[cli][access]")
{
    Company c;
    const QString number = c.firstOpenOrder();
    const QStringList move{QStringLiteral("--user"), c.owner, QStringLiteral("orders"), QStringLiteral("move"), number,
                           QStringLiteral("Quote accepted")};

    const Run noSecret = c.run(move);  // not a terminal, no ORDO_PASSWORD: refused, nothing asked
    CHECK(noSecret.exitCode == 1);
    CHECK(noSecret.err.contains(QStringLiteral("ORDO_PASSWORD")));
    const Run wrong = c.run(move, {{QStringLiteral("ORDO_PASSWORD"), QStringLiteral("guess")}});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.startsWith(QStringLiteral("Wrong password.")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("guess")));

    const Run right = c.run(move, {{QStringLiteral("ORDO_PASSWORD"), QStringLiteral("ventanas-sol")}});
    INFO(right.err.toStdString());
    REQUIRE(right.exitCode == 0);
    auto db = openCompany(c.path, Database::OpenMode::ReadOnly);
    const QString ownerName = Accounts(**db).findByUsername(c.owner)->name;
    CHECK(c.lastActor(number) == ownerName);
}

TEST_CASE("a technician's session cannot issue an invoice through ordo-cli; the refusal names the permission", "[cli][access]")
{
    Company c;
    const QString number = c.firstOpenOrder();
    const Run refused = c.run({QStringLiteral("--user"), c.technician, QStringLiteral("invoice"), QStringLiteral("issue"), number});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Issue invoices")));
    const Run invoices = c.run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK_FALSE(invoices.out.contains(number));
}

TEST_CASE("a token made by the owner signs a job's changes; revoked, it is refused; unsigned changes can be forbidden", "[cli][access]")
{
    Company c;
    const QHash<QString, QString> owner{{QStringLiteral("ORDO_PASSWORD"), QStringLiteral("ventanas-sol")}};
    const Run made = c.run({QStringLiteral("--user"), c.owner, QStringLiteral("token"), QStringLiteral("create"),
                            QStringLiteral("--name"), QStringLiteral("backup-job"), QStringLiteral("--role"),
                            QStringLiteral("office")},
                           owner);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString token = made.out.trimmed();
    CHECK(token.startsWith(QStringLiteral("ordo_")));
    CHECK(made.err.contains(QStringLiteral("will not be shown again")));

    const QString number = c.firstOpenOrder();
    const Run moved = c.run({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Quote accepted")},
                            {{QStringLiteral("ORDO_TOKEN"), token}});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(c.lastActor(number) == QStringLiteral("API: backup-job"));

    // Without --user or a token: the command line, named as such.
    const QString other = c.firstOpenOrder(QStringLiteral("Installation scheduled"));
    REQUIRE(c.run({QStringLiteral("orders"), QStringLiteral("move"), other, QStringLiteral("On hold")}).exitCode == 0);
    CHECK(c.lastActor(other).startsWith(QStringLiteral("ordo-cli (")));

    REQUIRE(c.run({QStringLiteral("--user"), c.owner, QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("1")},
                  owner).exitCode == 0);
    const Run revoked = c.run({QStringLiteral("invoice"), QStringLiteral("list")}, {{QStringLiteral("ORDO_TOKEN"), token}});
    CHECK(revoked.exitCode == 0);  // reading needs no signature
    const Run refused = c.run({QStringLiteral("backup")}, {{QStringLiteral("ORDO_TOKEN"), token}});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("revoked")));

    // The owner forbids unsigned changes: the command line without a person is refused.
    {
        auto db = openCompany(c.path, Database::OpenMode::MustExist);
        Accounts accounts(**db);
        auto pilar = accounts.signIn({c.owner, 0, QStringLiteral("ventanas-sol"), QStringLiteral("test")});
        REQUIRE(pilar.ok());
        SecuritySettings s;
        s.allowUnsigned = false;
        REQUIRE(accounts.saveSecurity(s, *pilar).ok());
    }
    const QString third = c.firstOpenOrder(QStringLiteral("Installation scheduled"));
    const Run unsigned_ = c.run({QStringLiteral("orders"), QStringLiteral("move"), third, QStringLiteral("On hold")});
    CHECK(unsigned_.exitCode == 1);
    CHECK(unsigned_.err.contains(QStringLiteral("ordo-cli (")));
}
