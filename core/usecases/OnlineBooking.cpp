#include "core/usecases/OnlineBooking.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/MailOutbox.h"
#include "core/common/Clock.h"
#include "core/common/LocalDays.h"
#include "core/common/DocumentText.h"
#include "core/common/Log.h"
#include "core/common/Secrets.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"
#include "core/scheduling/IcsExport.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/VisitBooking.h"

#include <QDateTime>
#include <limits>
#include <QTimeZone>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <set>

namespace ordo {

namespace {

constexpr const char *Context = "ordo::OnlineBooking";

// Words of the customer's mails and calendar file, written in the customer's language.
const char *const MailBooked = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Your visit is booked: %1");
const char *const MailChanged = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Your visit has been moved: %1");
const char *const MailCancelled = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Your visit has been cancelled");
const char *const MailGreeting = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Hello %1,");
const char *const MailBookedText = QT_TRANSLATE_NOOP("ordo::OnlineBooking",
    "We will visit you on %1 between %2 and %3 at %4 to see the job and prepare an estimate.");
const char *const MailCancelledText = QT_TRANSLATE_NOOP("ordo::OnlineBooking",
    "The visit of %1 at %2 has been cancelled, as you asked. If you want another day, book it again or call us.");
const char *const MailReference = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Your reference: %1");
const char *const MailManage = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "To change or cancel the visit: %1");
const char *const MailCall = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Questions? Call us at %1.");
const char *const CalendarSummary = QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Estimate visit: %1");
const char *const DefaultPrivacy = QT_TRANSLATE_NOOP("ordo::OnlineBooking",
    "%1 will use your details only to arrange and carry out this visit and the work you ask for, as the law on data "
    "protection allows (RGPD and LOPDGDD). They are not given to anyone else. You may ask to see, correct or delete "
    "them at any time by writing to us.");

QString customerText(const DocumentText &text, const char *source)
{
    return text.translate(Context, source);
}

QString digits(const QString &s)
{
    QString d;
    for (const QChar c : s)
        if (c.isDigit())
            d += c;
    return d;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString localTime(const DocumentText &text, qint64 utc, const QString &format)
{
    return text.locale().toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime(), format);
}

QString longDate(const DocumentText &text, qint64 utc)
{
    return localTime(text, utc, text.language() == QLatin1String("en") ? QStringLiteral("dddd d MMMM yyyy")
                                                                        : QStringLiteral("dddd d 'de' MMMM 'de' yyyy"));
}

// The link in a customer's mails to change or cancel the visit, opening in the booking's language.
QString manageLink(const QString &base, const QString &token, const QString &language)
{
    return base.isEmpty() ? QString() : base + QStringLiteral("/booking/") + token + QStringLiteral("?lang=") + language;
}

QByteArray icsTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// The customer's calendar file: the company's name and the address, never the staff's names.
QByteArray customerIcs(const DocumentText &text, const QString &uid, int sequence, const BookingSlot &slot, const QString &company,
                       const QString &companyEmail, const QString &address, const QString &link, bool cancelled)
{
    QByteArray out;
    auto line = [&](const QByteArray &l) { out += icsFold(l) + "\r\n"; };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Ordo//Booking//EN");
    line(cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH");
    line("BEGIN:VEVENT");
    line("UID:" + uid.toUtf8());
    line("SEQUENCE:" + QByteArray::number(sequence));
    line("DTSTAMP:" + icsTime(Clock::nowSecs()));
    line("DTSTART:" + icsTime(slot.startsAt));
    line("DTEND:" + icsTime(slot.endsAt));
    // Who sends the event: some calendars ignore a cancellation that does not say it.
    if (!companyEmail.trimmed().isEmpty())
        line("ORGANIZER;CN=\"" + QString(company).remove(QLatin1Char('"')).toUtf8() + "\":mailto:" + companyEmail.trimmed().toUtf8());
    line("SUMMARY:" + icsEscape(customerText(text, CalendarSummary).arg(company)).toUtf8());
    line("LOCATION:" + icsEscape(address).toUtf8());
    if (!link.isEmpty())
        line("DESCRIPTION:" + icsEscape(customerText(text, MailManage).arg(link)).toUtf8());
    if (cancelled)
        line("STATUS:CANCELLED");
    line("END:VEVENT");
    line("END:VCALENDAR");
    return out;
}

QString tokenDigest(const QString &token)
{
    return secrets::tokenDigest(token);
}

// One event per booking in the customer's calendar, unique across companies (from the link's
// random secret, which it does not reveal).
QString calendarUid(const QString &token)
{
    return QStringLiteral("ordo-%1@ordo").arg(tokenDigest(token).left(24));
}

// Where the visit is, as the mails and the calendar say it: "Calle Mayor 12, 28013 Madrid".
QString visitPlace(const QString &address, const QString &postcode, const QString &city)
{
    QStringList parts;
    for (const QString &part : {address.trimmed(), (postcode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed()})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(", "));
}

// Company settings read together, with CompanySettings' meaning: a missing key is its fallback,
// and so is every key when the database cannot be read.
struct Stored
{
    QHash<QString, QString> values;
    QString value(const QString &key, const QString &fallback = {}) const { return values.value(key, fallback); }
    bool flag(const QString &key, bool fallback) const
    {
        const QString v = value(key);
        return v.isEmpty() ? fallback : v == QLatin1String("1");
    }
};

// The settings whose keys are LIKE `pattern`, or (`keys`) those keys.
// The settings asked for; an error when they could not be read (never kept: see the loads below).
Result<Stored> stored(Database &db, const QString &pattern, const QStringList &keys = {})
{
    Stored s;
    QVariantList values;
    for (const QString &key : keys)
        values << key;
    auto q = keys.isEmpty() ? db.run(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE ?"), {pattern})
                            : db.run(QStringLiteral("SELECT key, value FROM settings WHERE key IN (%1)")
                                         .arg(QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                                     values);
    if (!q)
        return q.error();
    while (q->next())
        s.values.insert(q->value(0).toString(), q->value(1).toString());
    return s;
}

// What the customer's mails say of the company: its name, e-mail and phone (not the whole profile
// with its logo and invoicing settings).
struct MailCompany
{
    QString legalName;
    QString email;
    QString phone;

    static Result<MailCompany> read(Database &db)
    {
        const auto s = stored(db, {}, {QString(settings::CompanyLegalName), QString(settings::CompanyEmail), QString(settings::CompanyPhone)});
        if (!s)
            return s.error();
        return MailCompany{s->value(QString(settings::CompanyLegalName)), s->value(QString(settings::CompanyEmail)),
                           s->value(QString(settings::CompanyPhone))};
    }

    // Kept while nobody changes the settings, as the booking settings below; empty when unreadable.
    static MailCompany load(Database &db)
    {
        auto kept = db.kept<MailCompany>(QStringLiteral("settings"), QStringLiteral("booking.mail_company"), [&] { return read(db); });
        return kept ? *kept : MailCompany{};
    }
};

} // namespace

// ---- settings ----

QList<BookingSettings::JobType> BookingSettings::parseJobTypes(const QString &text)
{
    QList<JobType> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('|'));
        JobType t{parts.value(0).trimmed(), parts.value(1).trimmed()};
        if (!t.spanish.isEmpty())
            out << t;
    }
    return out;
}

QString BookingSettings::formatJobTypes(const QList<JobType> &types)
{
    QStringList lines;
    for (const auto &t : types)
        lines << (t.english.isEmpty() ? t.spanish : t.spanish + QLatin1Char('|') + t.english);
    return lines.join(QLatin1Char('\n'));
}

namespace {

// The booking settings from their stored values, the defaults for those missing or wrong.
BookingSettings bookingSettingsFrom(const Stored &s)
{
    BookingSettings b;
    b.enabled = s.flag(QString(settings::BookingEnabled), true);
    b.jobTypes = BookingSettings::parseJobTypes(s.value(QString(settings::BookingJobTypes),
                                       QStringLiteral("Instalación de ventanas|Window installation\n"
                                                      "Reparación|Repair\nMantenimiento|Maintenance")));
    auto number = [&](QLatin1String key, int fallback, int low, int high) {
        bool ok = false;
        const int v = s.value(QString(key)).toInt(&ok);
        return ok && v >= low && v <= high ? v : fallback;
    };
    b.visitMinutes = number(settings::BookingVisitMinutes, 60, 15, 480);
    b.daysAhead = number(settings::BookingDaysAhead, 14, 1, 90);
    b.leadHours = number(settings::BookingLeadHours, 20, 0, 24 * 14);
    b.maxSlots = number(settings::BookingMaxSlots, 40, 1, 200);
    b.manageDays = number(settings::BookingManageDays, 60, 1, 365);
    b.colour = s.value(QString(settings::BookingColour), QStringLiteral("#1d5fa8"));
    if (!QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(b.colour).hasMatch())
        b.colour = QStringLiteral("#1d5fa8");
    b.privacyEs = s.value(QString(settings::BookingPrivacyEs));
    b.privacyEn = s.value(QString(settings::BookingPrivacyEn));
    b.frameAncestors = s.value(QString(settings::BookingFrameAncestors));
    b.corsOrigin = s.value(QString(settings::BookingCorsOrigin));
    // Stored as ISO dates; one that is not (edited by hand) is skipped, not fatal.
    for (const QString &day : s.value(QString(settings::BookingClosedDays)).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QDate d = QDate::fromString(day.trimmed(), Qt::ISODate); d.isValid())
            b.closedDays << d;
    std::sort(b.closedDays.begin(), b.closedDays.end());
    return b;
}

} // namespace

BookingSettings BookingSettings::load(Database &db)
{
    // Every booking setting in one statement, kept on the connection while nobody changes the
    // company's settings (the counter their triggers bump): a booking and every page of free times
    // ask for them. A read that failed is not kept.
    auto kept = db.kept<BookingSettings>(QStringLiteral("settings"), QStringLiteral("booking.settings"), [&]() -> Result<BookingSettings> {
        const auto s = stored(db, QStringLiteral("booking.%"));
        if (!s)
            return s.error();
        return bookingSettingsFrom(*s);
    });
    return kept ? *kept : bookingSettingsFrom(Stored{});
}

Result<void> BookingSettings::save(Database &db) const
{
    if (!QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(colour).hasMatch())
        return makeError(ErrorCode::Invalid, tr("The page's colour must be written as #rrggbb, e.g. #1d5fa8."));
    if (jobTypes.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Offer at least one kind of job on the booking page."));
    // A frame-ancestors source list: origins and keywords only, nothing that could end the header.
    static const QRegularExpression sources(QStringLiteral("^[A-Za-z0-9:/.*' -]*$"));
    if (!sources.match(frameAncestors).hasMatch() || !sources.match(corsOrigin).hasMatch())
        return makeError(ErrorCode::Invalid, tr("Write the allowed web sites as addresses like https://www.example.com, "
                                                "separated by spaces."));
    return withTransaction(db, [&]() -> Result<void> {
        CompanySettings s(db);
        const QList<std::pair<QLatin1String, QString>> values{
            {settings::BookingEnabled, enabled ? QStringLiteral("1") : QStringLiteral("0")},
            {settings::BookingJobTypes, formatJobTypes(jobTypes)},
            {settings::BookingVisitMinutes, QString::number(visitMinutes)},
            {settings::BookingDaysAhead, QString::number(daysAhead)},
            {settings::BookingLeadHours, QString::number(leadHours)},
            {settings::BookingMaxSlots, QString::number(maxSlots)},
            {settings::BookingManageDays, QString::number(manageDays)},
            {settings::BookingColour, colour},
            {settings::BookingPrivacyEs, privacyEs},
            {settings::BookingPrivacyEn, privacyEn},
            {settings::BookingFrameAncestors, frameAncestors.trimmed()},
            {settings::BookingCorsOrigin, corsOrigin.trimmed()},
            {settings::BookingClosedDays, [this] {
                 QStringList days;
                 for (const QDate &d : closedDays)
                     days << d.toString(Qt::ISODate);
                 return days.join(QLatin1Char(','));
             }()},
        };
        for (const auto &[key, value] : values)
            if (auto r = s.setValue(QString(key), value); !r)
                return r;
        return {};
    });
}

Result<QList<QDate>> BookingSettings::parseClosedDays(const QString &text)
{
    QList<QDate> days;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        QDate d = QDate::fromString(word, Qt::ISODate);
        for (const char *format : {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy"})
            if (!d.isValid())
                d = QDate::fromString(word, QLatin1String(format));
        if (!d.isValid())
            return makeError(ErrorCode::Invalid, tr("“%1” is not a day: write the closed days as 25/12/2026, separated by commas.").arg(word));
        if (!days.contains(d))
            days << d;
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString BookingSettings::formatClosedDays(const QList<QDate> &days)
{
    QStringList shown;
    for (const QDate &d : days)
        shown << d.toString(QStringLiteral("dd/MM/yyyy"));
    return shown.join(QStringLiteral(", "));
}

bool BookingSettings::isClosed(const QDate &day) const
{
    return std::binary_search(closedDays.cbegin(), closedDays.cend(), day);
}

qint64 BookingSettings::earliestStart() const
{
    return Clock::nowSecs() + leadHours * 3600LL;
}

QDate BookingSettings::lastBookableDay() const
{
    return QDateTime::fromSecsSinceEpoch(earliestStart()).toLocalTime().date().addDays(daysAhead);
}

std::optional<BookingSettings::JobType> BookingSettings::jobType(const QString &name) const
{
    for (const auto &t : jobTypes)
        if (t.spanish == name || (!t.english.isEmpty() && t.english == name))
            return t;
    return std::nullopt;
}

QString BookingSettings::privacyNotice(const QString &language, const QString &companyName) const
{
    const QString own = language == QLatin1String("en") ? privacyEn : privacyEs;
    if (!own.trimmed().isEmpty())
        return own;
    return DocumentText(language).translate(Context, DefaultPrivacy).arg(companyName);
}

// ---- the use case ----

Actor OnlineBooking::actor()
{
    Actor a;
    a.kind = ActorKind::System;
    a.name = tr("Online booking");
    return a;
}

QString OnlineBooking::normalizePostcode(const QString &postcode)
{
    QString p = postcode;
    p.remove(QLatin1Char(' '));
    return p.trimmed();
}

QList<OnlineBooking::FieldProblem> OnlineBooking::fieldProblems(const OnlineBookingRequest &r, const BookingSettings &settings)
{
    QList<FieldProblem> problems;
    const DocumentText text(r.language);
    auto say = [&](const char *source) { return text.translate(Context, source); };
    if (!settings.jobType(r.jobType))
        problems << FieldProblem{QStringLiteral("job"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Choose the kind of job."))};
    static const QRegularExpression postcode(QStringLiteral("^[0-9]{5}$"));
    if (!postcode.match(normalizePostcode(r.postcode)).hasMatch())
        problems << FieldProblem{QStringLiteral("postcode"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "The postcode has five digits, e.g. 28013."))};
    if (r.description.size() > 1000)
        problems << FieldProblem{QStringLiteral("description"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "The description is too long: at most %1 characters.")).arg(1000)};
    if (r.name.trimmed().size() < 2)
        problems << FieldProblem{QStringLiteral("name"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Write your name."))};
    else if (r.name.size() > 100)
        problems << FieldProblem{QStringLiteral("name"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "The name is too long: at most %1 characters.")).arg(100)};
    static const QRegularExpression phoneChars(QStringLiteral("^[+0-9 ().-]{9,20}$"));
    const int phoneDigits = digits(r.phone).size();
    if (!phoneChars.match(r.phone.trimmed()).hasMatch() || phoneDigits < 9 || phoneDigits > 15)
        problems << FieldProblem{QStringLiteral("phone"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Write a phone number we can call, e.g. 612 345 678."))};
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[A-Za-z]{2,}$"));
    if (r.email.size() > 120 || !email.match(r.email.trimmed()).hasMatch())
        problems << FieldProblem{QStringLiteral("email"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Write an e-mail address we can send the confirmation to."))};
    if (r.address.trimmed().size() < 3)
        problems << FieldProblem{QStringLiteral("address"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Write the address of the work."))};
    else if (r.address.size() > 200)
        problems << FieldProblem{QStringLiteral("address"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "The address is too long: at most %1 characters.")).arg(200)};
    if (r.city.size() > 100)
        problems << FieldProblem{QStringLiteral("city"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "The town is too long: at most %1 characters.")).arg(100)};
    if (!r.consent)
        problems << FieldProblem{QStringLiteral("consent"), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Accept the privacy notice to book: we need your details to arrange the visit."))};
    for (const QString *field : {&r.jobType, &r.description, &r.name, &r.phone, &r.email, &r.address, &r.city}) {
        for (const QChar c : *field)
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t')) {
                problems << FieldProblem{QString(), say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Some text has characters that cannot be kept; type it again."))};
                return problems;
            }
    }
    return problems;
}

QStringList OnlineBooking::validate(const OnlineBookingRequest &r, const BookingSettings &settings)
{
    QStringList messages;
    for (const FieldProblem &p : fieldProblems(r, settings))
        messages << p.message;
    return messages;
}

namespace {

// Whether one of the salespeople among `staff` covers the postcode (everyone when nobody names an area).
bool coveredBy(const QList<StaffMember> &staff, const QString &postcode)
{
    const QString p = OnlineBooking::normalizePostcode(postcode);
    bool anyTerritory = false;
    for (const auto &m : staff) {
        if (m.role != Role::Sales)
            continue;
        for (const QString &prefix : m.territory) {
            if (prefix.trimmed().isEmpty())
                continue;
            anyTerritory = true;
            if (p.startsWith(prefix.trimmed()))
                return true;
        }
    }
    return !anyTerritory;
}

} // namespace

Result<BookingFacts> BookingFacts::load(Database &db)
{
    BookingFacts facts;
    facts.settings = BookingSettings::load(db);
    auto staff = StaffRepository(db).list(true);
    if (!staff)
        return staff.error();
    facts.staff = *staff;
    facts.policy = AssignmentPolicy::load(db);
    return facts;
}

Result<bool> OnlineBooking::covers(const QString &postcode) const
{
    auto staff = StaffRepository(m_db).list(true);
    if (!staff)
        return staff.error();
    return coveredBy(*staff, postcode);
}

bool OnlineBooking::covers(const QString &postcode, const BookingFacts &facts)
{
    return coveredBy(facts.staff, postcode);
}

namespace {

// The people who may go to that postcode: those who cover it, or everyone when nobody names an area.
std::set<Id> peopleFor(const QList<StaffMember> &staff, const QString &postcode)
{
    std::set<Id> covering;
    std::set<Id> everyone;
    for (const auto &m : staff) {
        if (m.role != Role::Sales)
            continue;
        everyone.insert(m.id);
        for (const QString &prefix : m.territory)
            if (!prefix.trimmed().isEmpty() && postcode.startsWith(prefix.trimmed()))
                covering.insert(m.id);
    }
    bool anyTerritory = false;
    for (const auto &m : staff)
        if (m.role == Role::Sales && !m.territory.isEmpty())
            anyTerritory = true;
    return anyTerritory ? covering : everyone;
}

} // namespace

Result<QList<BookingSlot>> OnlineBooking::freeSlots(const QString &postcode, qint64 after, int max) const
{
    auto facts = BookingFacts::load(m_db);
    if (!facts)
        return facts.error();
    return freeSlots(postcode, *facts, after, max);
}

Result<QList<BookingSlot>> OnlineBooking::offeredSlots(const QString &postcode) const
{
    auto facts = BookingFacts::load(m_db);
    if (!facts)
        return facts.error();
    return offeredSlots(postcode, *facts);
}

Result<QList<BookingSlot>> OnlineBooking::offeredSlots(const QString &postcode, const BookingFacts &facts, qint64 after) const
{
    const int shown = facts.settings.maxSlots;
    // Free times soonest first, until the spread has its number of times. The times of a day shown
    // do not overlap, so each takes a visit's length of half-hour starts: that many first, and a
    // half more (enough when a day has about 16 start times); more when the days have more (long
    // days, staggered shifts) or when few times are shown, up to the days customers may book.
    const int startsPerVisit = (facts.settings.visitMinutes + 29) / 30;
    for (int wanted = std::max({shown * 2, shown * startsPerVisit + shown / 2, 40});; wanted *= 2) {
        auto free = freeSlots(postcode, facts, after, wanted);
        if (!free)
            return free.error();
        QList<BookingSlot> offered = spreadOverDays(*free, shown);
        if (offered.size() >= shown || free->size() < wanted || wanted >= 8000)
            return offered;
    }
}

QList<BookingSlot> OnlineBooking::spreadOverDays(const QList<BookingSlot> &free, int maxSlots)
{
    const int perDay = std::max(4, (maxSlots + 4) / 5);
    LocalDays days;
    QList<BookingSlot> out;
    for (qsizetype from = 0; from < free.size() && out.size() < maxSlots;) {
        const QDate day = days.dateOf(free.at(from).startsAt);
        qsizetype to = from;
        while (to < free.size() && days.dateOf(free.at(to).startsAt) == day)
            ++to;
        const qsizetype n = to - from;
        const int take = static_cast<int>(std::min<qsizetype>({n, perDay, maxSlots - out.size()}));
        // Evenly through the day: the first, the last when there is room, and between; none
        // overlapping the one before it (10:00–11:00 beside 10:30–11:30 only puzzles a customer).
        qsizetype last = -1;
        qint64 busyUntil = std::numeric_limits<qint64>::min();
        for (int i = 0; i < take; ++i) {
            qsizetype index = std::max<qsizetype>(take == 1 ? 0 : (i * (n - 1)) / (take - 1), last + 1);
            while (index < n && free.at(from + index).startsAt < busyUntil)
                ++index;
            if (index >= n)
                break;
            out << free.at(from + index);
            busyUntil = free.at(from + index).endsAt;
            last = index;
        }
        from = to;
    }
    return out;
}

Result<QList<BookingSlot>> OnlineBooking::freeSlots(const QString &postcode, const BookingFacts &facts, qint64 after, int max) const
{
    const BookingSettings &settings = facts.settings;
    const QList<StaffMember> &staff = facts.staff;
    const QString code = normalizePostcode(postcode);
    const std::set<Id> people = peopleFor(staff, code);
    if (people.empty())
        return QList<BookingSlot>();
    const int limit = max > 0 ? max : settings.maxSlots;
    const qint64 first = std::max(after, settings.earliestStart());
    // The days customers may book count from today, whatever day the page starts at.
    const QDate lastDay = settings.lastBookableDay();
    const AssignmentPolicy &policy = facts.policy;
    std::set<std::pair<qint64, qint64>> times;
    LocalDays localDays;   // thousands of proposals: each local day converted once
    // A few days at a time, until the page has its times: most searches end in the first days.
    for (qint64 from = first;;) {
        const QDate day = QDateTime::fromSecsSinceEpoch(from).toLocalTime().date();
        if (day > lastDay)
            break;
        SlotRequest request;
        request.kind = AppointmentKind::Estimate;
        request.postcode = code;
        request.after = from;
        request.days = static_cast<int>(std::min<qint64>(2, day.daysTo(lastDay)));
        request.durationMinutes = settings.visitMinutes;
        request.everySlot = true;
        request.maxProposals = 100000;
        request.staffIds = QList<Id>(people.begin(), people.end());
        request.activeStaff = staff;
        request.explain = false;
        auto proposals = Scheduler(m_db).propose(request, policy);
        if (!proposals) {
            if (proposals.error().code == ErrorCode::NotFound)
                return QList<BookingSlot>();
            return proposals.error();
        }
        for (const Proposal &p : *proposals)
            if (!settings.isClosed(localDays.dateOf(p.startsAt)))
                times.insert({p.startsAt, p.endsAt});
        if (static_cast<int>(times.size()) >= limit)
            break;
        from = Clock::startOf(day.addDays(request.days + 1));
    }
    QList<BookingSlot> out;
    for (const auto &[start, end] : times) {
        if (out.size() >= limit)
            break;
        out << BookingSlot{start, end};
    }
    return out;
}

Result<std::optional<Proposal>> OnlineBooking::chooseAt(const BookingSettings &settings, const QList<StaffMember> &staff,
                                                       const QString &postcode, qint64 startsAt) const
{
    if (startsAt < settings.earliestStart())
        return std::optional<Proposal>();
    // Nor after the days customers may book (a form made by hand, or kept open for days).
    const QDate day = QDateTime::fromSecsSinceEpoch(startsAt).toLocalTime().date();
    if (day > settings.lastBookableDay() || settings.isClosed(day))   // nor on a day the company is closed
        return std::optional<Proposal>();
    const std::set<Id> people = peopleFor(staff, postcode);
    SlotRequest request;
    request.kind = AppointmentKind::Estimate;
    request.postcode = postcode;
    request.after = startsAt;
    request.days = 0;
    request.durationMinutes = settings.visitMinutes;
    request.everySlot = true;
    request.onlyStartingAt = startsAt;
    request.maxProposals = 1;   // the best (each proposal is at that time, by one of those people)
    if (people.empty())
        return std::optional<Proposal>();
    request.staffIds = QList<Id>(people.begin(), people.end());
    request.activeStaff = staff;
    auto proposals = Scheduler(m_db).propose(request, AssignmentPolicy::load(m_db));
    if (!proposals) {
        if (proposals.error().code == ErrorCode::NotFound)
            return std::optional<Proposal>();
        return proposals.error();
    }
    // Best first, as the company's assignment rules scored them.
    for (const Proposal &p : *proposals)
        if (p.startsAt == startsAt && people.count(p.staffId))
            return std::optional<Proposal>(p);
    return std::optional<Proposal>();
}

Result<OnlineBookingResult> OnlineBooking::book(const OnlineBookingRequest &request, const QString &manageBaseUrl)
{
    const BookingSettings settings = BookingSettings::load(m_db);
    const DocumentText customerLanguage(request.language);
    auto say = [&](const char *source) { return customerLanguage.translate(Context, source); };
    if (!settings.enabled)
        return makeError(ErrorCode::Forbidden, say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Online booking is closed. Please call us.")));
    if (const QStringList problems = validate(request, settings); !problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.join(QLatin1Char(' ')));
    const QString postcode = normalizePostcode(request.postcode);
    const auto jobType = *settings.jobType(request.jobType);
    const Actor by = actor();
    const DocumentText text(request.language);
    const MailCompany company = MailCompany::load(m_db);

    OnlineBookingResult result;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        // Inside the write transaction (BEGIN IMMEDIATE): nobody else books between the look and the booking.
        if (!request.requestKey.isEmpty()) {
            auto sent = alreadySent(request.requestKey);
            if (!sent)
                return sent.error();
            if (*sent)
                return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "This form was sent already: the visit is booked. Look for the "
                                                         "confirmation in your e-mail.")));
        }
        // The staff read once for the postcode's check, the choice and the scheduler.
        auto staff = StaffRepository(m_db).list(true);
        if (!staff)
            return staff.error();
        if (!coveredBy(*staff, postcode))
            return makeError(ErrorCode::Invalid, say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "We do not work in the postcode %1 yet.")).arg(postcode));
        auto chosen = chooseAt(settings, *staff, postcode, request.startsAt);
        if (!chosen)
            return chosen.error();
        if (!*chosen)
            return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Sorry, that time has just been taken. Please choose another one.")));
        const Proposal who = **chosen;

        // The customer: a returning one when exactly one customer has this phone or e-mail and
        // nothing contradicts it; otherwise a new one, flagged when the match was ambiguous.
        CustomerRepository customers(m_db);
        auto candidates = customers.likelyDuplicates(request.phone.trimmed(), request.email.trimmed());
        if (!candidates)
            return candidates.error();
        const QString phone = digits(request.phone);
        const QString email = request.email.trimmed().toLower();
        Id customerId = 0;
        QStringList ambiguousWith;
        if (candidates->size() == 1) {
            const Customer &c = candidates->first();
            const bool phoneAgrees = digits(c.phone).isEmpty() || digits(c.phone).endsWith(phone.right(9)) ||
                                     digits(c.phone2).endsWith(phone.right(9));
            const bool emailAgrees = c.email.trimmed().isEmpty() || c.email.trimmed().toLower() == email;
            if (phoneAgrees && emailAgrees)
                customerId = c.id;
            else
                ambiguousWith << c.name;
        } else {
            for (const Customer &c : *candidates)
                ambiguousWith << c.name;
        }
        // A customer with this phone or e-mail (the one recognised, or any of those it could be: a
        // phone corrected after Back no longer matches the first booking's) with a visit still to
        // come for the same job and address: the same request sent again (the browser's Back and
        // "Book" once more, a second tab), not a second job.
        const QString address = request.address.simplified();
        for (const Customer &candidate : *candidates) {
            auto booked = m_db.run(QStringLiteral("SELECT a.starts_at, s.address FROM work_orders w "
                                                  "JOIN online_bookings b ON b.order_id = w.id "
                                                  "JOIN appointments a ON a.id = b.appointment_id JOIN sites s ON s.id = w.site_id "
                                                  "WHERE w.customer_id = ? AND w.job_type = ? AND s.postcode = ? "
                                                  "AND a.status <> 'cancelled' AND a.starts_at > ? ORDER BY a.starts_at"),
                                   {candidate.id, jobType.spanish, postcode, Clock::nowSecs()});
            if (!booked)
                return booked.error();
            while (booked->next())
                if (booked->value(1).toString().simplified().compare(address, Qt::CaseInsensitive) == 0) {
                    const qint64 at = booked->value(0).toLongLong();
                    return makeError(ErrorCode::Conflict,
                                     say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "You already have a visit booked for this job at this address: %1 at %2. "
                                                                              "To change or cancel it, use the link in your confirmation e-mail."))
                                         .arg(longDate(text, at), localTime(text, at, QStringLiteral("HH:mm"))));
                }
        }
        result.match = customerId ? CustomerMatch::Returning : ambiguousWith.isEmpty() ? CustomerMatch::New : CustomerMatch::Ambiguous;
        if (!customerId) {
            Customer c;
            c.name = request.name.trimmed();
            c.phone = request.phone.trimmed();
            c.email = request.email.trimmed();
            c.address = request.address.trimmed();
            c.postcode = postcode;
            c.city = request.city.trimmed();
            c.language = DocumentText::normalize(request.language);
            if (result.match == CustomerMatch::Ambiguous)
                c.notes = tr("Booked online. The same phone or e-mail belongs to: %1. Check whether it is the same "
                             "customer before merging.").arg(ambiguousWith.join(QStringLiteral(", ")));
            auto id = customers.add(c);
            if (!id)
                return id.error();
            customerId = *id;
        }
        Site site;
        site.customerId = customerId;
        site.address = request.address.trimmed();
        site.postcode = postcode;
        site.city = request.city.trimmed();
        auto siteId = customers.addSite(site);
        if (!siteId)
            return siteId.error();

        NewWorkOrder n;
        n.customerId = customerId;
        n.siteId = *siteId;
        n.jobType = jobType.spanish;
        n.title = displayName(AppointmentKind::Estimate);
        n.description = request.description.trimmed();
        n.assigneeId = who.staffId;
        WorkOrderService orders(m_db);
        auto order = orders.create(n, by);
        if (!order)
            return order.error();
        auto advanced = OrderMoves(m_db).advanceTo(order->id, [](const Step &s) { return s.handler == StepHandler::ScheduleVisit; }, by);
        if (!advanced)
            return advanced.error();
        AppointmentDraft draft{order->id, who.staffId, who.startsAt, who.endsAt, AppointmentKind::Estimate,
                               request.description.trimmed()};
        auto appointment = VisitBooking(m_db).book(draft, by);
        if (!appointment) {
            if (appointment.error().code == ErrorCode::Conflict)
                return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("ordo::OnlineBooking", "Sorry, that time has just been taken. Please choose another one.")));
            return appointment.error();
        }
        QString note = tr("Booked online by the customer. Assigned automatically: %1").arg(who.explanation);
        if (result.match == CustomerMatch::Returning)
            note += QLatin1Char('\n') + tr("Returning customer, recognised by phone or e-mail.");
        else if (result.match == CustomerMatch::Ambiguous)
            note += QLatin1Char('\n') + tr("Check the customer: the same phone or e-mail belongs to %1. Nothing was merged.")
                                          .arg(ambiguousWith.join(QStringLiteral(", ")));
        if (auto r = orders.addNote(order->id, by, note); !r)
            return r.error();

        const QString token = newToken();
        const qint64 manageUntil = std::min<qint64>(who.startsAt, Clock::nowSecs() + settings.manageDays * 86400LL);
        const QString eventUid = calendarUid(token);
        auto bookingId = m_db.scalar(QStringLiteral("INSERT INTO online_bookings (order_id, appointment_id, customer_id, token_hash, "
                                                    "manage_until, customer_match, language, created_at, request_key, calendar_uid) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                     {order->id, appointment->appointment.id, customerId, tokenDigest(token), manageUntil,
                                      result.match == CustomerMatch::New         ? QStringLiteral("new")
                                      : result.match == CustomerMatch::Returning ? QStringLiteral("returning")
                                                                                 : QStringLiteral("ambiguous"),
                                      text.language(), Clock::nowSecs(),
                                      request.requestKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(request.requestKey),
                                      eventUid});
        if (!bookingId)
            return bookingId.error();

        // In the customer's language, whatever language the phone that opens it speaks.
        const QString link = manageLink(manageBaseUrl, token, text.language());
        const BookingSlot slot{who.startsAt, who.endsAt};
        const QString where = visitPlace(request.address, postcode, request.city);
        MailMessage mail;
        mail.to = request.email.trimmed();
        mail.replyTo = company.email;
        mail.subject = customerText(text, MailBooked).arg(longDate(text, slot.startsAt) + QLatin1Char(' ') +
                                                          localTime(text, slot.startsAt, QStringLiteral("HH:mm")));
        QStringList body{customerText(text, MailGreeting).arg(request.name.trimmed()), QString(),
                         customerText(text, MailBookedText)
                             .arg(longDate(text, slot.startsAt), localTime(text, slot.startsAt, QStringLiteral("HH:mm")),
                                  localTime(text, slot.endsAt, QStringLiteral("HH:mm")), where),
                         QString(), customerText(text, MailReference).arg(order->number)};
        if (!link.isEmpty())
            body << customerText(text, MailManage).arg(link);
        if (!company.phone.isEmpty())
            body << customerText(text, MailCall).arg(company.phone);
        body << QString() << company.legalName;
        mail.body = body.join(QLatin1Char('\n'));
        mail.attachmentName = QStringLiteral("visita.ics");
        mail.attachmentType = "text/calendar; charset=UTF-8; method=PUBLISH";
        mail.attachment = customerIcs(text, eventUid, 0, slot, company.legalName, company.email, where, link, false);
        if (auto queued = MailOutbox(m_db).enqueue(mail, QStringLiteral("booking")); !queued)
            return queued.error();

        result.orderId = order->id;
        result.orderNumber = order->number;
        result.slot = slot;
        result.manageToken = token;
        result.manageUntil = manageUntil;
        m_db.notifier().announceOrder(order->id);
        m_db.notifier().announceCustomers();
        return true;
    });
    if (!done)
        return done.error();
    // In a commit group the booking is not saved yet: whoever commits the group says whether it was.
    if (!m_db.inGroup())
        qCInfo(logAccess).noquote() << "online booking:" << result.orderNumber;
    return result;
}

Result<bool> OnlineBooking::alreadySent(const QString &requestKey) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM online_bookings WHERE request_key = ?"), {requestKey});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<ManagedBooking> OnlineBooking::find(const QString &token) const
{
    const QString expired = tr("This link is not valid any more. To change the visit, please call us.");
    if (token.size() < 20 || token.size() > 100)
        return makeError(ErrorCode::NotFound, expired);
    auto q = m_db.run(QStringLiteral(
                          "SELECT b.id, b.order_id, w.number, w.job_type, b.language, b.manage_until, b.cancelled_at, "
                          "a.starts_at, a.ends_at, a.status, coalesce(s.postcode, c.postcode), coalesce(s.address, c.address), b.appointment_id, "
                          "coalesce(s.city, c.city), c.name, b.calendar_uid "
                          "FROM online_bookings b JOIN work_orders w ON w.id = b.order_id "
                          "JOIN customers c ON c.id = b.customer_id "
                          "LEFT JOIN sites s ON s.id = w.site_id "
                          "LEFT JOIN appointments a ON a.id = b.appointment_id WHERE b.token_hash = ?"),
                      {tokenDigest(token)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, expired);
    ManagedBooking b;
    b.bookingId = q->value(0).toLongLong();
    b.orderId = q->value(1).toLongLong();
    b.orderNumber = q->value(2).toString();
    b.jobType = q->value(3).toString();
    b.language = q->value(4).toString();
    b.manageUntil = q->value(5).toLongLong();
    b.cancelled = !q->value(6).isNull() || q->value(9).toString() == QLatin1String("cancelled") || q->value(7).isNull();
    b.slot = {q->value(7).toLongLong(), q->value(8).toLongLong()};
    b.postcode = q->value(10).toString();
    b.address = q->value(11).toString();
    b.appointmentId = q->value(12).toLongLong();
    b.city = q->value(13).toString();
    b.customerName = q->value(14).toString();
    // The UID its calendar got when it was booked (migration 25 gave the older bookings theirs).
    b.calendarUid = q->value(15).toString();
    if (b.manageUntil < Clock::nowSecs())
        return makeError(ErrorCode::NotFound, expired);
    return b;
}

Result<void> OnlineBooking::mailCustomer(const ManagedBooking &booking, const CompanyProfile &company, const QString &subject,
                                         const QString &text, const QString &link)
{
    auto email = m_db.scalar(QStringLiteral("SELECT c.email FROM online_bookings b JOIN customers c ON c.id = b.customer_id WHERE b.id = ?"),
                             {booking.bookingId});
    if (!email)
        return email.error();
    if (email->toString().isEmpty())
        return {};
    const DocumentText words(booking.language);
    MailMessage mail;
    mail.to = email->toString();
    mail.replyTo = company.email;
    mail.subject = subject;
    // As the booking's own mail: the greeting, what happened, the reference, the link, the phone.
    QStringList body{customerText(words, MailGreeting).arg(booking.customerName), QString(), text, QString(),
                     customerText(words, MailReference).arg(booking.orderNumber)};
    if (!link.isEmpty())
        body << customerText(words, MailManage).arg(link);
    if (!company.phone.isEmpty())
        body << customerText(words, MailCall).arg(company.phone);
    body << QString() << company.legalName;
    mail.body = body.join(QLatin1Char('\n'));
    mail.attachmentName = QStringLiteral("visita.ics");
    mail.attachmentType = booking.cancelled ? "text/calendar; charset=UTF-8; method=CANCEL" : "text/calendar; charset=UTF-8; method=PUBLISH";
    // A later SEQUENCE replaces the event the customer's calendar has.
    mail.attachment = customerIcs(words, booking.calendarUid, static_cast<int>(Clock::nowSecs() - 1700000000), booking.slot,
                                  company.legalName, company.email, visitPlace(booking.address, booking.postcode, booking.city), link,
                                  booking.cancelled);
    if (auto queued = MailOutbox(m_db).enqueue(mail, QStringLiteral("booking")); !queued)
        return queued.error();
    return {};
}

Result<ManagedBooking> OnlineBooking::reschedule(const QString &token, qint64 startsAt, const QString &manageBaseUrl)
{
    const Actor by = actor();
    const CompanyProfile company = CompanyProfiles(m_db).load();
    ManagedBooking after;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto booking = find(token);
        if (!booking)
            return booking.error();
        if (booking->cancelled)
            return makeError(ErrorCode::Invalid, tr("This visit was cancelled. Book a new one if you wish."));
        if (booking->slot.startsAt == startsAt)
            return makeError(ErrorCode::Invalid, tr("That is already the time of your visit."));
        auto staff = StaffRepository(m_db).list(true);
        if (!staff)
            return staff.error();
        auto chosen = chooseAt(BookingSettings::load(m_db), *staff, booking->postcode, startsAt);
        if (!chosen)
            return chosen.error();
        if (!*chosen)
            return makeError(ErrorCode::Conflict, tr("Sorry, that time has just been taken. Please choose another one."));
        AppointmentService appointments(m_db);
        auto current = appointments.find(booking->appointmentId);
        if (!current)
            return current.error();
        auto moved = appointments.reschedule(current->appointment.id, current->version, (*chosen)->staffId, (*chosen)->startsAt,
                                             (*chosen)->endsAt, by);
        if (!moved) {
            if (moved.error().code == ErrorCode::Conflict)
                return makeError(ErrorCode::Conflict, tr("Sorry, that time has just been taken. Please choose another one."));
            return moved.error();
        }
        WorkOrderService orders(m_db);
        auto order = orders.find(booking->orderId);
        if (!order)
            return order.error();
        if (order->assigneeId != (*chosen)->staffId) {
            // The visit went to another person: the order follows the visit (written to its history).
            auto details = orders.details(*order);
            if (!details)
                return details.error();
            details->assigneeId = (*chosen)->staffId;
            if (auto r = orders.update(order->id, order->version, *details, by); !r)
                return r.error();
        }
        if (auto r = orders.addNote(booking->orderId, by, tr("The customer moved the visit from the booking link: %1")
                                                               .arg(AppointmentService::describe(*moved)));
            !r)
            return r.error();
        if (auto r = m_db.run(QStringLiteral("UPDATE online_bookings SET changed_at = ? WHERE id = ?"), {Clock::nowSecs(), booking->bookingId}); !r)
            return r.error();
        after = *booking;
        after.slot = {(*chosen)->startsAt, (*chosen)->endsAt};

        const DocumentText text(booking->language);
        if (auto mailed = mailCustomer(after, company,
                                       customerText(text, MailChanged).arg(longDate(text, after.slot.startsAt) + QLatin1Char(' ') +
                                                                           localTime(text, after.slot.startsAt, QStringLiteral("HH:mm"))),
                                       customerText(text, MailBookedText)
                                           .arg(longDate(text, after.slot.startsAt),
                                                localTime(text, after.slot.startsAt, QStringLiteral("HH:mm")),
                                                localTime(text, after.slot.endsAt, QStringLiteral("HH:mm")),
                                                visitPlace(after.address, after.postcode, after.city)),
                                       manageLink(manageBaseUrl, token, text.language()));
            !mailed)
            return mailed.error();
        m_db.notifier().announceOrder(booking->orderId);
        return true;
    });
    if (!done)
        return done.error();
    return after;
}

