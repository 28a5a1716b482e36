#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/Scheduler.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// What the company offers on its booking page (company settings).
struct BookingSettings
{
    Q_DECLARE_TR_FUNCTIONS(ordo::BookingSettings)

public:
    struct JobType
    {
        QString spanish;    // what the order's job type says (the office's words)
        QString english;
        QString name(const QString &language) const { return language == QLatin1String("en") && !english.isEmpty() ? english : spanish; }
    };

    bool enabled = true;
    QList<JobType> jobTypes;
    int visitMinutes = 60;
    int daysAhead = 14;
    int leadHours = 20;            // nothing bookable sooner than this from now
    int maxSlots = 40;             // shown per search
    int manageDays = 60;           // a change/cancel link works at most this long, and never after the visit starts
    QString colour;                // the page's accent colour, #rrggbb
    QString privacyEs;             // RGPD/LOPDGDD notice; empty: Ordo's default text with the company's name
    QString privacyEn;
    QString frameAncestors;        // who may show the page in an iframe (CSP frame-ancestors); empty: nobody
    QString corsOrigin;            // an origin allowed to call the page's JSON; empty: none
    QList<QDate> closedDays;       // holidays and other days the company is closed: never offered, sorted

    static BookingSettings load(Database &db);
    Result<void> save(Database &db) const;
    // "Instalación|Installation" lines, as stored.
    static QList<JobType> parseJobTypes(const QString &text);
    static QString formatJobTypes(const QList<JobType> &types);
    std::optional<JobType> jobType(const QString &name) const;
    // Closed days as people write them: "8/12/2026, 25/12/2026" (or 2026-12-08), separated by
    // commas, semicolons, spaces or lines. Invalid: one is not a date (the message names it).
    static Result<QList<QDate>> parseClosedDays(const QString &text);
    // As the desktop shows them: "08/12/2026, 25/12/2026".
    static QString formatClosedDays(const QList<QDate> &days);
    bool isClosed(const QDate &day) const;
    // The bookable window as of now (Clock): nothing sooner than the lead time, nothing on a local
    // day after `daysAhead` days from the day of that first moment.
    qint64 earliestStart() const;
    QDate lastBookableDay() const;
    // The notice shown next to the consent box, in the page's language.
    QString privacyNotice(const QString &language, const QString &companyName) const;
};

// A time a customer may choose: no staff names, only when.
struct BookingSlot
{
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    bool operator==(const BookingSlot &) const = default;
};

struct OnlineBookingRequest
{
    QString jobType;
    QString postcode;
    QString description;
    qint64 startsAt = 0;
    QString name;
    QString phone;
    QString email;
    QString address;
    QString city;
    bool consent = false;
    QString language = QStringLiteral("es");
    // The form's one-time key: the same form sent twice (a double click, a replay) books once.
    QString requestKey;
};

enum class CustomerMatch { New, Returning, Ambiguous };

struct OnlineBookingResult
{
    QString orderNumber;
    Id orderId = 0;
    BookingSlot slot;
    CustomerMatch match = CustomerMatch::New;
    QString manageToken;           // the secret of the change/cancel link: shown once, stored hashed
    qint64 manageUntil = 0;
};

// A booking as its change/cancel link shows it.
struct ManagedBooking
{
    Id bookingId = 0;
    Id orderId = 0;
    Id appointmentId = 0;
    QString orderNumber;
    QString jobType;
    QString postcode;
    QString address;
    QString city;
    QString customerName;
    QString language;
    QString calendarUid;   // the same event in the customer's calendar for the booking, the move and the cancellation
    BookingSlot slot;
    bool cancelled = false;
    qint64 manageUntil = 0;
};

// What the free times of any postcode are found from, read once by a caller asking for many
// postcodes while the database is unchanged (the server's pages).
struct BookingFacts
{
    BookingSettings settings;
    QList<StaffMember> staff;          // the active staff
    AssignmentPolicy policy;

