// The assets on the technician's phone (issue 21): the asset's page a label opens, a note and a photo
// added from the phone, a new asset registered at a job's site — through ordo-server's handlers.
#include "TechApi.h"
#include "TechApp.h"
#include "WebApp.h"

#include "core/assets/AssetLinks.h"
#include "core/assets/Assets.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/people/CustomerRepository.h"
#include "core/people/PhoneDevices.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"
#include "core/usecases/VisitBooking.h"

#include "support/TestDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::server;

namespace {

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

// Rubén has an installation at Carmen's flat today; the flat has a window installed in 2021 (its
// warranty ended) and the order of that installation. Sergio has no job with Carmen.
struct Flat
{
    Flat()
    {
        // Everything here was set up a few days before.
        Clock::Override before{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 20, 9))};
        test::addCompanyProfile(*db);
        owner = *Accounts(*db).actorFor(team.pilar);
        REQUIRE(Accounts(*db).setSecret(team.ruben, SecretKind::Pin, QStringLiteral("2580"), owner).ok());
        REQUIRE(Accounts(*db).setSecret(team.sergio, SecretKind::Pin, QStringLiteral("1357"), owner).ok());
        customer = test::addFiscalCustomer(*db);
        ordo::Site s;
        s.customerId = customer;
        s.address = QStringLiteral("Calle Alcalá 20, 3º B");
        s.postcode = QStringLiteral("28014");
        site = *CustomerRepository(*db).addSite(s);

        NewWorkOrder earlier;
        earlier.customerId = customer;
        earlier.siteId = site;
        earlier.title = QStringLiteral("Ventana del salón");
        auto first = WorkOrderService(*db).create(earlier, owner);
        REQUIRE(first.ok());
        Asset window;
        window.customerId = customer;
        window.siteId = site;
        window.type = QStringLiteral("Ventana");
        window.model = QStringLiteral("PVC oscilobatiente");
        window.specification = QStringLiteral("120×140");
        window.serial = QStringLiteral("VS-2021-0042");
        window.installedOn = QDate(2021, 3, 15);
        window.warrantyUntil = QDate(2024, 3, 15);
        auto id = AssetRegistry(*db).add(window, owner);
        REQUIRE(id.ok());
        windowId = *id;
        REQUIRE(AssetRegistry(*db).linkOrder(windowId, first->id, AssetReason::Installed, owner).ok());

        NewWorkOrder n;
        n.customerId = customer;
        n.siteId = site;
        n.title = QStringLiteral("Persiana nueva");
        n.jobType = QStringLiteral("Installation");
        auto o = WorkOrderService(*db).create(n, owner);
        REQUIRE(o.ok());
        orderId = o->id;
        auto visit = VisitBooking(*db).book({o->id, team.ruben, madrid(2026, 11, 24, 9), madrid(2026, 11, 24, 13),
                                             AppointmentKind::Installation, {}}, owner);
        REQUIRE(visit.ok());
        appointmentId = visit->appointment.id;
        api.addRoutes(app);
        addTechAppRoutes(app);
    }

    test::TestDatabase db;
    test::Team team = test::addTeam(*db);
    Clock::Override now{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 24, 10, 30))};
    Actor owner;
    Id customer = 0;
    Id site = 0;
    Id windowId = 0;
    Id orderId = 0;
    Id appointmentId = 0;
    WebApp app;
    TechApi api{*db};

    WebResponse call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const QString &session = {})
    {
        WebRequest r;
        r.method = method;
        const QUrl url(path);
        r.path = url.path();
        r.query = QUrlQuery(url);
        r.peer = QStringLiteral("192.0.2.7");
        if (method == "POST") {
            r.headers.insert("content-type", "application/json");
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
        const WebResponse paired = call("POST", QStringLiteral("/tech/api/pair"), {{QStringLiteral("code"), code->code}});
        REQUIRE(paired.status == 200);
        const WebResponse session = call("POST", QStringLiteral("/tech/api/signin"),
                                         {{QStringLiteral("deviceToken"), object(paired).value(QStringLiteral("deviceToken")).toString()},
                                          {QStringLiteral("pin"), pin}});
        REQUIRE(session.status == 200);
        return object(session).value(QStringLiteral("session")).toString();
    }

    static QJsonObject action(const QString &key, const QString &type, const QJsonObject &payload, Id appointmentId = 0)
    {
        return {{QStringLiteral("key"), key},
                {QStringLiteral("appointmentId"), appointmentId},
                {QStringLiteral("type"), type},
                {QStringLiteral("at"), Clock::nowSecs()},
                {QStringLiteral("payload"), payload}};
    }
};

