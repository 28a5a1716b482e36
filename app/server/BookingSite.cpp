#include "BookingSite.h"

#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "core/common/LocalDays.h"
#include "core/common/Log.h"
#include "core/domain/Types.h"
#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"
#include "core/usecases/OnlineBooking.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <cstring>
#include <limits>
#include <future>
#include <map>
#include <mutex>
#include <optional>

namespace ordo::server {

namespace {


QString t(const WebRequest &r, const char *source)
{
    return WebApp::tr(r, source);
}

QString e(const QString &text)
{
    return escapeHtml(text);
}

// The company as its pages show it (Settings › Company); a company without a name yet is "Ordo".
CompanyProfile company(Database &db)
{
    CompanyProfile c = CompanyProfiles(db).load();
    if (c.legalName.trimmed().isEmpty())
        c.legalName = QStringLiteral("Ordo");
    return c;
}

// Many forms or pages from one connection in a minute: said plainly, with the way back.
QString tooManyBody(const WebRequest &r)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"/?lang=%3\">%4</a></p>")
        .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "One moment, please")),
             t(r, QT_TRANSLATE_NOOP("OrdoServer", "We have received many requests from this connection in a short time. Wait a minute, "
                                                  "go back with your browser and send it again: nothing was lost.")),
             r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")));
}

QString callUs(const WebRequest &r, const CompanyProfile &c)
{
    if (c.phone.isEmpty())
        return {};
    return t(r, QT_TRANSLATE_NOOP("OrdoServer", "Call us at %1.")).arg(QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(e(c.phone).remove(QLatin1Char(' ')), e(c.phone)));
}

// A page lists dozens of times: each local day is converted once (LocalDays).
QString localDay(const DocumentText &text, qint64 utc, LocalDays &days)
{
    return text.locale().toString(days.dateOf(utc), text.language() == QLatin1String("en") ? QStringLiteral("dddd d MMMM")
                                                                                           : QStringLiteral("dddd d 'de' MMMM"));
}

QString localHour(qint64 utc, LocalDays &days)
{
    return days.timeOf(utc).toString(QStringLiteral("HH:mm"));
}

// "2026-12-04T10:00:00+01:00"
QString isoLocal(qint64 utc, LocalDays &days)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::OffsetFromUTC, days.offsetOf(utc)).toString(Qt::ISODate);
}

// A query value as a browser's GET form writes it: '+' for a space, %XX for the rest.
QString queryValue(const WebRequest &r, const QString &name, int maxLength = 200)
{
    QByteArray raw = r.query.queryItemValue(name, QUrl::FullyEncoded).toUtf8();
    raw.replace('+', "%20");
    return QUrl::fromPercentEncoding(raw).left(maxLength);
}

// The first day a page of free times asks for ("from", yyyy-MM-dd); invalid when it is not one.
QDate pageDay(const QString &value)
{
    return QDate::fromString(value.left(10), Qt::ISODate);
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(name, e(value));
}

QString digitsOf(const QString &s)
{
    QString d;
    for (const QChar c : s)
        if (c.isDigit())
            d += c;
    return d;
}

} // namespace

using FreeTimes = Result<std::pair<bool, QList<BookingSlot>>>;   // covered, free times

struct BookingSite::Snapshot
{
    std::pair<qint64, qint64> version{-1, -1};
    qint64 takenAtMs = 0;
    BookingSettings settings;
    CompanyProfile company;
    // What every postcode's free times are found from (the staff, the settings), read once by the
    // first thread that needs them (guarded by the SharedPages' mutex).
    std::optional<BookingFacts> facts;
    // Postcode -> its free times, found or being found by one of the threads (guarded by the
    // SharedPages' mutex; the value itself is read without it once ready).
    QHash<QString, std::shared_future<FreeTimes>> freeTimes;
};

struct SharedPages
{
    std::mutex mutex;
    // A number that moves whenever the database changes; a first value below 0: none known. Asked
    // with the asking site's connection (PostgreSQL's is the only one that thread may use).
    std::function<std::pair<qint64, qint64>(Database &)> version;
    std::shared_ptr<BookingSite::Snapshot> current;
    // The connection `version` asks, for the shared one.
    std::unique_ptr<SqliteConnection> watch;
};

namespace {

// PostgreSQL's view of which transactions have ended (pg_current_snapshot(): the oldest still
// running, the next to start, those in between still running): it changes whenever a commit becomes
// visible, by anyone, in any database of the server. The pages read after it see at least that.
std::pair<qint64, qint64> serverVersion(Database &db)
{
    auto snapshot = db.scalar(QStringLiteral("SELECT pg_current_snapshot()::text"));
    if (!snapshot)
        return {-3, 0};
    const QByteArray digest = QCryptographicHash::hash(snapshot->toString().toUtf8(), QCryptographicHash::Sha256);
    qint64 value = 0;
    std::memcpy(&value, digest.constData(), sizeof value);
    return {value & std::numeric_limits<qint64>::max(), 0};
}

} // namespace

std::shared_ptr<SharedPages> BookingSite::sharedPages(const QString &databasePath)
{
    auto shared = std::make_shared<SharedPages>();
    if (Database::isServer(databasePath)) {
        shared->version = serverVersion;
        return shared;
    }
    shared->watch = std::make_unique<SqliteConnection>(databasePath, SqliteConnection::Mode::ReadOnly);
    if (!shared->watch->ok())
        return nullptr;
    // PRAGMA data_version moves when another connection commits; this one never writes, so it
    // moves on every commit: the server's writer's, the desktop's, ordo-cli's.
    SqliteConnection *watch = shared->watch.get();
    shared->version = [watch](Database &) -> std::pair<qint64, qint64> {
        const auto value = watch->column(QStringLiteral("PRAGMA data_version"));
        if (!value || value->isEmpty())
            return {-3, 0};
        return {value->first().toLongLong(), 0};
    };
    return shared;
}

