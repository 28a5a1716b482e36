// The technicians' phone API of ordo-server, through its handlers (no socket).
#include "TechApi.h"
#include "WebApp.h"

#include "core/billing/MailOutbox.h"
#include "core/billing/Mailer.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/people/PhoneDevices.h"
#include "core/usecases/FieldWork.h"
#include "core/usecases/VisitBooking.h"

#include "support/FakeSmtpServer.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QProcess>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::server;

namespace {

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

struct Api
{
    Api()
    {
        test::addCompanyProfile(*db);
        owner = *Accounts(*db).actorFor(team.pilar);
        REQUIRE(Accounts(*db).setSecret(team.ruben, SecretKind::Pin, QStringLiteral("2580"), owner).ok());
        REQUIRE(Accounts(*db).setSecret(team.sergio, SecretKind::Pin, QStringLiteral("1357"), owner).ok());
        NewWorkOrder n;
        n.customerId = test::addFiscalCustomer(*db);
        n.title = QStringLiteral("Three windows");
        auto o = WorkOrderService(*db).create(n, owner);
        REQUIRE(o.ok());
        auto visit = VisitBooking(*db).book({o->id, team.ruben, madrid(2026, 11, 24, 9), madrid(2026, 11, 24, 13),
                                             AppointmentKind::Installation, {}}, owner);
        REQUIRE(visit.ok());
        appointmentId = visit->appointment.id;
        api.addRoutes(app);
    }

    test::TestDatabase db;
    test::Team team = test::addTeam(*db);
    Clock::Override now{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 24, 8, 30))};
    Actor owner;
    Id appointmentId = 0;
    WebApp app;
    TechApi api{*db};

    WebResponse call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const QString &session = {},
                     const QByteArray &contentType = "application/json")
    {
        WebRequest r;
        r.method = method;
        const QUrl url(path);
        r.path = url.path();
        r.query = QUrlQuery(url);
        r.peer = QStringLiteral("192.0.2.7");
        if (method == "POST") {
            r.headers.insert("content-type", contentType);
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        if (!session.isEmpty())
            r.headers.insert("authorization", "Bearer " + session.toLatin1());
        r.detectLanguage();
        return app.handle(r);
    }
    static QJsonObject object(const WebResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

    QString signedIn(Id staffId, const QString &pin)
    {
        auto code = PhoneDevices(*db).createPairingCode(staffId, owner);
        REQUIRE(code.ok());
        const WebResponse paired = call("POST", QStringLiteral("/tech/api/pair"), {{QStringLiteral("code"), code->code}, {QStringLiteral("device"), QStringLiteral("Móvil")}});
        REQUIRE(paired.status == 200);
        const WebResponse session = call("POST", QStringLiteral("/tech/api/signin"),
                                         {{QStringLiteral("deviceToken"), object(paired).value(QStringLiteral("deviceToken")).toString()},
                                          {QStringLiteral("pin"), pin}});
        REQUIRE(session.status == 200);
        return object(session).value(QStringLiteral("session")).toString();
    }
};

} // namespace