// A small real JPEG's start is enough for the server: it checks the first bytes, not the picture.
QByteArray jpeg(qsizetype size)
{
    QByteArray data("\xFF\xD8\xFF\xE0", 4);
    data.append(QByteArray(size - data.size(), 'x'));
    return data;
}

} // namespace

TEST_CASE("a technician opens an asset of a customer they have a job with: its details and history, newest first",
          "[server][phone][assets]")
{
    Flat s;
    const QString ruben = s.signedIn(s.team.ruben, QStringLiteral("2580"));
    REQUIRE(AssetRegistry(*s.db).addNote(s.windowId, QStringLiteral("Cierre duro"), s.owner).ok());

    const WebResponse page = s.call("GET", QStringLiteral("/tech/api/assets/%1?lang=es").arg(s.windowId), {}, ruben);
    REQUIRE(page.status == 200);
    CHECK(page.header("cache-control") == "no-store");
    const QJsonObject asset = Flat::object(page).value(QStringLiteral("asset")).toObject();
    CHECK(asset.value(QStringLiteral("name")).toString() == QStringLiteral("Ventana PVC oscilobatiente"));
    CHECK(asset.value(QStringLiteral("specification")).toString() == QStringLiteral("120×140"));
    CHECK(asset.value(QStringLiteral("serial")).toString() == QStringLiteral("VS-2021-0042"));
    CHECK(asset.value(QStringLiteral("customer")).toString() == QStringLiteral("Carmen López"));
    CHECK(asset.value(QStringLiteral("siteAddress")).toString() == QStringLiteral("Calle Alcalá 20, 3º B"));
    CHECK(asset.value(QStringLiteral("installedOn")).toString() == QStringLiteral("2021-03-15"));
    CHECK(asset.value(QStringLiteral("warranty")).toString() == QStringLiteral("ended"));
    const QJsonArray history = asset.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() >= 3);   // registered, the installation's order, the note
    CHECK(history.first().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("note"));
    for (qsizetype i = 1; i < history.size(); ++i)
        CHECK(history.at(i - 1).toObject().value(QStringLiteral("at")).toInteger() >= history.at(i).toObject().value(QStringLiteral("at")).toInteger());

    // The job lists the site's assets, each with a link to its page.
    const QJsonArray jobs = Flat::object(s.call("GET", QStringLiteral("/tech/api/jobs"), {}, ruben)).value(QStringLiteral("jobs")).toArray();
    REQUIRE(jobs.size() == 1);
    const QJsonArray here = jobs.first().toObject().value(QStringLiteral("assets")).toArray();
    REQUIRE(here.size() == 1);
    CHECK(here.first().toObject().value(QStringLiteral("id")).toInteger() == s.windowId);
    CHECK_FALSE(here.first().toObject().value(QStringLiteral("ofThisJob")).toBool());

    // The label's address is the app's page (which then shows the asset).
    const WebResponse label = s.call("GET", QStringLiteral("/tech/asset/%1").arg(s.windowId));
    CHECK(label.status == 200);
    CHECK(label.body.contains("/tech/app.js"));
    CHECK(s.call("GET", QStringLiteral("/tech/asset/12x")).status == 404);
    CHECK(s.call("GET", QStringLiteral("/tech/asset/")).status == 404);
}