BookingSite::~BookingSite() = default;

std::shared_ptr<const BookingSite::Snapshot> BookingSite::snapshot()
{
    const qint64 now = nowMs();
    std::lock_guard lock(m_shared->mutex);
    const auto version = m_shared->version(m_db);
    auto &current = m_shared->current;
    if (!current || version.first < 0 || current->version != version || now - current->takenAtMs > maxAgeMs) {
        // Read by whichever thread comes first, with its own connection, while the others wait.
        auto fresh = std::make_shared<Snapshot>();
        fresh->version = version;
        fresh->takenAtMs = now;
        fresh->settings = BookingSettings::load(m_db);
        fresh->company = company(m_db);
        current = std::move(fresh);
    }
    return current;
}

Result<std::pair<bool, QList<BookingSlot>>> BookingSite::freeTimesNow(const QString &postcode, Snapshot &snap, qint64 after)
{
    std::optional<BookingFacts> facts;
    {
        std::lock_guard lock(m_shared->mutex);
        if (!snap.facts) {
            auto loaded = BookingFacts::load(m_db);
            if (!loaded)
                return loaded.error();
            snap.facts = *loaded;
        }
        facts = snap.facts;
    }
    std::pair<bool, QList<BookingSlot>> found{OnlineBooking::covers(postcode, *facts), {}};
    if (found.first) {
        auto free = OnlineBooking(m_db).offeredSlots(postcode, *facts, after);
        if (!free)
            return free.error();
        found.second = *free;
    }
    return found;
}

Result<std::pair<bool, QList<BookingSlot>>> BookingSite::slotsFor(const QString &postcode, qint64 after)
{
    const auto snap = std::const_pointer_cast<Snapshot>(snapshot());
    // Inside a commit group this connection sees bookings not saved yet (the group may still fail):
    // the times are right for this page, but not kept for the other pages. Later dates are kept
    // per postcode and first day, like the first ones.
    if (m_db.inGroup())
        return freeTimesNow(postcode, *snap, after);
    const QString key = after > 0 ? postcode + QLatin1Char('@') + QString::number(after) : postcode;

    std::promise<FreeTimes> promise;
    std::shared_future<FreeTimes> known;
    {
        std::lock_guard lock(m_shared->mutex);
        if (auto found = snap->freeTimes.constFind(key); found != snap->freeTimes.constEnd()) {
            known = *found;
        } else {
            if (snap->freeTimes.size() > 500)
                snap->freeTimes.clear();
            snap->freeTimes.insert(key, promise.get_future().share());
        }
    }
    // Found or being found by another thread: its answer.
    if (known.valid())
        return known.get();

    auto forget = [&]() {
        std::lock_guard lock(m_shared->mutex);
        snap->freeTimes.remove(key);
    };
    try {
        FreeTimes answer = freeTimesNow(postcode, *snap, after);
        promise.set_value(answer);
        // A failure is not kept: the next page tries again.
        if (!answer)
            forget();
        return answer;
    } catch (...) {
        promise.set_exception(std::current_exception());
        forget();
        throw;
    }
}

bool BookingSite::warmUp()
{
    if (!m_db.groupsCommits() || m_db.inTransaction())
        return false;
    auto facts = BookingFacts::load(m_db);
    if (!facts || facts->settings.jobTypes.isEmpty())
        return false;
    QString postcode = QStringLiteral("28001");
    for (const auto &member : facts->staff)
        if (member.role == Role::Sales && !member.territory.isEmpty() && !member.territory.first().trimmed().isEmpty()) {
            postcode = (member.territory.first().trimmed() + QStringLiteral("00000")).left(5);
            break;
        }
    if (!m_db.beginGroup())
        return false;
    bool booked = false;
    OnlineBooking booking(m_db);
    if (auto free = booking.offeredSlots(postcode, *facts); free && !free->isEmpty()) {
        OnlineBookingRequest request;
        request.jobType = facts->settings.jobTypes.first().spanish;
        request.postcode = postcode;
        request.startsAt = free->first().startsAt;
        request.name = QStringLiteral("Ordo");
        request.phone = QStringLiteral("600000000");
        request.email = QStringLiteral("arranque@ordo.invalid");
        request.address = QStringLiteral("Calle Mayor 1");
        request.city = QStringLiteral("Madrid");
        request.consent = true;
        request.requestKey = QStringLiteral("warm-up");
        booked = booking.book(request, m_options.publicUrl).ok();
    }
    m_db.rollbackGroup();
    return booked;
}

void BookingSite::groupEnded(bool saved)
{
    for (const auto &[phoneKey, orderNumber] : m_inGroup) {
        if (saved) {
            qCInfo(logAccess).noquote() << "online booking:" << orderNumber;
        } else {
            // Told it was not saved: the booking does not count against the phone's bookings.
            qCInfo(logAccess).noquote() << "online booking not saved, the commit of its group failed";
            if (!phoneKey.isEmpty())
                m_bookingsByPhone.giveBack(QStringLiteral("phone:") + phoneKey);
        }
    }
    m_inGroup.clear();
}

// What the customer typed, kept when a page comes back with a problem.
struct BookingSite::Form
{
    QString job;
    QString postcode;
    QString description;
    QString name;
    QString phone;
    QString email;
    QString address;
    QString city;
    qint64 start = 0;
    bool consent = false;
    QString manageToken;      // set when the times are for moving a booked visit
    QString currentVisit;     // and the time it has now, as shown
    QDate fromDay;            // "later dates": the times from this day on (invalid: the first ones)
    bool detailsRefused = false;   // the problems are about the contact details: shown beside them
    QSet<QString> invalid;         // the fields those problems are about: marked