    static Result<BookingFacts> load(Database &db);
};

// Customers booking their own estimate visit from the company's website. Each booking is one
// transaction: the customer (a returning one is matched by phone or e-mail; an ambiguous match is
// a new customer flagged for the front desk, never merged), the site, the order in the map's visit
// step, the automatic assignment with its reason written to the order's history, the appointment,
// the change/cancel link and the confirmation e-mail (queued in the outbox). Two customers taking
// the same time: exactly one gets it, the other is told and offered the next free times.
class OnlineBooking final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::OnlineBooking)

public:
    explicit OnlineBooking(Database &db) : m_db(db) {}

    // Whether someone works in that postcode (the union of the salespeople's territories; a company
    // whose salespeople name no territory covers every postcode).
    Result<bool> covers(const QString &postcode) const;
    static bool covers(const QString &postcode, const BookingFacts &facts);
    // Free estimate-visit times, soonest first, from `after` (UTC seconds; 0: now) plus the lead time.
    Result<QList<BookingSlot>> freeSlots(const QString &postcode, qint64 after = 0, int max = 0) const;
    // The same from facts the caller read (BookingFacts::load) while nothing changed since.
    Result<QList<BookingSlot>> freeSlots(const QString &postcode, const BookingFacts &facts, qint64 after = 0, int max = 0) const;
    // What the booking page offers: the settings' number of times (maxSlots), spread over the coming
    // days (at most a fifth of them on one day, evenly through it, the day's first always), so that
    // a customer sees about a week ahead, not every half hour of the next two days.
    Result<QList<BookingSlot>> offeredSlots(const QString &postcode) const;
    // From `after` (UTC seconds; 0: now) on, never before the lead time: "later dates" on the page.
    Result<QList<BookingSlot>> offeredSlots(const QString &postcode, const BookingFacts &facts, qint64 after = 0) const;
    static QList<BookingSlot> spreadOverDays(const QList<BookingSlot> &free, int maxSlots);
    // Invalid: a field is missing or wrong (the message names it); Conflict: the time was taken
    // meanwhile (nothing saved; ask freeSlots for others).
    // manageBaseUrl: the server's public address; the confirmation's change/cancel link starts with it.
    Result<OnlineBookingResult> book(const OnlineBookingRequest &request, const QString &manageBaseUrl = {});

    // Whether a booking was already made from the form with that key.
    Result<bool> alreadySent(const QString &requestKey) const;

    Result<ManagedBooking> find(const QString &token) const;
    // Moves the visit to another free time; written to the order's history as the customer's change.
    // `manageBaseUrl` as for book(): the mail's link to change or cancel it again.
    Result<ManagedBooking> reschedule(const QString &token, qint64 startsAt, const QString &manageBaseUrl = QString());
    // Cancels the visit (the order stays open, in its step, for the front desk to follow up).
    Result<ManagedBooking> cancel(const QString &token);

    static Actor actor();
    // Checks of the customer's fields, each with a message that names the field; empty when fine.
    static QStringList validate(const OnlineBookingRequest &request, const BookingSettings &settings);
    // The same, each with the form's field it is about ("phone", "consent"…; empty: none).
    struct FieldProblem
    {
        QString field;
        QString message;
    };
    static QList<FieldProblem> fieldProblems(const OnlineBookingRequest &request, const BookingSettings &settings);
    static QString normalizePostcode(const QString &postcode);

private:
    // The best person free at exactly that time for the postcode, by the company's assignment rules.
    Result<std::optional<Proposal>> chooseAt(const BookingSettings &settings, const QList<StaffMember> &staff, const QString &postcode,
                                             qint64 startsAt) const;
    // The customer's mail about a changed or cancelled visit, with its calendar file, into the outbox.
    Result<void> mailCustomer(const ManagedBooking &booking, const CompanyProfile &company, const QString &subject,
                              const QString &text, const QString &link);

    Database &m_db;
};

} // namespace ordo