TEST_CASE("an asset is refused to a technician without a job at its customer, to no session, and odd ids find nothing",
          "[server][phone][assets]")
{
    Flat s;
    const QString sergio = s.signedIn(s.team.sergio, QStringLiteral("1357"));
    const WebResponse refused = s.call("GET", QStringLiteral("/tech/api/assets/%1").arg(s.windowId), {}, sergio);
    CHECK(refused.status == 403);
    CHECK(Flat::object(refused).value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));
    CHECK_FALSE(refused.body.contains("VS-2021-0042"));
    CHECK(s.call("GET", QStringLiteral("/tech/api/assets/%1/photos/1").arg(s.windowId), {}, sergio).status == 403);
    const WebResponse note = s.call("POST", QStringLiteral("/tech/api/actions"),
                                    Flat::action(QStringLiteral("s-1"), QStringLiteral("asset_note"),
                                                 {{QStringLiteral("assetId"), s.windowId}, {QStringLiteral("text"), QStringLiteral("hola")}}),
                                    sergio);
    CHECK(note.status == 403);
    // Nor may Sergio register an asset on Rubén's visit.
    CHECK(s.call("POST", QStringLiteral("/tech/api/actions"),
                 Flat::action(QStringLiteral("s-2"), QStringLiteral("asset_new"), {{QStringLiteral("type"), QStringLiteral("Toldo")}},
                              s.appointmentId),
                 sergio)
              .status == 403);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM asset_notes")) == 0);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM assets")) == 1);

    // A cancelled visit gives no access either.
    test::rawExec(*s.db, QStringLiteral("UPDATE appointments SET staff_id = %1, status = 'cancelled'").arg(s.team.sergio));
    CHECK(s.call("GET", QStringLiteral("/tech/api/assets/%1").arg(s.windowId), {}, sergio).status == 403);

    CHECK(s.call("GET", QStringLiteral("/tech/api/assets/%1").arg(s.windowId)).status == 401);
    const QString ruben = s.signedIn(s.team.ruben, QStringLiteral("2580"));
    for (const QString &odd : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("1.5"),
                               QStringLiteral("99999999999999999999"), QStringLiteral("1/photos/x"), QStringLiteral("1/secrets/2"),
                               QStringLiteral("01"), QStringLiteral("")}) {
        INFO(odd.toStdString());
        CHECK(s.call("GET", QStringLiteral("/tech/api/assets/") + odd, {}, ruben).status == 404);
    }
    CHECK(s.call("GET", QStringLiteral("/tech/api/assets/987654"), {}, ruben).status == 404);
    // An id that is not a number in an action: nothing found, nothing written.
    CHECK(s.call("POST", QStringLiteral("/tech/api/actions"),
                 Flat::action(QStringLiteral("r-odd"), QStringLiteral("asset_note"),
                              {{QStringLiteral("assetId"), QStringLiteral("x")}, {QStringLiteral("text"), QStringLiteral("hola")}}),
                 ruben)
              .status == 404);
    // Nothing applied; only Sergio's registration on a visit not his is kept, as forbidden (a retry
    // gets the same answer, as the job's actions).
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM field_actions WHERE outcome = 'applied'")) == 0);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM field_actions WHERE idempotency_key = 's-2' AND outcome = 'forbidden'")) == 1);
}