    static Form from(const QHash<QString, QString> &f)
    {
        Form form;
        form.job = f.value(QStringLiteral("job")).left(200);
        form.postcode = f.value(QStringLiteral("postcode")).left(20);
        form.description = f.value(QStringLiteral("description")).left(2000);
        form.name = f.value(QStringLiteral("name")).left(200);
        form.phone = f.value(QStringLiteral("phone")).left(40);
        form.email = f.value(QStringLiteral("email")).left(200);
        form.address = f.value(QStringLiteral("address")).left(400);
        form.city = f.value(QStringLiteral("city")).left(200);
        form.start = f.value(QStringLiteral("start")).toLongLong();
        form.consent = f.value(QStringLiteral("consent")) == QLatin1String("yes");
        // The page's first day ("later dates"): a refused form comes back with the same times.
        form.fromDay = pageDay(f.value(QStringLiteral("from")));
        return form;
    }
};

BookingSite::BookingSite(Database &db, CsrfTokens tokens, Options options)
    : m_db(db),
      m_tokens(std::move(tokens)),
      m_options(std::move(options)),
      m_pagesByAddress(m_options.pagesByAddress ? m_options.pagesByAddress
                                                : std::make_shared<RateLimiter>(m_options.pagesPerMinutePerAddress, m_options.pageBurstPerAddress)),
      m_bookingsByAddress(m_options.bookingsPerMinutePerAddress, m_options.bookingBurstPerAddress),
      m_bookingsByPhone(m_options.bookingsPerHourPerPhone / 60.0, static_cast<int>(m_options.bookingsPerHourPerPhone)),
      m_shared(m_options.sharedPages)
{
    if (!m_shared) {
        // Kept for this site alone: valid while no other connection committed and this site wrote nothing.
        m_shared = std::make_shared<SharedPages>();
        m_shared->version = [this](Database &) -> std::pair<qint64, qint64> {
            if (m_db.dialect() != Database::Dialect::SQLite)
                return serverVersion(m_db);   // moves with this site's own commits too
            auto v = m_db.scalar(QStringLiteral("PRAGMA data_version"));
            return {v ? v->toLongLong() : -3, m_ownWrites};
        };
    }
}

qint64 BookingSite::nowMs() const
{
    // One steady clock for every thread's site: they share the pages' limits.
    if (m_options.monotonicMs)
        return m_options.monotonicMs();
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool BookingSite::limited(const WebRequest &request, RateLimiter &limiter)
{
    return !limiter.allow(request.peer, nowMs());
}

void BookingSite::addRoutes(WebApp &app)
{
    app.route("GET", QStringLiteral("/"), [this](const WebRequest &r) { return start(r); });
    app.route("GET", QStringLiteral("/times"), [this](const WebRequest &r) { return times(r); });
    app.route("POST", QStringLiteral("/book"), [this](const WebRequest &r) { return book(r); });
    // The form's address opened again (a tab reopened, a link copied): the start of the booking.
    app.route("GET", QStringLiteral("/book"), [](const WebRequest &r) { return WebResponse::redirect(QStringLiteral("/?lang=") + r.language); });
    // An address nothing serves: the company's page, with the way back and its phone.
    app.setNotFoundPage([this](const WebRequest &r) {
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "This page does not exist.")),
                    QStringLiteral("<h1>%1</h1><p>%2</p><p><a class=\"button\" href=\"/?lang=%3\">%4</a></p>")
                        .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "This page does not exist.")), callUs(r, snapshot()->company), r.language,
                             t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit"))),
                    404);
    });
    app.routePrefix("GET", QStringLiteral("/booking/"), [this](const WebRequest &r) { return manage(r); });
    app.routePrefix("POST", QStringLiteral("/booking/"), [this](const WebRequest &r) { return manageAction(r); });
    app.route("GET", QStringLiteral("/api/slots"), [this](const WebRequest &r) { return slotsJson(r); });
    app.route("GET", QStringLiteral("/brand.css"), [this](const WebRequest &r) { return brandCss(r); });
    app.route("GET", QStringLiteral("/logo.png"), [this](const WebRequest &r) { return logo(r); });
}

WebResponse BookingSite::page(const WebRequest &r, const QString &title, const QString &body, int status)
{
    const auto snap = snapshot();
    const CompanyProfile &c = snap->company;
    const QString lang = r.language;
    const QString other = lang == QLatin1String("en") ? QStringLiteral("es") : QStringLiteral("en");
    const QString otherName = lang == QLatin1String("en") ? QStringLiteral("Español") : QStringLiteral("English");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                           "<title>%2 · %3</title>"
                           "<link rel=\"icon\" href=\"/static/favicon.svg\">"
                           "<link rel=\"stylesheet\" href=\"/static/ordo.css\">"
                           "<link rel=\"stylesheet\" href=\"/static/booking.css\">"
                           "<link rel=\"stylesheet\" href=\"/brand.css\">"
                           "<script src=\"/static/booking.js\" defer></script></head><body>")
                .arg(lang, e(title), e(c.legalName));
    html += QStringLiteral("<header class=\"company\">");
    if (!c.logoPng.isEmpty())
        html += QStringLiteral("<img class=\"logo\" src=\"/logo.png\" alt=\"\">");
    // The same page in the other language (the times keep the job and postcode, the visit's page
    // stays the visit's); after a form, its page.
    QString here = QStringLiteral("/");
    QUrlQuery query;
    if (r.method == "GET" || r.method == "HEAD") {
        here = r.path;
        query = r.query;
    } else if (r.path.startsWith(QLatin1String("/booking/"))) {
        here = QStringLiteral("/booking/") + r.path.mid(9).section(QLatin1Char('/'), 0, 0);
    }
    query.removeAllQueryItems(QStringLiteral("lang"));
    query.addQueryItem(QStringLiteral("lang"), other);
    const QString switchTo = here + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    html += QStringLiteral("<span class=\"name\">%1</span><a class=\"language\" href=\"%2\" hreflang=\"%3\" lang=\"%3\">%4</a></header>")
                .arg(e(c.legalName), e(switchTo), other, otherName);
    html += QStringLiteral("<main>") + body + QStringLiteral("</main>");
    QString footer = e(c.legalName);
    if (!c.phone.isEmpty())
        footer += QStringLiteral(" · <a href=\"tel:%1\">%2</a>").arg(e(c.phone).remove(QLatin1Char(' ')), e(c.phone));
    if (!c.email.isEmpty())
        footer += QStringLiteral(" · <a href=\"mailto:%1\">%1</a>").arg(e(c.email));
    html += QStringLiteral("<footer>%1</footer></body></html>\n").arg(footer);
    return WebResponse::html(html, status);
}

