// The booking page's handlers without a socket, and the real ordo-server sending a booking's
// confirmation from its outbox.
#include "BookingSite.h"
#include "CsrfTokens.h"
#include "WebApp.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/Mailer.h"
#include "core/billing/MailOutbox.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Settings.h"
#include "core/usecases/OnlineBooking.h"

#include "support/FakeSmtpServer.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace ordo;
using namespace ordo::server;

namespace {

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

struct BookingPage
{
    // sharedWithReaders: the site keeps its pages with the server's readers' (`shared`), as the
    // server's writer does.
    explicit BookingPage(bool sharedWithReaders = false)
    {
        test::addCompanyProfile(*db);
        REQUIRE(CompanySettings(*db).setValue(QStringLiteral("company.phone"), QStringLiteral("910 123 456")).ok());
        BookingSite::Options options;
        options.publicUrl = QStringLiteral("https://citas.ventanassol.es");
        options.monotonicMs = [this] { return clockMs; };
        if (sharedWithReaders) {
            shared = BookingSite::sharedPages(db.path);
            REQUIRE(shared);
            options.sharedPages = shared;
        }
        site = std::make_unique<BookingSite>(*db, CsrfTokens(QByteArray(32, 'k')), options);
        site->addRoutes(app);
    }

    test::TestDatabase db;
    test::Team team = test::addTeam(*db);
    Clock::Override now{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2))};
    qint64 clockMs = 1000;
    WebSettings settings;
    WebApp app;
    std::shared_ptr<SharedPages> shared;
    std::unique_ptr<BookingSite> site;

    WebResponse get(const QString &pathAndQuery, const QString &peer = QStringLiteral("192.0.2.1"))
    {
        WebRequest r;
        r.method = "GET";
        const QUrl url(pathAndQuery);
        r.path = url.path();
        r.query = QUrlQuery(url);
        r.peer = peer;
        r.detectLanguage();
        return app.handle(r);
    }
    WebResponse post(const QString &path, const QUrlQuery &form, const QString &peer = QStringLiteral("192.0.2.1"))
    {
        WebRequest r;
        r.method = "POST";
        r.path = path;
        r.headers.insert("content-type", "application/x-www-form-urlencoded");
        r.body = form.toString(QUrl::FullyEncoded).toUtf8();
        r.peer = peer;
        r.detectLanguage();
        return app.handle(r);
    }
    // The booking form as the times page gives it, filled in as a customer would.
    QUrlQuery form(const QString &name, const QString &phone, const QString &email, int slotIndex = 0, const QString &peer = QStringLiteral("192.0.2.1"))
    {
        const WebResponse page = get(QStringLiteral("/times?job=Reparaci%C3%B3n&postcode=28013&lang=es"), peer);
        REQUIRE(page.status == 200);
        const QString html = QString::fromUtf8(page.body);
        const auto csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(html);
        REQUIRE(csrf.hasMatch());
        QStringList starts;
        auto it = QRegularExpression(QStringLiteral("name=\"start\" value=\"(\\d+)\"")).globalMatch(html);
        while (it.hasNext())
            starts << it.next().captured(1);
        REQUIRE(starts.size() > slotIndex);
        QUrlQuery q;
        for (const auto &[key, value] : std::initializer_list<std::pair<const char *, QString>>{
                 {"csrf", csrf.captured(1)}, {"lang", QStringLiteral("es")}, {"job", QStringLiteral("Reparación")},
                 {"postcode", QStringLiteral("28013")}, {"start", starts.at(slotIndex)}, {"name", name}, {"phone", phone},
                 // Another address for each time: one person's bookings here are separate jobs,
                 // not the same one sent again (refused, tested on its own).
                 {"email", email}, {"address", slotIndex == 0 ? QStringLiteral("Calle Mayor 12") : QStringLiteral("Calle Mayor %1").arg(12 + slotIndex)},
                 {"city", QStringLiteral("Madrid")},
                 {"consent", QStringLiteral("yes")}, {"description", QString()}})
            q.addQueryItem(QString::fromLatin1(key), QString::fromUtf8(QUrl::toPercentEncoding(value)));
        return q;
    }
    qint64 orders() { return test::rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")); }
};

QString text(const WebResponse &r)
{
    return QString::fromUtf8(r.body);
}

} // namespace