TEST_CASE("a note from the phone is written once however often the outbox sends it; a photo is checked and kept",
          "[server][phone][assets]")
{
    Flat s;
    const QString ruben = s.signedIn(s.team.ruben, QStringLiteral("2580"));
    const QJsonObject note = Flat::action(QStringLiteral("7f1c-note"), QStringLiteral("asset_note"),
                                          {{QStringLiteral("assetId"), s.windowId}, {QStringLiteral("text"), QStringLiteral("Junta cambiada")}});
    const WebResponse first = s.call("POST", QStringLiteral("/tech/api/actions"), note, ruben);
    REQUIRE(first.status == 200);
    CHECK(Flat::object(first).value(QStringLiteral("applied")).toBool());
    const QJsonArray history = Flat::object(first).value(QStringLiteral("asset")).toObject().value(QStringLiteral("history")).toArray();
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Junta cambiada"));
    CHECK(history.first().toObject().value(QStringLiteral("detail")).toString() == QStringLiteral("Rubén Molina"));

    // The phone lost the answer and sends it again, twice (back online, another tab): applied once.
    for (int i = 0; i < 2; ++i) {
        const WebResponse again = s.call("POST", QStringLiteral("/tech/api/actions"), note, ruben);
        REQUIRE(again.status == 200);
        CHECK(Flat::object(again).value(QStringLiteral("duplicate")).toBool());
        CHECK_FALSE(Flat::object(again).value(QStringLiteral("applied")).toBool());
        CHECK(Flat::object(again).value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toInteger() == s.windowId);
    }
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM asset_notes WHERE body = 'Junta cambiada'")) == 1);
    // Recorded with Rubén's visit at that customer, as his other actions.
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM field_actions WHERE kind = 'asset_note' AND appointment_id = %1")
                                    .arg(s.appointmentId)) == 1);

    // An empty note is refused and not kept.
    CHECK(s.call("POST", QStringLiteral("/tech/api/actions"),
                 Flat::action(QStringLiteral("n-empty"), QStringLiteral("asset_note"),
                              {{QStringLiteral("assetId"), s.windowId}, {QStringLiteral("text"), QStringLiteral("  ")}}),
                 ruben)
              .status == 400);

    // A photo: JPEG by its bytes, kept and served from the asset's page.
    const WebResponse photo = s.call("POST", QStringLiteral("/tech/api/actions"),
                                     Flat::action(QStringLiteral("p-1"), QStringLiteral("asset_photo"),
                                                  {{QStringLiteral("assetId"), s.windowId},
                                                   {QStringLiteral("data"), QString::fromLatin1(jpeg(2000).toBase64())}}),
                                     ruben);
    REQUIRE(photo.status == 200);
    QString url;
    for (const QJsonValue &e : Flat::object(photo).value(QStringLiteral("asset")).toObject().value(QStringLiteral("history")).toArray())
        if (e.toObject().contains(QStringLiteral("photo")))
            url = e.toObject().value(QStringLiteral("photo")).toObject().value(QStringLiteral("url")).toString();
    REQUIRE(url.startsWith(QStringLiteral("/tech/api/assets/%1/photos/").arg(s.windowId)));
    const WebResponse image = s.call("GET", url, {}, ruben);
    CHECK(image.status == 200);
    CHECK(image.contentType == "image/jpeg");
    CHECK(image.body == jpeg(2000));
    const QString sergio = s.signedIn(s.team.sergio, QStringLiteral("1357"));
    CHECK(s.call("GET", url, {}, sergio).status == 403);

    // Too large (3 MB and a byte), or not a picture: refused, nothing kept.
    const WebResponse large = s.call("POST", QStringLiteral("/tech/api/actions"),
                                     Flat::action(QStringLiteral("p-2"), QStringLiteral("asset_photo"),
                                                  {{QStringLiteral("assetId"), s.windowId},
                                                   {QStringLiteral("data"), QString::fromLatin1(jpeg(3 * 1024 * 1024 + 1).toBase64())}}),
                                     ruben);
    CHECK(large.status == 400);
    CHECK(Flat::object(large).value(QStringLiteral("error")).toString().contains(QStringLiteral("3 MB")));
    CHECK(s.call("POST", QStringLiteral("/tech/api/actions"),
                 Flat::action(QStringLiteral("p-3"), QStringLiteral("asset_photo"),
                              {{QStringLiteral("assetId"), s.windowId},
                               {QStringLiteral("data"), QString::fromLatin1(QByteArray("<svg onload=alert(1)>").toBase64())}}),
                 ruben)
              .status == 400);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM asset_photos")) == 1);
    // Larger than any photo the app sends: the server reads no more of it.
    QJsonObject huge = Flat::action(QStringLiteral("p-4"), QStringLiteral("asset_photo"),
                                    {{QStringLiteral("assetId"), s.windowId},
                                     {QStringLiteral("data"), QString::fromLatin1(jpeg(4 * 1024 * 1024).toBase64())}});
    CHECK(s.call("POST", QStringLiteral("/tech/api/actions"), huge, ruben).status == 413);
}