WebResponse BookingSite::start(const WebRequest &r)
{
    if (limited(r, *m_pagesByAddress))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests")), tooManyBody(r), 429);
    const auto snap = snapshot();
    const BookingSettings &settings = snap->settings;
    const CompanyProfile &c = snap->company;
    if (!settings.enabled)
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")), QStringLiteral("<h1>%1</h1><p>%2 %3</p>")
                                                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Online booking is closed for now.")), callUs(r, c)));
    QString options;
    const QString chosen = queryValue(r, QStringLiteral("job"));
    for (const auto &job : settings.jobTypes)
        options += QStringLiteral("<option value=\"%1\"%3>%2</option>")
                       .arg(e(job.spanish), e(job.name(r.language)), job.spanish == chosen ? QStringLiteral(" selected") : QString());
    QString body = QStringLiteral("<h1>%1</h1><p class=\"intro\">%2</p>")
                       .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")),
                            t(r, QT_TRANSLATE_NOOP("OrdoServer", "Tell us what you need and where. Choose a time that suits you: we come to see the job and "
                                   "prepare an estimate, free of charge.")));
    body += QStringLiteral("<form method=\"get\" action=\"/times\">") + hidden(QStringLiteral("lang"), r.language);
    body += QStringLiteral("<label for=\"job\">%1</label><select id=\"job\" name=\"job\" required>%2</select>")
                .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Kind of job")), options);
    body += QStringLiteral("<label for=\"postcode\">%1</label><input id=\"postcode\" name=\"postcode\" inputmode=\"numeric\" "
                           "autocomplete=\"postal-code\" maxlength=\"5\" pattern=\"[0-9]{5}\" required value=\"%2\">"
                           "<p class=\"hint\">%3</p>")
                .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Postcode of the work")), e(queryValue(r, QStringLiteral("postcode"), 10)),
                     t(r, QT_TRANSLATE_NOOP("OrdoServer", "Five digits, e.g. 28013.")));
    body += QStringLiteral("<button type=\"submit\">%1</button></form>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "See free times")));
    return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")), body);
}

WebResponse BookingSite::times(const WebRequest &r)
{
    if (limited(r, *m_pagesByAddress))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests")), tooManyBody(r), 429);
    Form form;
    form.job = queryValue(r, QStringLiteral("job"), 200);
    form.postcode = queryValue(r, QStringLiteral("postcode"), 20);
    form.fromDay = pageDay(queryValue(r, QStringLiteral("from"), 10));
    return timesPage(r, form, {}, 200);
}

