#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

enum class Cadence { Daily, Weekly, Monthly, Quarterly };

// What a review looks at; each becomes checklist items generated from the data.
enum class ReviewCheck { InactiveOrders, PastTarget, VisitsWithoutOutcome, Unassigned, UnpaidInvoices, MissedReviews };

QString toKey(Cadence cadence);
std::optional<Cadence> cadenceFromKey(const QString &key);
QString toKey(ReviewCheck check);
std::optional<ReviewCheck> reviewCheckFromKey(const QString &key);
// Translated names for the screen: "Weekly", "Orders past their step's target".
QString displayName(Cadence cadence);
QString displayName(ReviewCheck check);

struct ReviewPlan
{
    Id id = 0;
    QString name;
    Cadence cadence = Cadence::Weekly;
    Id staffId = 0;
    QString staffName;
    QList<ReviewCheck> checks;
    int inactiveDays = 7;
};

struct ReviewItem
{
    Id id = 0;
    ReviewCheck check = ReviewCheck::InactiveOrders;
    QString reference;       // an order or invoice number
    QString description;
    bool handled = false;
    QString comment;
    QString handledBy;       // who last marked it handled or explained it, and when
    std::optional<qint64> handledAt;
};

struct Review
{
    Id id = 0;
    Id planId = 0;
    QString planName;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    std::optional<qint64> signedAt;
    QString signedBy;
    QString notes;
    QList<ReviewItem> items;
    qint64 itemCount = 0;     // in history lists, where the items are not loaded
    qint64 handledCount = 0;
};

struct DueReview
{
    ReviewPlan plan;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    int missedBefore = 0;    // earlier periods left without a signed review
    // When the oldest unsigned period was due: its last working day (a weekly review on Friday, a
    // monthly one on the month's last weekday). Before it comes, the review is due by then.
    qint64 dueAt = 0;
    // "Weekly review due by Friday 4 Dec — Marta Sanz", "… due today — …",
    // "… pending since Friday 27 Nov — Marta Sanz" once that day has passed.
    QString text;

    // The text, and how many earlier periods were missed: "… — Marta Sanz (2 earlier ones missed)".
    QString textWithMissed() const;
};

// Periodic reviews: someone is assigned to check, daily, weekly, monthly or quarterly, that nothing
// has been left behind. Opening a review builds its checklist from the data; signing it off needs
// every item handled or explained, and keeps who and when.
class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ReviewService)

public:
    explicit ReviewService(Database &db) : m_db(db) {}

    Result<Id> addPlan(const ReviewPlan &plan);
    Result<QList<ReviewPlan>> plans() const;
    // Plans whose current period has no signed review, at `now`.
    Result<QList<DueReview>> due(qint64 now) const;
    // The review of the plan's current period, created with its checklist when it does not exist yet.
    Result<Review> open(Id planId, qint64 now);
    Result<Review> find(Id reviewId) const;
    // Reviews opened so far, signed or not, newest period first, without their items.
    Result<QList<Review>> history(int limit = 200) const;
    Result<void> setItem(Id itemId, bool handled, const QString &comment);
    Result<void> setItem(Id itemId, bool handled, const QString &comment, const Actor &by);
    // Marks several items of one unsigned review handled with one comment, in one transaction,
    // recording who did it and when. All or none: refused when any item is not in an open review.
    Result<void> handleItems(const QList<Id> &itemIds, const QString &comment, const Actor &by);
    // The order an item is about: its order, or the order of its invoice; none for a missed review.
    Result<std::optional<Id>> orderOf(const ReviewItem &item) const;
    Result<Review> signOff(Id reviewId, const Actor &by, const QString &notes);

    // The period containing `at` for a cadence, in local time: [start, end).
    static std::pair<qint64, qint64> period(Cadence cadence, qint64 at);
    // The day a period's review is due: the last weekday (Monday to Friday) of the period.
    static QDate dueDay(Cadence cadence, qint64 periodStart);

private:
    Database &m_db;
};

} // namespace ordo
