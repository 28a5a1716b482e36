#pragma once

#include "CsrfTokens.h"
#include "RateLimiter.h"
#include "WebApp.h"

#include "core/usecases/OnlineBooking.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace ordo {
class Database;
}

namespace ordo::server {

struct SharedPages;

// The customers' booking page at the server's root: the kind of job and the postcode, the free
// times, the contact details with consent, the confirmation, and the change/cancel link. Every
// action goes through the core's OnlineBooking use case; this class only turns requests into its
// calls and its answers into pages, with the form tokens, honeypot and rate limits in front.
class BookingSite final
{
public:
    struct Options
    {
        QString publicUrl;               // where customers reach the server ("https://citas.example.es"), for the links in mails
        double bookingsPerMinutePerAddress = 20;
        int bookingBurstPerAddress = 20;
        double bookingsPerHourPerPhone = 4;
        double pagesPerMinutePerAddress = 240;
        int pageBurstPerAddress = 120;
        std::function<qint64()> monotonicMs;   // for the rate limits; a steady clock by default
        // The pages' limit per address, shared by the sites of the server's threads; a new one when null.
        std::shared_ptr<RateLimiter> pagesByAddress;
        // What the pages read (settings, the company, the free times), kept once for the sites of
        // all the server's threads (sharedPages()); null: this site keeps its own.
        std::shared_ptr<SharedPages> sharedPages;
    };

    // What the pages of several sites (one per thread, each with its own connection) read, kept once
    // for all: found by whichever thread asks first, while the others wait for it instead of finding
    // it again. Valid while nothing was committed to the database by anyone (SQLite's data_version
    // on a connection of its own; PostgreSQL's current snapshot, asked on the asking thread's
    // connection) and for at most maxAgeMs.
    static std::shared_ptr<SharedPages> sharedPages(const QString &databasePath);

    BookingSite(Database &db, CsrfTokens tokens, Options options);
    ~BookingSite();
    void addRoutes(WebApp &app);
    void setPublicUrl(const QString &url) { m_options.publicUrl = url; }
    const std::shared_ptr<RateLimiter> &pagesByAddress() const { return m_pagesByAddress; }

    WebResponse start(const WebRequest &request);
    WebResponse times(const WebRequest &request);
    WebResponse book(const WebRequest &request);
    WebResponse manage(const WebRequest &request);
    WebResponse manageAction(const WebRequest &request);
    WebResponse slotsJson(const WebRequest &request);
    WebResponse brandCss(const WebRequest &request);
    WebResponse logo(const WebRequest &request);

    // What the pages read on every request (settings, the company, free times per postcode), kept
    // while the database is unchanged: nobody committed (SQLite's data_version, PostgreSQL's
    // snapshot; with a site of its own, also nothing written through this site), and for at most `maxAgeMs` (the lead time moves
    // with the clock). A booking is checked again in its own transaction whatever a page showed.
    struct Snapshot;
    std::shared_ptr<const Snapshot> snapshot();
    // `after` (UTC seconds) > 0: the times from then on ("later dates"), found for this page alone.
    Result<std::pair<bool, QList<BookingSlot>>> slotsFor(const QString &postcode, qint64 after = 0);
    void wrote() { ++m_ownWrites; }
    // The commit group the bookings since the last call were made in was saved, or not: the log
    // says which bookings are saved, and those not saved give their phone's rate-limit token back.
    void groupEnded(bool saved);
    // The writer's, at start: a booking made and undone at once, so that the first customers after
    // a restart do not pay for preparing its statements and reading its pages. Nothing of it is
    // kept. Whether it booked (false: not a writer on SQLite, or nothing to book).
    bool warmUp();

private:
    struct Form;
    WebResponse timesPage(const WebRequest &request, const Form &form, const QStringList &problems, int status);
    WebResponse page(const WebRequest &request, const QString &title, const QString &body, int status = 200);
    bool limited(const WebRequest &request, RateLimiter &limiter);
    qint64 nowMs() const;
    Result<std::pair<bool, QList<BookingSlot>>> freeTimesNow(const QString &postcode, Snapshot &snap, qint64 after = 0);

    Database &m_db;
    CsrfTokens m_tokens;
    Options m_options;
    std::shared_ptr<RateLimiter> m_pagesByAddress;
    RateLimiter m_bookingsByAddress;
    RateLimiter m_bookingsByPhone;
    std::shared_ptr<SharedPages> m_shared;
    qint64 m_ownWrites = 0;
    std::vector<std::pair<QString, QString>> m_inGroup;   // phone key, order number: booked in the open group
    static constexpr qint64 maxAgeMs = 20000;
};

} // namespace ordo::server