WebResponse BookingSite::timesPage(const WebRequest &r, const Form &form, const QStringList &problems, int status)
{
    const auto snap = snapshot();
    const BookingSettings &settings = snap->settings;
    const CompanyProfile &c = snap->company;
    const DocumentText text(r.language);
    const QString postcode = OnlineBooking::normalizePostcode(form.postcode);
    const bool moving = !form.manageToken.isEmpty();
    OnlineBooking booking(m_db);
    if (!moving) {
        if (!settings.jobType(form.job) || !QRegularExpression(QStringLiteral("^[0-9]{5}$")).match(postcode).hasMatch()) {
            const QString body = QStringLiteral("<h1>%1</h1><p class=\"message error\" role=\"alert\">%2</p><p><a href=\"/?lang=%3\">%4</a></p>")
                                     .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Choose the kind of job and write the postcode of the work (five digits).")),
                                          r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Back")));
            return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")), body, 422);
        }
        auto known = slotsFor(postcode);
        if (!known)
            return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Sorry")), QStringLiteral("<p>%1</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "The booking page is not available right now. Please try again in a few minutes."))), 503);
        if (!known->first) {
            const QString body = QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p><p><a href=\"/?lang=%4\">%5</a></p>")
                                     .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "We are sorry")),
                                          t(r, QT_TRANSLATE_NOOP("OrdoServer", "We do not work in the postcode %1 yet, so we cannot book a visit there online.")).arg(e(postcode)),
                                          callUs(r, c).isEmpty() ? QString() : t(r, QT_TRANSLATE_NOOP("OrdoServer", "We may still be able to help.")) + QLatin1Char(' ') + callUs(r, c),
                                          r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Try another postcode")));
            return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Outside our area")), body);
        }
    }
    // "Later dates": from local midnight of the day asked for; a day today or before, or not a
    // date, gives the first times.
    LocalDays days;
    const qint64 after = form.fromDay.isValid() && form.fromDay > days.dateOf(Clock::nowSecs()) ? days.at(form.fromDay, 0) : 0;
    auto known = slotsFor(postcode, after);
    auto free = known ? Result<QList<BookingSlot>>(known->second) : Result<QList<BookingSlot>>(known.error());
    if (!free)
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Sorry")), QStringLiteral("<p>%1</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "The booking page is not available right now. Please try again in a few minutes."))), 503);

    QString body = QStringLiteral("<h1>%1</h1>").arg(moving ? t(r, QT_TRANSLATE_NOOP("OrdoServer", "Choose a new time")) : t(r, QT_TRANSLATE_NOOP("OrdoServer", "Choose a time")));
    QString problemList;
    if (!problems.isEmpty()) {
        problemList = QStringLiteral("<div class=\"message error\" role=\"alert\"><ul>");
        for (const QString &p : problems)
            problemList += QStringLiteral("<li>%1</li>").arg(e(p));
        problemList += QStringLiteral("</ul></div>");
    }
    // Problems with the details go beside them (on a phone the times fill screens above); the top
    // says where to look.
    const bool besideDetails = form.detailsRefused && !moving && !problems.isEmpty();
    if (besideDetails)
        body += QStringLiteral("<p class=\"message error\"><a href=\"#details\">%1</a></p>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Some details need a look: see below, before the button.")));
    else
        body += problemList;
    if (moving && !form.currentVisit.isEmpty())
        body += QStringLiteral("<p class=\"summary\">%1 <a href=\"/booking/%2?lang=%3\">%4</a></p>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit now: %1.")).arg(e(form.currentVisit)), e(form.manageToken), r.language,
                         t(r, QT_TRANSLATE_NOOP("OrdoServer", "Keep this time")));
    // Links to the times after the last day shown, and back to the first ones.
    const QString here = moving ? QStringLiteral("/booking/%1/change?lang=%2").arg(e(form.manageToken), r.language)
                                : QStringLiteral("/times?job=%1&amp;postcode=%2&amp;lang=%3")
                                      .arg(e(QString::fromLatin1(QUrl::toPercentEncoding(form.job))), e(postcode), r.language);
    const QString firstDates = QStringLiteral("<a class=\"button plain\" href=\"%1\">%2</a>")
                                   .arg(here, t(r, QT_TRANSLATE_NOOP("OrdoServer", "First dates")));
    if (free->isEmpty()) {
        body += QStringLiteral("<p>%1 %2</p>").arg(after ? t(r, QT_TRANSLATE_NOOP("OrdoServer", "There are no more free times that can be booked here."))
                                                         : t(r, QT_TRANSLATE_NOOP("OrdoServer", "There are no free times in the coming days.")),
                                                   callUs(r, c));
        if (after)
            body += QStringLiteral("<p class=\"more\">%1</p>").arg(firstDates);
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Choose a time")), body, status);
    }
    const QString action = moving ? QStringLiteral("/booking/%1/change").arg(e(form.manageToken)) : QStringLiteral("/book");
    body += QStringLiteral("<form method=\"post\" action=\"%1\" class=\"booking\">").arg(action);
    body += hidden(QStringLiteral("csrf"), m_tokens.issue(moving ? QStringLiteral("manage") : QStringLiteral("book"), Clock::nowSecs()));
    body += hidden(QStringLiteral("lang"), r.language);
    if (after)
        body += hidden(QStringLiteral("from"), form.fromDay.toString(Qt::ISODate));
    if (!moving) {
        body += hidden(QStringLiteral("job"), form.job) + hidden(QStringLiteral("postcode"), postcode);
        const auto job = settings.jobType(form.job);
        body += QStringLiteral("<p class=\"summary\">%1 · %2 <a href=\"/?lang=%3&amp;job=%4&amp;postcode=%5\">%6</a></p>")
                    .arg(e(job ? job->name(r.language) : form.job), e(postcode), r.language,
                         e(QString::fromLatin1(QUrl::toPercentEncoding(form.job))), e(postcode), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Change")));
    }
    // The times by day; the first free one is not chosen for the customer.
    std::map<qint64, QList<BookingSlot>> byDay;
    for (const BookingSlot &s : *free)
        byDay[days.dateOf(s.startsAt).toJulianDay()] << s;
    body += QStringLiteral("<div class=\"days\">");
    for (const auto &[day, list] : byDay) {
        body += QStringLiteral("<fieldset class=\"day\"><legend>%1</legend><div class=\"slots\">").arg(e(localDay(text, list.first().startsAt, days)));
        for (const BookingSlot &s : list)
            body += QStringLiteral("<label class=\"slot\"><input type=\"radio\" name=\"start\" value=\"%1\" required%4>"
                                   "<span>%2–%3</span></label>")
                        .arg(s.startsAt)
                        .arg(localHour(s.startsAt, days), localHour(s.endsAt, days), s.startsAt == form.start ? QStringLiteral(" checked") : QString());
        body += QStringLiteral("</div></fieldset>");
    }
    body += QStringLiteral("</div>");
    // "Later dates" begin with the last day shown, whose other times may not have fitted on this
    // page; with the next day when this page shows that day alone (or it would show it again).
    const QDate lastShown = days.dateOf(free->last().startsAt);
    const QDate laterFrom = days.dateOf(free->first().startsAt) < lastShown ? lastShown : lastShown.addDays(1);
    const QDate lastBookable = settings.lastBookableDay();
    QStringList more;
    if (after)
        more << firstDates;
    if (lastShown < lastBookable)
        more << QStringLiteral("<a class=\"button plain\" href=\"%1&amp;from=%2\">%3</a>")
                    .arg(here, laterFrom.toString(Qt::ISODate), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Later dates")));
    if (!more.isEmpty())
        body += QStringLiteral("<p class=\"more\">%1</p>").arg(more.join(QLatin1Char(' ')));
    if (!moving) {
        // A field a problem is about says so to the eye (a red border) and to a screen reader.
        auto invalid = [&](const QString &name) { return form.invalid.contains(name) ? QStringLiteral(" aria-invalid=\"true\"") : QString(); };
        auto field = [&](const QString &name, const QString &label, const QString &value, const QString &attributes) {
            return QStringLiteral("<label for=\"%1\">%2</label><input id=\"%1\" name=\"%1\" value=\"%3\" %4%5>")
                .arg(name, label, e(value), attributes, invalid(name));
        };
        body += QStringLiteral("<h2 id=\"details\">%1</h2>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your details")));
        if (besideDetails)
            body += problemList;
        body += QStringLiteral("<label for=\"description\">%1</label><textarea id=\"description\" name=\"description\" rows=\"3\" "
                               "maxlength=\"1000\" placeholder=\"%3\"%4>%2</textarea>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "What do you need? (optional)")), e(form.description), e(t(r, QT_TRANSLATE_NOOP("OrdoServer", "E.g. three old aluminium windows, third floor"))),
                         invalid(QStringLiteral("description")));
        body += field(QStringLiteral("name"), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Name")), form.name, QStringLiteral("autocomplete=\"name\" maxlength=\"100\" required"));
        body += field(QStringLiteral("phone"), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Phone")), form.phone, QStringLiteral("type=\"tel\" autocomplete=\"tel\" maxlength=\"20\" required"));
        body += field(QStringLiteral("email"), t(r, QT_TRANSLATE_NOOP("OrdoServer", "E-mail")), form.email, QStringLiteral("type=\"email\" autocomplete=\"email\" maxlength=\"120\" required"));
        body += field(QStringLiteral("address"), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Address of the work")), form.address,
                      QStringLiteral("autocomplete=\"street-address\" maxlength=\"200\" required"));
        body += field(QStringLiteral("city"), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Town")), form.city, QStringLiteral("autocomplete=\"address-level2\" maxlength=\"100\""));
        // A field people never see: forms that fill it are robots.
        body += QStringLiteral("<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">%1</label>"
                               "<input id=\"website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Leave this empty")));
        body += QStringLiteral("<p class=\"privacy\">%1</p>").arg(e(settings.privacyNotice(r.language, c.legalName)));
        body += QStringLiteral("<label class=\"consent\"><input type=\"checkbox\" name=\"consent\" value=\"yes\" required%2%3> %1</label>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "I have read the privacy notice and agree that my details are used for this visit.")),
                         form.consent ? QStringLiteral(" checked") : QString(), invalid(QStringLiteral("consent")));
    }
    // The time ticked, repeated by booking.js beside the button (on a phone the times are far above).
    body += QStringLiteral("<p id=\"chosen\" class=\"chosen\" data-label=\"%1\" hidden></p>").arg(e(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your time:"))));
    body += QStringLiteral("<button type=\"submit\">%1</button></form>").arg(moving ? t(r, QT_TRANSLATE_NOOP("OrdoServer", "Move the visit")) : t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book the visit")));
    return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Choose a time")), body, status);
}

WebResponse BookingSite::book(const WebRequest &r)
{
    if (limited(r, m_bookingsByAddress))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests")), tooManyBody(r), 429);
    if (!r.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return WebResponse::error(415, t(r, QT_TRANSLATE_NOOP("OrdoServer", "This address only takes the booking form.")));
    const auto fields = r.form();
    const QString csrf = fields.value(QStringLiteral("csrf"));
    if (!m_tokens.verify(csrf, QStringLiteral("book"), Clock::nowSecs()))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "The form has expired")),
                    QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"/?lang=%3\">%4</a></p>")
                        .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "The form has expired")), t(r, QT_TRANSLATE_NOOP("OrdoServer", "For your safety a form works for two hours. Please start again: nothing was booked.")),
                             r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit"))),
                    403);
    if (!fields.value(QStringLiteral("website")).isEmpty())
        return WebResponse::error(400, t(r, QT_TRANSLATE_NOOP("OrdoServer", "The form could not be accepted.")));
    OnlineBooking booking(m_db);
    const QString requestKey = QString::fromLatin1(QCryptographicHash::hash(csrf.toUtf8(), QCryptographicHash::Sha256).toHex());
    auto sent = booking.alreadySent(requestKey);
    if (!sent)
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Sorry")), QStringLiteral("<p>%1</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "The booking page is not available right now. Please try again in a few minutes."))), 503);
    if (*sent)
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Already booked")),
                    QStringLiteral("<h1>%1</h1><p>%2</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Already booked")),
                                                              t(r, QT_TRANSLATE_NOOP("OrdoServer", "This form was sent already and your visit is booked. Look for the confirmation in your e-mail."))),
                    409);
    Form form = Form::from(fields);
    if (form.start <= 0)
        return timesPage(r, form, {t(r, QT_TRANSLATE_NOOP("OrdoServer", "Choose one of the free times above."))}, 422);
    const QString phoneKey = digitsOf(form.phone).right(9);
    if (!phoneKey.isEmpty() && !m_bookingsByPhone.allow(QStringLiteral("phone:") + phoneKey, nowMs()))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests")), QStringLiteral("<p>%1 %2</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many bookings for this phone number.")), callUs(r, snapshot()->company)), 429);

    OnlineBookingRequest request;
    request.jobType = form.job;
    request.postcode = form.postcode;
    request.description = form.description;
    request.startsAt = form.start;
    request.name = form.name;
    request.phone = form.phone;
    request.email = form.email;
    request.address = form.address;
    request.city = form.city;
    request.consent = form.consent;
    request.language = r.language;
    request.requestKey = requestKey;
    auto done = booking.book(request, m_options.publicUrl);
    wrote();
    // A refused form booked nothing: it does not count against the phone's bookings.
    if (!done && !phoneKey.isEmpty() && (done.error().code == ErrorCode::Invalid || done.error().code == ErrorCode::Conflict))
        m_bookingsByPhone.giveBack(QStringLiteral("phone:") + phoneKey);
    if (done && m_db.inGroup())
        m_inGroup.push_back({phoneKey, done->orderNumber});
    if (done)
        return WebResponse::redirect(QStringLiteral("/booking/%1?new=1&lang=%2").arg(done->manageToken, r.language));
    switch (done.error().code) {
    case ErrorCode::Invalid: {
        // Each problem on its own line, naming the field, and the field marked.
        QStringList problems;
        for (const auto &p : OnlineBooking::fieldProblems(request, snapshot()->settings)) {
            problems << p.message;
            if (!p.field.isEmpty())
                form.invalid.insert(p.field);
        }
        if (problems.isEmpty())
            problems << done.error().message;
        form.detailsRefused = true;
        return timesPage(r, form, problems, 422);
    }
    case ErrorCode::Conflict:
        form.start = 0;
        return timesPage(r, form, {done.error().message}, 409);
    case ErrorCode::Forbidden:
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book a visit")), QStringLiteral("<p>%1</p>").arg(e(done.error().message)), 403);
    default:
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Sorry")), QStringLiteral("<p>%1</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "The booking page is not available right now. Please try again in a few minutes."))), 503);
    }
}