Result<ManagedBooking> OnlineBooking::cancel(const QString &token)
{
    const Actor by = actor();
    const CompanyProfile company = CompanyProfiles(m_db).load();
    ManagedBooking after;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto booking = find(token);
        if (!booking)
            return booking.error();
        if (booking->cancelled)
            return makeError(ErrorCode::Invalid, tr("This visit was already cancelled."));
        AppointmentService appointments(m_db);
        auto current = appointments.find(booking->appointmentId);
        if (!current)
            return current.error();
        auto cancelled = appointments.setStatus(current->appointment.id, current->version, AppointmentStatus::Cancelled, by);
        if (!cancelled)
            return cancelled.error();
        if (auto r = WorkOrderService(m_db).addNote(booking->orderId, by,
                                                    tr("The customer cancelled the visit from the booking link. Call them "
                                                       "back if the job is still wanted."));
            !r)
            return r.error();
        if (auto r = m_db.run(QStringLiteral("UPDATE online_bookings SET cancelled_at = ? WHERE id = ?"), {Clock::nowSecs(), booking->bookingId}); !r)
            return r.error();
        after = *booking;
        after.cancelled = true;
        const DocumentText text(booking->language);
        if (auto mailed = mailCustomer(after, company, customerText(text, MailCancelled),
                                       customerText(text, MailCancelledText)
                                           .arg(longDate(text, booking->slot.startsAt) + QLatin1Char(' ') +
                                                    localTime(text, booking->slot.startsAt, QStringLiteral("HH:mm")),
                                                visitPlace(booking->address, booking->postcode, booking->city)),
                                       QString());
            !mailed)
            return mailed.error();
        m_db.notifier().announceOrder(booking->orderId);
        return true;
    });
    if (!done)
        return done.error();
    return after;
}

} // namespace ordo