TEST_CASE("a new asset registered from a job's page is at the job's site, linked to the job, and registered once",
          "[server][phone][assets]")
{
    Flat s;
    const QString ruben = s.signedIn(s.team.ruben, QStringLiteral("2580"));
    const QJsonObject registration = Flat::action(QStringLiteral("new-1"), QStringLiteral("asset_new"),
                                                  {{QStringLiteral("type"), QStringLiteral("Persiana")},
                                                   {QStringLiteral("model"), QStringLiteral("Aluminio térmico")},
                                                   {QStringLiteral("specification"), QStringLiteral("140×160 motorizada")},
                                                   {QStringLiteral("serial"), QStringLiteral("PR-77")},
                                                   {QStringLiteral("installedOn"), QStringLiteral("2026-11-24")}},
                                                  s.appointmentId);
    const WebResponse made = s.call("POST", QStringLiteral("/tech/api/actions"), registration, ruben);
    INFO(made.body.toStdString());
    REQUIRE(made.status == 200);
    const QJsonObject asset = Flat::object(made).value(QStringLiteral("asset")).toObject();
    const Id id = asset.value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(asset.value(QStringLiteral("warrantyUntil")).toString() == QStringLiteral("2029-11-24"));   // 36 months by default
    CHECK(asset.value(QStringLiteral("warranty")).toString() == QStringLiteral("active"));
    const QJsonArray onJob = Flat::object(made).value(QStringLiteral("job")).toObject().value(QStringLiteral("assets")).toArray();
    REQUIRE(onJob.size() == 2);
    CHECK(onJob.at(1).toObject().value(QStringLiteral("id")).toInteger() == id);
    CHECK(onJob.at(1).toObject().value(QStringLiteral("ofThisJob")).toBool());

    auto kept = AssetRegistry(*s.db).find(id);
    REQUIRE(kept.ok());
    CHECK(kept->siteId == s.site);
    CHECK(kept->customerId == s.customer);
    CHECK(kept->notes == QStringLiteral("Created from the technician's phone."));
    auto linked = AssetRegistry(*s.db).ofOrder(s.orderId);
    REQUIRE(linked->size() == 1);
    CHECK(linked->first().id == id);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM asset_orders WHERE order_id = %1 AND reason = 'installed'").arg(s.orderId)) == 1);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM assets WHERE created_by = 'Rubén Molina'")) == 1);

    // Sent again: the same asset, not a second one.
    const WebResponse again = s.call("POST", QStringLiteral("/tech/api/actions"), registration, ruben);
    REQUIRE(again.status == 200);
    CHECK(Flat::object(again).value(QStringLiteral("duplicate")).toBool());
    CHECK(Flat::object(again).value(QStringLiteral("asset")).toObject().value(QStringLiteral("id")).toInteger() == id);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM assets")) == 2);

    // What the app would never send: no type, a date that is no date, an installation tomorrow.
    for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("type"), QStringLiteral(" ")}},
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("Toldo")}, {QStringLiteral("installedOn"), QStringLiteral("24/11/2026")}},
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("Toldo")}, {QStringLiteral("installedOn"), QStringLiteral("2026-11-25")}}}) {
        static int n = 0;
        CHECK(s.call("POST", QStringLiteral("/tech/api/actions"),
                     Flat::action(QStringLiteral("bad-%1").arg(++n), QStringLiteral("asset_new"), bad, s.appointmentId), ruben)
                  .status == 400);
    }
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM assets")) == 2);
}

TEST_CASE("labels open the technician's page of the asset once the server's public address is known", "[server][phone][assets]")
{
    Flat s;
    CHECK(assetLabelPrefix(*s.db).isEmpty());   // "ORDO-ASSET:" and the number
    REQUIRE(CompanySettings(*s.db).setValue(QString(settings::ServerPublicUrl), QStringLiteral("https://ordo.ventanassol.es/")).ok());
    CHECK(assetLabelPrefix(*s.db) == QStringLiteral("https://ordo.ventanassol.es/tech/asset/"));
    REQUIRE(CompanySettings(*s.db).setValue(QString(AssetRegistry::LabelUrlSetting), QStringLiteral("https://qr.example.es/a/")).ok());
    CHECK(assetLabelPrefix(*s.db) == QStringLiteral("https://qr.example.es/a/"));   // the company's own choice wins
}