WebResponse BookingSite::manage(const WebRequest &r)
{
    if (limited(r, *m_pagesByAddress))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests")), tooManyBody(r), 429);
    QStringList parts = r.path.mid(QStringLiteral("/booking/").size()).split(QLatin1Char('/'));
    const QString token = parts.value(0);
    const bool change = parts.size() == 2 && parts.at(1) == QLatin1String("change");
    const bool cancel = parts.size() == 2 && parts.at(1) == QLatin1String("cancel");
    if (parts.size() > 2 || (parts.size() == 2 && !change && !cancel))
        return WebResponse::error(404, t(r, QT_TRANSLATE_NOOP("OrdoServer", "There is nothing at this address.")));
    OnlineBooking booking(m_db);
    auto found = booking.find(token);
    const CompanyProfile c = snapshot()->company;
    if (!found)
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Link not valid")), QStringLiteral("<h1>%1</h1><p>%2 %3</p>")
                                                       .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Link not valid")), t(r, QT_TRANSLATE_NOOP("OrdoServer", "This link is not valid any more.")), callUs(r, c)),
                    404);
    const DocumentText text(r.language);
    LocalDays days;
    const QString when = t(r, QT_TRANSLATE_NOOP("OrdoServer", "%1, %2–%3"))
                             .arg(localDay(text, found->slot.startsAt, days), localHour(found->slot.startsAt, days),
                                  localHour(found->slot.endsAt, days));
    if (change && !found->cancelled) {
        Form form;
        form.postcode = found->postcode;
        form.manageToken = token;
        form.currentVisit = when;
        form.fromDay = pageDay(queryValue(r, QStringLiteral("from"), 10));
        return timesPage(r, form, {}, 200);
    }
    if (cancel && !found->cancelled) {
        // Asked once more: a tap by mistake must not cancel the visit.
        const QString body =
            QStringLiteral("<h1>%1</h1><p>%2</p><div class=\"actions\"><form method=\"post\" action=\"/booking/%3/cancel\">%4%5"
                           "<button type=\"submit\" class=\"danger\">%6</button></form><a class=\"button plain\" href=\"/booking/%3?lang=%7\">%8</a></div>")
                .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Cancel the visit?")),
                     t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit of %1 will be cancelled and the time offered to others.")).arg(e(when)), e(token),
                     hidden(QStringLiteral("csrf"), m_tokens.issue(QStringLiteral("manage"), Clock::nowSecs())), hidden(QStringLiteral("lang"), r.language),
                     t(r, QT_TRANSLATE_NOOP("OrdoServer", "Yes, cancel the visit")), r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "No, keep it")));
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Cancel the visit?")), body);
    }
    QString body;
    // A cancelled visit says so first, as the page's title: not the details under "Your visit".
    if (found->cancelled)
        body += QStringLiteral("<div class=\"message error\" role=\"status\"><h1>%1</h1><p>%2</p></div>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Visit cancelled")), t(r, QT_TRANSLATE_NOOP("OrdoServer", "This visit is cancelled.")));
    else if (r.query.queryItemValue(QStringLiteral("new")) == QLatin1String("1"))
        body += QStringLiteral("<div class=\"message ok\" role=\"status\"><h1>%1</h1><p>%2</p></div>")
                    .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit is booked")), t(r, QT_TRANSLATE_NOOP("OrdoServer", "We have sent you a confirmation by e-mail with this page's link, to change or cancel the visit.")));
    else if (r.query.queryItemValue(QStringLiteral("moved")) == QLatin1String("1"))
        body += QStringLiteral("<div class=\"message ok\" role=\"status\"><h1>%1</h1></div>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "The visit has been moved")));
    else
        body += QStringLiteral("<h1>%1</h1>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit")));
    const auto job = snapshot()->settings.jobType(found->jobType);
    const QString place = QStringList{found->address, (found->postcode + QLatin1Char(' ') + found->city).trimmed()}.join(QStringLiteral(", "));
    body += QStringLiteral("<dl class=\"visit\"><dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4–%5</dd><dt>%6</dt><dd>%7</dd><dt>%8</dt><dd>%9</dd>")
                .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Day")), e(localDay(text, found->slot.startsAt, days)), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Time")),
                     localHour(found->slot.startsAt, days), localHour(found->slot.endsAt, days), t(r, QT_TRANSLATE_NOOP("OrdoServer", "Address")), e(place),
                     t(r, QT_TRANSLATE_NOOP("OrdoServer", "Reference")), e(found->orderNumber));
    body += QStringLiteral("<dt>%1</dt><dd>%2</dd></dl>")
                .arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Kind of job")), e(job ? job->name(r.language) : found->jobType));
    if (found->cancelled) {
        body += QStringLiteral("<p><a class=\"button\" href=\"/?lang=%1\">%2</a></p>")
                    .arg(r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Book another visit")));
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Visit cancelled")), body);
    }
    body += QStringLiteral("<div class=\"actions\"><a class=\"button\" href=\"/booking/%1/change?lang=%2\">%3</a>"
                           "<a class=\"button cancel\" href=\"/booking/%1/cancel?lang=%2\">%4</a></div>")
                .arg(e(token), r.language, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Change the time")),
                     t(r, QT_TRANSLATE_NOOP("OrdoServer", "Cancel the visit")));
    if (!callUs(r, c).isEmpty())
        body += QStringLiteral("<p class=\"hint after-actions\">%1 %2</p>").arg(t(r, QT_TRANSLATE_NOOP("OrdoServer", "Any question about the visit?")), callUs(r, c));
    return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit")), body);
}