TEST_CASE("the phone pairs, signs in with the PIN, lists its jobs and sends each action once", "[server][phone]")
{
    Api a;
    CHECK(a.call("GET", QStringLiteral("/tech/api/jobs")).status == 401);
    CHECK(a.call("POST", QStringLiteral("/tech/api/pair"), {{QStringLiteral("code"), QStringLiteral("WRONG123")}}).status == 401);
    const QString session = a.signedIn(a.team.ruben, QStringLiteral("2580"));

    const WebResponse jobs = a.call("GET", QStringLiteral("/tech/api/jobs?days=7&lang=es"), {}, session);
    REQUIRE(jobs.status == 200);
    CHECK(jobs.header("cache-control") == "no-store");
    const QJsonArray list = Api::object(jobs).value(QStringLiteral("jobs")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject job = list.first().toObject();
    CHECK(job.value(QStringLiteral("customer")).toString() == QStringLiteral("Carmen López"));
    CHECK(job.value(QStringLiteral("kindName")).toString() == QStringLiteral("Instalación"));
    CHECK(job.value(QStringLiteral("mapUrl")).toString().startsWith(QStringLiteral("https://www.openstreetmap.org/search?query=")));
    CHECK(job.value(QStringLiteral("onSite")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("none"));

    const QJsonObject arrived{{QStringLiteral("key"), QStringLiteral("7f1c-arrived")},
                              {QStringLiteral("appointmentId"), a.appointmentId},
                              {QStringLiteral("type"), QStringLiteral("arrived")},
                              {QStringLiteral("at"), Clock::nowSecs()},
                              {QStringLiteral("payload"), QJsonObject{}}};
    const WebResponse first = a.call("POST", QStringLiteral("/tech/api/actions"), arrived, session);
    REQUIRE(first.status == 200);
    CHECK(Api::object(first).value(QStringLiteral("applied")).toBool());
    CHECK(Api::object(first).value(QStringLiteral("job")).toObject().value(QStringLiteral("onSite")).toObject()
              .value(QStringLiteral("state")).toString() == QStringLiteral("arrived"));
    const WebResponse again = a.call("POST", QStringLiteral("/tech/api/actions"), arrived, session);
    REQUIRE(again.status == 200);
    CHECK(Api::object(again).value(QStringLiteral("duplicate")).toBool());
    CHECK_FALSE(Api::object(again).value(QStringLiteral("applied")).toBool());
    CHECK(test::rawCount(*a.db, QStringLiteral("SELECT count(*) FROM field_actions")) == 1);

    // Not JSON, or not what the app sends: a clear 400, nothing written.
    CHECK(a.call("POST", QStringLiteral("/tech/api/actions"), arrived, session, "text/plain").status == 400);
    QJsonObject unknown = arrived;
    unknown.insert(QStringLiteral("key"), QStringLiteral("x2"));
    unknown.insert(QStringLiteral("type"), QStringLiteral("drop_tables"));
    CHECK(a.call("POST", QStringLiteral("/tech/api/actions"), unknown, session).status == 400);
    CHECK(test::rawCount(*a.db, QStringLiteral("SELECT count(*) FROM field_actions")) == 1);
}

TEST_CASE("another technician's job is refused by the server, and a removed phone at once", "[server][phone]")
{
    Api a;
    const QString sergio = a.signedIn(a.team.sergio, QStringLiteral("1357"));
    CHECK(Api::object(a.call("GET", QStringLiteral("/tech/api/jobs"), {}, sergio)).value(QStringLiteral("jobs")).toArray().isEmpty());
    const WebResponse refused = a.call("POST", QStringLiteral("/tech/api/actions"),
                                       {{QStringLiteral("key"), QStringLiteral("s-1")},
                                        {QStringLiteral("appointmentId"), a.appointmentId},
                                        {QStringLiteral("type"), QStringLiteral("note")},
                                        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hola")}}}},
                                       sergio);
    CHECK(refused.status == 403);
    CHECK(Api::object(refused).value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));

    const QString ruben = a.signedIn(a.team.ruben, QStringLiteral("2580"));
    REQUIRE(a.call("GET", QStringLiteral("/tech/api/jobs"), {}, ruben).status == 200);
    auto phones = PhoneDevices(*a.db).list(a.team.ruben);
    REQUIRE(phones->size() == 1);
    REQUIRE(PhoneDevices(*a.db).revoke(phones->first().id, a.owner).ok());
    CHECK(a.call("GET", QStringLiteral("/tech/api/jobs"), {}, ruben).status == 401);
    CHECK(a.call("GET", QStringLiteral("/tech/api/photos/1"), {}, ruben).status == 401);
}

TEST_CASE("ordo-server e-mails the invoice a finished job issued, with its PDF drawn, and marks it sent", "[server][phone][process]")
{
    // On the real clock: the server runs on it.
    test::TestDatabase db;
    const test::Team team = test::addTeam(*db);
    test::addCompanyProfile(*db);
    const Actor owner = *Accounts(*db).actorFor(team.pilar);
    test::FakeSmtpServer smtp("ordo", "s3cret");
    SmtpSettings mail;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = smtp.port();
    mail.security = SmtpSettings::Security::None;
    mail.user = QStringLiteral("ordo");
    mail.from = QStringLiteral("facturas@ventanassol.es");
    REQUIRE(mail.save(*db).ok());
    REQUIRE(FieldWork::setFinishInvoice(*db, FinishInvoice::IssueAndMail, owner).ok());

    NewWorkOrder n;
    n.customerId = test::addFiscalCustomer(*db);
    n.title = QStringLiteral("Three windows");
    n.lines = {LineItem{0, 0, QStringLiteral("Ventana PVC 120x100"), 3000, 38500, 2100, 0, {}}};
    auto o = WorkOrderService(*db).create(n, owner);
    REQUIRE(o.ok());
    test::rawExec(*db, QStringLiteral("UPDATE customers SET email = 'carmen@example.es'"));
    // The visit was yesterday morning (the last weekday), inside Rubén's working hours whatever the time now.
    QDate day = QDate::currentDate().addDays(-1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    const qint64 start = QDateTime(day, QTime(9, 0)).toSecsSinceEpoch();
    auto visit = VisitBooking(*db).book({o->id, team.ruben, start, start + 3 * 3600, AppointmentKind::Installation, {}}, owner);
    INFO((visit ? QString() : visit.error().message).toStdString());
    REQUIRE(visit.ok());
    auto finished = FieldWork(*db).apply(team.ruben, FieldAction{QStringLiteral("f1"), visit->appointment.id,
                                                                 QStringLiteral("finished"), Clock::nowSecs(), {}});
    INFO((finished ? QString() : finished.error().message).toStdString());
    REQUIRE(finished.ok());
    REQUIRE_FALSE(finished->invoiceNumber.isEmpty());
    db.db.reset();   // the server has the database to itself

    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ORDO_SMTP_PASSWORD"), QStringLiteral("s3cret"));
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(ORDO_SERVER_PATH), {QStringLiteral("--database"), db.path, QStringLiteral("--listen"),
                                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--mail-interval"), QStringLiteral("1")});
    REQUIRE(server.waitForStarted(30000));
    for (int i = 0; i < 10; ++i)   // each waits up to two seconds, and returns at once when the mail came
        smtp.wait();
    const QByteArray message = smtp.message();
    server.terminate();
    REQUIRE(server.waitForFinished(30000));
    CHECK(server.exitCode() == 0);
    CHECK(smtp.recipients().contains("<carmen@example.es>"));
    CHECK(message.contains("Content-Type: application/pdf"));
    CHECK(message.contains(finished->invoiceNumber.toUtf8() + ".pdf"));
    // The attachment is a real PDF: base64 of "%PDF-" starts with "JVBERi0".
    CHECK(message.contains("JVBERi0"));

    auto reopened = Database::open(db.path, Database::OpenMode::MustExist);
    REQUIRE(reopened.ok());
    CHECK(test::rawCount(**reopened, QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'sent' AND number = '%1'")
                                         .arg(finished->invoiceNumber)) == 1);
    CHECK(MailOutbox(**reopened).unsent()->isEmpty());
}