TEST_CASE("the booking page speaks the customer's language and shows the company", "[server][booking]")
{
    BookingPage s;
    const WebResponse es = s.get(QStringLiteral("/?lang=es"));
    CHECK(es.status == 200);
    CHECK(text(es).contains(QStringLiteral("Reserve una visita")));
    CHECK(text(es).contains(QStringLiteral("Ventanas Sol S.L.")));
    CHECK(text(es).contains(QStringLiteral("<option value=\"Reparación\">Reparación</option>")));
    const WebResponse en = s.get(QStringLiteral("/?lang=en"));
    CHECK(text(en).contains(QStringLiteral("Book a visit")));
    CHECK(text(en).contains(QStringLiteral(">Repair</option>")));
    CHECK(s.get(QStringLiteral("/brand.css")).body.contains("--ordo-accent: #1d5fa8"));

    // Outside every territory: a polite page with the phone to call, no times.
    const WebResponse outside = s.get(QStringLiteral("/times?job=Reparaci%C3%B3n&postcode=46001&lang=es"));
    CHECK(outside.status == 200);
    CHECK(text(outside).contains(QStringLiteral("Todavía no trabajamos en el código postal 46001")));
    CHECK(text(outside).contains(QStringLiteral("tel:910123456")));
    CHECK_FALSE(text(outside).contains(QStringLiteral("name=\"start\"")));
    // A broken postcode or job: a clear message, 422.
    CHECK(s.get(QStringLiteral("/times?job=Nada&postcode=28013")).status == 422);
    CHECK(s.get(QStringLiteral("/times?job=Reparaci%C3%B3n&postcode=28%3Cb%3E")).status == 422);

    // The form's address opened again leads to the start; an address nothing serves is the
    // company's page with the way back and the phone, not a dead end.
    const WebResponse reopened = s.get(QStringLiteral("/book?lang=es"));
    CHECK(reopened.status == 303);
    CHECK(reopened.header("location") == "/?lang=es");
    const WebResponse missing = s.get(QStringLiteral("/reservar?lang=es"));
    CHECK(missing.status == 404);
    CHECK(text(missing).contains(QStringLiteral("<h1>Esta página no existe.</h1>")));
    CHECK(text(missing).contains(QStringLiteral("Ventanas Sol S.L.")));
    CHECK(text(missing).contains(QStringLiteral("tel:910123456")));
    CHECK(text(missing).contains(QStringLiteral("href=\"/?lang=es\">Reserve una visita</a>")));

    // The free times as JSON, without names.
    const WebResponse json = s.get(QStringLiteral("/api/slots?postcode=28013"));
    REQUIRE(json.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(json.body).object();
    CHECK(body.value(QStringLiteral("covered")).toBool());
    const QJsonArray times = body.value(QStringLiteral("slots")).toArray();
    REQUIRE(times.size() == 40);
    CHECK(times.first().toObject().value(QStringLiteral("start")).toString() == QStringLiteral("2026-11-24T08:00:00+01:00"));
    CHECK_FALSE(json.body.contains("Javier"));
}

TEST_CASE("booking through the handlers: tokens, honeypot, replay, escaping and the link", "[server][booking]")
{
    BookingPage s;
    QUrlQuery good = s.form(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"), QStringLiteral("carmen@example.es"));

    QUrlQuery forged = good;
    forged.removeAllQueryItems(QStringLiteral("csrf"));
    forged.addQueryItem(QStringLiteral("csrf"), QStringLiteral("AAAA"));
    CHECK(s.post(QStringLiteral("/book"), forged).status == 403);
    QUrlQuery robot = good;
    robot.addQueryItem(QStringLiteral("website"), QStringLiteral("http://spam.example"));
    CHECK(s.post(QStringLiteral("/book"), robot).status == 400);
    QUrlQuery script = good;
    script.removeAllQueryItems(QStringLiteral("name"));
    script.addQueryItem(QStringLiteral("name"), QStringLiteral("%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
    script.removeAllQueryItems(QStringLiteral("phone"));
    script.addQueryItem(QStringLiteral("phone"), QStringLiteral("12"));
    const WebResponse invalid = s.post(QStringLiteral("/book"), script);
    CHECK(invalid.status == 422);
    CHECK(text(invalid).contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(text(invalid).contains(QStringLiteral("<script>")));
    CHECK(text(invalid).contains(QStringLiteral("Escriba un teléfono al que podamos llamarle")));
    // The phone's field is marked, for the eye and for a screen reader; the others are not.
    CHECK(QRegularExpression(QStringLiteral("<input id=\"phone\"[^>]*aria-invalid=\"true\"")).match(text(invalid)).hasMatch());
    CHECK_FALSE(QRegularExpression(QStringLiteral("<input id=\"name\"[^>]*aria-invalid")).match(text(invalid)).hasMatch());
    CHECK(text(invalid).count(QStringLiteral("aria-invalid")) == 1);
    // Beside the fields (on a phone the times fill screens above them); the top points there.
    CHECK(text(invalid).indexOf(QStringLiteral("Escriba un teléfono")) > text(invalid).indexOf(QStringLiteral("id=\"details\"")));
    CHECK(text(invalid).indexOf(QStringLiteral("href=\"#details\"")) < text(invalid).indexOf(QStringLiteral("name=\"start\"")));
    CHECK(s.orders() == 0);

    const WebResponse booked = s.post(QStringLiteral("/book"), good);
    REQUIRE(booked.status == 303);
    const QString location = QString::fromUtf8(booked.header("location"));
    CHECK(location.startsWith(QStringLiteral("/booking/")));
    CHECK(s.orders() == 1);
    // The same form again (a double click, a replay): refused, nothing written.
    const WebResponse again = s.post(QStringLiteral("/book"), good);
    CHECK(again.status == 409);
    CHECK(text(again).contains(QStringLiteral("ya se envió")));
    CHECK(s.orders() == 1);
    // Back in the browser and "Reservar" once more: a new page, so a new token and another time
    // ticked. The same person, job and address: refused, naming the visit booked; nothing written.
    const WebResponse back = s.post(QStringLiteral("/book"), s.form(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"),
                                                                    QStringLiteral("carmen@example.es")));
    CHECK(back.status == 409);
    CHECK(text(back).contains(QStringLiteral("Ya tiene una visita reservada para este trabajo en esta dirección")));
    CHECK(s.orders() == 1);

    // The link shows the visit, and cancels it only with its own form's token.
    const QString token = QUrl(location).path().mid(QStringLiteral("/booking/").size());
    const WebResponse shown = s.get(location);
    CHECK(shown.status == 200);
    CHECK(text(shown).contains(QStringLiteral("Su visita está reservada")));
    CHECK(text(shown).contains(QStringLiteral("WO-2026-00001")));
    s.clockMs += 61 * 1000;   // a minute on: the address's posts of the minute are its own again
    QUrlQuery cancel;
    cancel.addQueryItem(QStringLiteral("csrf"), good.queryItemValue(QStringLiteral("csrf")));   // a booking form's token
    CHECK(s.post(QStringLiteral("/booking/") + token + QStringLiteral("/cancel"), cancel).status == 403);
    // Cancelling is asked once more, on a page of its own that carries the form.
    CHECK_FALSE(text(shown).contains(QStringLiteral("name=\"csrf\"")));
    const WebResponse asked = s.get(QStringLiteral("/booking/") + token + QStringLiteral("/cancel?lang=es"));
    CHECK(asked.status == 200);
    CHECK(text(asked).contains(QStringLiteral("¿Anular la visita?")));
    CHECK_FALSE(text(s.get(QStringLiteral("/booking/") + token)).contains(QStringLiteral("Esta visita está anulada")));   // asking cancelled nothing
    const QString manageCsrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(text(asked)).captured(1);
    cancel.clear();
    cancel.addQueryItem(QStringLiteral("csrf"), manageCsrf);
    CHECK(s.post(QStringLiteral("/booking/") + token + QStringLiteral("/cancel"), cancel).status == 303);
    const QString cancelledPage = text(s.get(QStringLiteral("/booking/") + token));
    CHECK(cancelledPage.contains(QStringLiteral("Esta visita está anulada")));
    // Said first, as the page's heading and title, not under "Su visita".
    CHECK(cancelledPage.contains(QStringLiteral("<title>Visita anulada")));
    CHECK(cancelledPage.indexOf(QStringLiteral("<h1>Visita anulada</h1>")) >= 0);
    CHECK(cancelledPage.indexOf(QStringLiteral("<h1>Visita anulada</h1>")) < cancelledPage.indexOf(QStringLiteral("class=\"visit\"")));
    CHECK_FALSE(cancelledPage.contains(QStringLiteral("<h1>Su visita</h1>")));
    CHECK(s.post(QStringLiteral("/booking/") + token + QStringLiteral("/cancel"), cancel).status == 409);
    CHECK(s.get(QStringLiteral("/booking/") + QString(43, QLatin1Char('A'))).status == 404);
}

TEST_CASE("the server's threads share one copy of the free times, and every commit shows at once", "[server][booking]")
{
    BookingPage s;   // its site writes, as the server's writer thread
    // Two readers as the server's: each its own read-only connection, one copy of the pages for both.
    auto shared = BookingSite::sharedPages(s.db.path);
    REQUIRE(shared);
    BookingSite::Options options;
    options.sharedPages = shared;
    options.monotonicMs = [&s] { return s.clockMs; };
    auto firstDb = Database::open(s.db.path, Database::OpenMode::ReadOnly);
    auto secondDb = Database::open(s.db.path, Database::OpenMode::ReadOnly);
    REQUIRE(firstDb.ok());
    REQUIRE(secondDb.ok());
    BookingSite first(**firstDb, CsrfTokens(QByteArray(32, 'k')), options);
    BookingSite second(**secondDb, CsrfTokens(QByteArray(32, 'k')), options);
    const auto fresh = [&s]() { return *OnlineBooking(*s.db).offeredSlots(QStringLiteral("28013")); };

    const auto before = first.slotsFor(QStringLiteral("28013"));
    REQUIRE(before.ok());
    REQUIRE(before->first);
    REQUIRE_FALSE(before->second.isEmpty());
    CHECK(second.slotsFor(QStringLiteral("28013"))->second == before->second);
    // Kept: one copy for both, found once, while nobody commits. On PostgreSQL the version is the
    // whole server's, and other databases of the cluster (the other tests') may commit meanwhile: try
    // until a moment when none did, which the server's own snapshot shows (for ten seconds at most).
    const auto serverState = [&s]() -> QString {
        if (s.db->dialect() != Database::Dialect::PostgreSQL)
            return {};
        return s.db->scalar(QStringLiteral("SELECT pg_current_snapshot()::text"))->toString();
    };
    std::shared_ptr<const BookingSite::Snapshot> kept;
    bool quiet = false;
    QElapsedTimer trying;
    trying.start();
    while (!quiet && trying.elapsed() < 10000) {
        const QString stateBefore = serverState();
        kept = first.snapshot();
        const auto bySecond = second.snapshot();
        const auto byFirstAgain = first.snapshot();
        if (serverState() != stateBefore)
            continue;
        quiet = true;
        CHECK(bySecond == kept);
        CHECK(byFirstAgain == kept);
    }
    REQUIRE(quiet);

    // The writer books the first time: both readers stop offering it at once.
    const WebResponse booked = s.post(QStringLiteral("/book"), s.form(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"),
                                                                      QStringLiteral("carmen@example.es")));
    REQUIRE(booked.status == 303);
    const BookingSlot taken = before->second.first();
    CHECK_FALSE(fresh().contains(taken));
    CHECK(first.snapshot() != kept);
    CHECK(first.slotsFor(QStringLiteral("28013"))->second == fresh());
    CHECK(second.slotsFor(QStringLiteral("28013"))->second == fresh());

    // Another program on the same file (the desktop) cancels it: offered again at once.
    const QString token = QUrl(QString::fromUtf8(booked.header("location"))).path().mid(QStringLiteral("/booking/").size());
    auto desktop = Database::open(s.db.path, Database::OpenMode::MustExist);
    REQUIRE(desktop.ok());
    REQUIRE(OnlineBooking(**desktop).cancel(token).ok());
    CHECK(second.slotsFor(QStringLiteral("28013"))->second.contains(taken));
    CHECK(first.slotsFor(QStringLiteral("28013"))->second == before->second);
}

TEST_CASE("bookings of a commit group that was not saved: their times offered again, their phone not counted", "[server][booking][sqlite]")
{
    BookingPage s(true);   // the writer's site, its pages kept with the readers'
    BookingSite::Options options;
    options.sharedPages = s.shared;
    options.monotonicMs = [&s] { return s.clockMs; };
    auto readerDb = Database::open(s.db.path, Database::OpenMode::ReadOnly);
    REQUIRE(readerDb.ok());
    BookingSite reader(**readerDb, CsrfTokens(QByteArray(32, 'k')), options);
    const QString postcode = QStringLiteral("28013");
    const auto offered = [](const WebResponse &page) {
        QStringList starts;
        auto it = QRegularExpression(QStringLiteral("name=\"start\" value=\"(\\d+)\"")).globalMatch(text(page));
        while (it.hasNext())
            starts << it.next().captured(1);
        return starts;
    };

    const QUrlQuery carmen = s.form(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"), QStringLiteral("carmen@example.es"));
    const QUrlQuery luis = s.form(QStringLiteral("Luis Gil"), QStringLiteral("611 22 33 44"), QStringLiteral("luis@example.es"));
    const QString taken = carmen.queryItemValue(QStringLiteral("start"));
    REQUIRE(luis.queryItemValue(QStringLiteral("start")) == taken);
    s.clockMs += 21000;   // the pages read before are too old: the next page reads the free times again

    // Carmen and Luis press at the same moment for the same time: one group. Luis is told the time
    // was just taken, and his page no longer offers it.
    REQUIRE(s.db->beginGroup().ok());
    CHECK(s.post(QStringLiteral("/book"), carmen).status == 303);
    const WebResponse toldTaken = s.post(QStringLiteral("/book"), luis, QStringLiteral("192.0.2.2"));
    CHECK(toldTaken.status == 409);
    CHECK_FALSE(offered(toldTaken).contains(taken));
    CHECK_FALSE(offered(toldTaken).isEmpty());
    // The disk fills up: SQLite undoes the whole transaction, and the group is not saved.
    QSqlQuery undo(s.db->connection());
    REQUIRE(undo.exec(QStringLiteral("ROLLBACK")));
    CHECK_FALSE(s.db->commitGroup().ok());
    s.site->groupEnded(false);
    CHECK(s.orders() == 0);

    // Carmen's time is free again for every thread, at once.
    const auto readerTimes = reader.slotsFor(postcode);
    REQUIRE(readerTimes.ok());
    CHECK(readerTimes->second == *OnlineBooking(*s.db).offeredSlots(postcode));
    CHECK(std::any_of(readerTimes->second.cbegin(), readerTimes->second.cend(),
                      [&](const BookingSlot &slot) { return QString::number(slot.startsAt) == taken; }));
    // And the booking she was told was not saved does not count against her phone: her four of the
    // hour are still hers.
    for (int i = 0; i < 4; ++i) {
        const QString peer = QStringLiteral("198.51.100.%1").arg(i + 1);
        CHECK(s.post(QStringLiteral("/book"), s.form(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"), QStringLiteral("carmen@example.es"), i, peer), peer)
                  .status == 303);
    }
    CHECK(s.orders() == 4);
}

TEST_CASE("the writer's booking at start is undone: nothing kept, the first customer's order takes the next number", "[server][booking][sqlite]")
{
    const QStringList tables{QStringLiteral("work_orders"), QStringLiteral("customers"), QStringLiteral("sites"),
                             QStringLiteral("appointments"), QStringLiteral("order_events"), QStringLiteral("mail_outbox"),
                             QStringLiteral("online_bookings"), QStringLiteral("sequences")};
    const auto rows = [&](BookingPage &page) {
        QStringList counts;
        for (const QString &table : tables)
            counts << QStringLiteral("%1 %2").arg(table).arg(test::rawCount(*page.db, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        return counts;
    };
    const auto firstOrder = [](BookingPage &page) {
        const WebResponse booked = page.post(QStringLiteral("/book"), page.form(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"),
                                                                             QStringLiteral("carmen@example.es")));
        REQUIRE(booked.status == 303);
        return page.db->scalar(QStringLiteral("SELECT number FROM work_orders"))->toString();
    };

    BookingPage warmed;
    const QStringList before = rows(warmed);
    CHECK(warmed.site->warmUp());
    CHECK_FALSE(warmed.db->inTransaction());
    CHECK(rows(warmed) == before);
    BookingPage cold;
    CHECK(firstOrder(warmed) == firstOrder(cold));
}

TEST_CASE("later dates: the times after the last day shown, back to the first ones, never past the days allowed", "[server][booking]")
{
    // A customer who cannot this week: the page shows about a week and links to the days after it.
    BookingPage s;
    const auto starts = [](const WebResponse &page) {
        QList<qint64> found;
        auto it = QRegularExpression(QStringLiteral("name=\"start\" value=\"(\\d+)\"")).globalMatch(text(page));
        while (it.hasNext())
            found << it.next().captured(1).toLongLong();
        return found;
    };
    const auto link = [](const WebResponse &page, const QString &label) {
        const auto m = QRegularExpression(QStringLiteral("href=\"([^\"]+)\">%1</a>").arg(label)).match(text(page));
        return m.hasMatch() ? m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")) : QString();
    };
    const QString timesPath = QStringLiteral("/times?job=Reparaci%C3%B3n&postcode=28013&lang=es");
    const WebResponse first = s.get(timesPath);
    REQUIRE(first.status == 200);
    const QList<qint64> shown = starts(first);
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(link(first, QStringLiteral("Primeras fechas")).isEmpty());
    const QString later = link(first, QStringLiteral("Más fechas"));
    INFO(later.toStdString());
    REQUIRE(later.contains(QStringLiteral("postcode=28013")));
    const QDate lastShown = QDateTime::fromSecsSinceEpoch(shown.last()).date();
    // From the last day shown: its other times may not have fitted on the first page.
    CHECK(later.endsWith(QStringLiteral("from=") + lastShown.toString(Qt::ISODate)));

    const WebResponse next = s.get(later);
    REQUIRE(next.status == 200);
    const QList<qint64> nextShown = starts(next);
    REQUIRE_FALSE(nextShown.isEmpty());
    for (const qint64 start : nextShown)
        CHECK(QDateTime::fromSecsSinceEpoch(start).date() >= lastShown);
    CHECK(QDateTime::fromSecsSinceEpoch(nextShown.last()).date() > lastShown);
    CHECK(link(next, QStringLiteral("Primeras fechas")) == timesPath);

    // A refused form sent from that page comes back with the same times, the one ticked kept.
    QUrlQuery mistaken;
    for (const auto &[key, value] : std::initializer_list<std::pair<const char *, QString>>{
             {"csrf", QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(text(next)).captured(1)},
             {"from", QRegularExpression(QStringLiteral("name=\"from\" value=\"([^\"]+)\"")).match(text(next)).captured(1)},
             {"lang", QStringLiteral("es")}, {"job", QStringLiteral("Reparación")}, {"postcode", QStringLiteral("28013")},
             {"start", QString::number(nextShown.at(1))}, {"name", QStringLiteral("Luis Gil")}, {"phone", QStringLiteral("12")},
             {"email", QStringLiteral("luis@example.es")}, {"address", QStringLiteral("Calle Mayor 20")}, {"consent", QStringLiteral("yes")}})
        mistaken.addQueryItem(QString::fromLatin1(key), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    REQUIRE_FALSE(mistaken.queryItemValue(QStringLiteral("from")).isEmpty());
    const WebResponse refusedForm = s.post(QStringLiteral("/book"), mistaken);
    CHECK(refusedForm.status == 422);
    CHECK(starts(refusedForm) == nextShown);
    CHECK(text(refusedForm).contains(QStringLiteral("value=\"%1\" required checked").arg(nextShown.at(1))));

    // One of those later times is booked like any other.
    const auto bookAt = [&](qint64 start, const QString &name, const QString &phone) {
        // The form's token from a page of its own: a token is used once.
        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(text(s.get(timesPath))).captured(1);
        QUrlQuery q;
        for (const auto &[key, value] : std::initializer_list<std::pair<const char *, QString>>{
                 {"csrf", csrf}, {"lang", QStringLiteral("es")}, {"job", QStringLiteral("Reparación")}, {"postcode", QStringLiteral("28013")},
                 {"start", QString::number(start)}, {"name", name}, {"phone", phone}, {"email", QStringLiteral("luis@example.es")},
                 {"address", QStringLiteral("Calle Mayor 20")}, {"city", QStringLiteral("Madrid")}, {"consent", QStringLiteral("yes")}})
            q.addQueryItem(QString::fromLatin1(key), QString::fromUtf8(QUrl::toPercentEncoding(value)));
        return s.post(QStringLiteral("/book"), q);
    };
    REQUIRE(bookAt(nextShown.last(), QStringLiteral("Luis Gil"), QStringLiteral("611 22 33 44")).status == 303);
    CHECK(test::rawCount(*s.db, QStringLiteral("SELECT count(*) FROM appointments WHERE starts_at = %1").arg(nextShown.last())) == 1);

    // The days customers may book end 14 days after the first bookable one (24 November): past
    // them, no times and no "later" link; a form made by hand for such a day books nothing.
    const QDate lastBookable(2026, 12, 8);
    const WebResponse beyond = s.get(timesPath + QStringLiteral("&from=") + lastBookable.addDays(1).toString(Qt::ISODate));
    CHECK(beyond.status == 200);
    CHECK(starts(beyond).isEmpty());
    CHECK(text(beyond).contains(QStringLiteral("No hay más horas libres")));
    CHECK(link(beyond, QStringLiteral("Primeras fechas")) == timesPath);
    CHECK(link(beyond, QStringLiteral("Más fechas")).isEmpty());
    const qint64 tooLate = madrid(2026, 12, 9, 10);
    const WebResponse refused = bookAt(tooLate, QStringLiteral("Pepe Ruiz"), QStringLiteral("622 33 44 55"));
    CHECK(refused.status == 409);
    CHECK(text(refused).contains(QStringLiteral("esa hora se acaba de ocupar")));
    CHECK(s.orders() == 1);
    const WebResponse lastDays = s.get(timesPath + QStringLiteral("&from=") + lastBookable.toString(Qt::ISODate));
    REQUIRE_FALSE(starts(lastDays).isEmpty());
    for (const qint64 start : starts(lastDays))
        CHECK(QDateTime::fromSecsSinceEpoch(start).date() == lastBookable);
    CHECK(link(lastDays, QStringLiteral("Más fechas")).isEmpty());

    // A day gone by, or not a date, gives the first times.
    const QList<qint64> firstAgain = starts(s.get(timesPath));
    CHECK(starts(s.get(timesPath + QStringLiteral("&from=2026-11-01"))) == firstAgain);
    CHECK(starts(s.get(timesPath + QStringLiteral("&from=%3Cscript%3E"))) == firstAgain);
}

TEST_CASE("rate limits per address and per phone answer 429 and book nothing", "[server][booking]")
{
    BookingPage s;
    // Twenty bookings a minute from one address (customers behind one office or mobile network
    // share it); the next waits.
    const int perMinute = static_cast<int>(BookingSite::Options{}.bookingsPerMinutePerAddress);
    REQUIRE(perMinute >= 10);
    for (int i = 0; i < perMinute; ++i) {
        const WebResponse r = s.post(QStringLiteral("/book"),
                                     s.form(QStringLiteral("Cliente %1").arg(i), QStringLiteral("6110000%1").arg(i, 2, 10, QLatin1Char('0')),
                                            QStringLiteral("c%1@example.es").arg(i), i));
        CHECK(r.status == 303);
    }
    const qint64 booked = s.orders();
    CHECK(booked == perMinute);
    const QUrlQuery next = s.form(QStringLiteral("Cliente X"), QStringLiteral("611000099"), QStringLiteral("cx@example.es"), perMinute);
    CHECK(s.post(QStringLiteral("/book"), next).status == 429);
    CHECK(s.orders() == booked);
    s.clockMs += 61 * 1000;   // a minute later it may go on
    CHECK(s.post(QStringLiteral("/book"), next).status == 303);

    // Four bookings an hour for one phone, from whatever addresses.
    for (int i = 0; i < 4; ++i) {
        const QString peer = QStringLiteral("198.51.100.%1").arg(i + 1);
        CHECK(s.post(QStringLiteral("/book"), s.form(QStringLiteral("Pepe"), QStringLiteral("622 000 000"), QStringLiteral("pepe@example.es"), 10 + i, peer), peer).status == 303);
    }
    const QString peer = QStringLiteral("198.51.100.9");
    const WebResponse limited = s.post(QStringLiteral("/book"), s.form(QStringLiteral("Pepe"), QStringLiteral("622000000"), QStringLiteral("pepe@example.es"), 20, peer), peer);
    CHECK(limited.status == 429);
    CHECK(text(limited).contains(QStringLiteral("910 123 456")));
}

TEST_CASE("a refused form does not count against the phone, and says plainly what is missing", "[server][booking]")
{
    BookingPage s;
    // Four forms refused for one phone (a bad e-mail) from four addresses: none booked anything.
    for (int i = 0; i < 4; ++i) {
        const QString peer = QStringLiteral("198.51.100.%1").arg(i + 1);
        const WebResponse refused = s.post(QStringLiteral("/book"), s.form(QStringLiteral("Pepe"), QStringLiteral("622 000 000"), QStringLiteral("pepe@gmail"), i, peer), peer);
        CHECK(refused.status == 422);
    }
    // The fifth, right: booked (before, the phone's four an hour were used up by the refusals).
    const QString peer = QStringLiteral("198.51.100.9");
    CHECK(s.post(QStringLiteral("/book"), s.form(QStringLiteral("Pepe"), QStringLiteral("622 000 000"), QStringLiteral("pepe@example.es"), 5, peer), peer).status == 303);

    // No time chosen: said so, not "that time has just been taken".
    QUrlQuery noTime = s.form(QStringLiteral("Ana Ruiz"), QStringLiteral("633 111 222"), QStringLiteral("ana@example.es"), 0, QStringLiteral("192.0.2.7"));
    noTime.removeAllQueryItems(QStringLiteral("start"));
    const WebResponse unchosen = s.post(QStringLiteral("/book"), noTime, QStringLiteral("192.0.2.7"));
    CHECK(unchosen.status == 422);
    CHECK(text(unchosen).contains(QStringLiteral("Elija una de las horas libres")));
    CHECK_FALSE(text(unchosen).contains(QStringLiteral("se acaba de ocupar")));
}

TEST_CASE("a form is answered in its page's language, and the language link keeps the page", "[server][booking]")
{
    BookingPage s;
    // An English page sent from a browser that prefers Spanish: the answer stays English.
    QUrlQuery english = s.form(QStringLiteral("Ann Smith"), QStringLiteral("12"), QStringLiteral("ann@example.com"));
    english.removeAllQueryItems(QStringLiteral("lang"));
    english.addQueryItem(QStringLiteral("lang"), QStringLiteral("en"));
    WebRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/book");
    r.headers.insert("content-type", "application/x-www-form-urlencoded");
    r.headers.insert("accept-language", "es-ES,es;q=0.9");
    r.body = english.toString(QUrl::FullyEncoded).toUtf8();
    r.peer = QStringLiteral("192.0.2.1");
    r.detectLanguage();
    CHECK(r.language == QStringLiteral("en"));
    const WebResponse answer = s.app.handle(r);
    CHECK(answer.status == 422);
    CHECK(text(answer).contains(QStringLiteral("Write a phone number we can call")));

    // The times page's switch goes to the same times in English, job and postcode kept.
    const QString times = text(s.get(QStringLiteral("/times?job=Reparaci%C3%B3n&postcode=28013&lang=es")));
    const QString link = QRegularExpression(QStringLiteral("class=\"language\" href=\"([^\"]+)\"")).match(times).captured(1);
    INFO(link.toStdString());
    CHECK(link.startsWith(QStringLiteral("/times?")));
    CHECK(link.contains(QStringLiteral("postcode=28013")));
    CHECK(link.contains(QStringLiteral("lang=en")));
    CHECK_FALSE(link.contains(QStringLiteral("lang=es")));
}

TEST_CASE("ordo-server sends a booking's confirmation from the outbox, with the calendar file", "[server][booking][process]")
{
    test::TestDatabase db;
    test::addTeam(*db);
    test::addCompanyProfile(*db);
    test::FakeSmtpServer smtp("ordo", "s3cret");
    SmtpSettings mail;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = smtp.port();
    mail.security = SmtpSettings::Security::None;
    mail.user = QStringLiteral("ordo");
    mail.from = QStringLiteral("citas@ventanassol.es");
    REQUIRE(mail.save(*db).ok());
    // A visit booked a week ahead of the real clock (the server runs on it).
    OnlineBookingRequest r;
    r.jobType = QStringLiteral("Reparación");
    r.postcode = QStringLiteral("28013");
    QDate day = QDate::currentDate().addDays(7);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    r.startsAt = QDateTime(day, QTime(10, 0)).toSecsSinceEpoch();
    r.name = QStringLiteral("Carmen López");
    r.phone = QStringLiteral("600123456");
    r.email = QStringLiteral("carmen@example.es");
    r.address = QStringLiteral("Calle Mayor 12");
    r.consent = true;
    auto booked = OnlineBooking(*db).book(r, QStringLiteral("https://citas.ventanassol.es"));
    INFO((booked ? QString() : booked.error().message).toStdString());
    REQUIRE(booked.ok());
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
    CHECK(smtp.authenticated());
    CHECK(smtp.recipients().contains("<carmen@example.es>"));
    CHECK(message.contains("Content-Type: text/calendar"));
    CHECK(message.contains("visita.ics"));

    auto reopened = Database::open(db.path, Database::OpenMode::MustExist);
    REQUIRE(reopened.ok());
    auto unsent = MailOutbox(**reopened).unsent();
    REQUIRE(unsent.ok());
    CHECK(unsent->isEmpty());
}