WebResponse BookingSite::manageAction(const WebRequest &r)
{
    if (limited(r, m_bookingsByAddress))
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests")), tooManyBody(r), 429);
    const QStringList parts = r.path.mid(QStringLiteral("/booking/").size()).split(QLatin1Char('/'));
    if (parts.size() != 2 || (parts.at(1) != QLatin1String("cancel") && parts.at(1) != QLatin1String("change")))
        return WebResponse::error(404, t(r, QT_TRANSLATE_NOOP("OrdoServer", "There is nothing at this address.")));
    if (!r.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return WebResponse::error(415, t(r, QT_TRANSLATE_NOOP("OrdoServer", "This address only takes the booking form.")));
    const auto fields = r.form();
    if (!m_tokens.verify(fields.value(QStringLiteral("csrf")), QStringLiteral("manage"), Clock::nowSecs()))
        return WebResponse::error(403, t(r, QT_TRANSLATE_NOOP("OrdoServer", "The form has expired. Open the link again: nothing was changed.")));
    const QString token = parts.at(0);
    OnlineBooking booking(m_db);
    wrote();
    if (parts.at(1) == QLatin1String("cancel")) {
        auto done = booking.cancel(token);
        if (!done)
            return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit")), QStringLiteral("<p class=\"message error\">%1</p>").arg(e(done.error().message)),
                        done.error().code == ErrorCode::NotFound ? 404 : 409);
        return WebResponse::redirect(QStringLiteral("/booking/%1?lang=%2").arg(token, r.language));
    }
    const qint64 start = fields.value(QStringLiteral("start")).toLongLong();
    auto done = booking.reschedule(token, start, m_options.publicUrl);
    if (!done) {
        if (done.error().code == ErrorCode::Conflict) {
            Form form;
            auto found = booking.find(token);
            form.postcode = found ? found->postcode : QString();
            form.manageToken = token;
            form.fromDay = pageDay(fields.value(QStringLiteral("from")));
            return timesPage(r, form,
                             {WebApp::text(r).translate("ordo::OnlineBooking", "Sorry, that time has just been taken. Please choose another one.")},
                             409);
        }
        return page(r, t(r, QT_TRANSLATE_NOOP("OrdoServer", "Your visit")), QStringLiteral("<p class=\"message error\">%1</p>").arg(e(done.error().message)),
                    done.error().code == ErrorCode::NotFound ? 404 : 422);
    }
    return WebResponse::redirect(QStringLiteral("/booking/%1?moved=1&lang=%2").arg(token, r.language));
}

WebResponse BookingSite::slotsJson(const WebRequest &r)
{
    if (limited(r, *m_pagesByAddress))
        return WebResponse::json(R"({"error":"too many requests"})", 429);
    const QString postcode = OnlineBooking::normalizePostcode(queryValue(r, QStringLiteral("postcode"), 20));
    if (!QRegularExpression(QStringLiteral("^[0-9]{5}$")).match(postcode).hasMatch())
        return WebResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("error"), t(r, QT_TRANSLATE_NOOP("OrdoServer", "The postcode has five digits."))}}).toJson(QJsonDocument::Compact), 422);
    auto known = slotsFor(postcode);
    if (!known)
        return WebResponse::json(R"({"error":"unavailable"})", 503);
    const bool covered = known->first;
    QJsonArray list;
    if (covered) {
        LocalDays days;
        for (const BookingSlot &s : known->second)
            list.append(QJsonObject{{QStringLiteral("start"), isoLocal(s.startsAt, days)},
                                    {QStringLiteral("end"), isoLocal(s.endsAt, days)},
                                    {QStringLiteral("value"), QString::number(s.startsAt)}});
    }
    return WebResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("postcode"), postcode},
                                                       {QStringLiteral("covered"), covered},
                                                       {QStringLiteral("slots"), list}})
                                 .toJson(QJsonDocument::Compact));
}

WebResponse BookingSite::brandCss(const WebRequest &)
{
    const BookingSettings settings = snapshot()->settings;
    WebResponse css;
    css.contentType = "text/css; charset=utf-8";
    css.body = ":root { --ordo-accent: " + settings.colour.toLatin1() + "; }\n";
    return css;
}

WebResponse BookingSite::logo(const WebRequest &r)
{
    const QByteArray png = snapshot()->company.logoPng;
    if (png.isEmpty() || !png.startsWith("\x89PNG"))
        return WebResponse::error(404, t(r, QT_TRANSLATE_NOOP("OrdoServer", "There is nothing at this address.")));
    WebResponse image;
    image.contentType = "image/png";
    image.body = png;
    return image;
}

} // namespace ordo::server
