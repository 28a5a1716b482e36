#pragma once

#include "ui/common/Session.h"
#include "core/domain/Types.h"
#include "core/reports/Reviews.h"

#include <QWidget>

class QListWidget;
class QVBoxLayout;
class QTableWidget;

namespace ordo {

class ReviewService;

// The periodic reviews: those due now, the plans, and the history of signed-off reviews. A review
// opens in its checklist dialog. Read when first shown, and again after every change made here.
class ReviewsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsPage(Session session, QWidget *parent = nullptr);

    // Reads the reviews unless they were read already.
    void loadOnce();
    void reload();
    // Opens the review of the plan's current period (created with its checklist when needed).
    void openReview(Id planId);
    void openPastReview(Id reviewId);
    bool addPlan();

    QListWidget *dueList() const { return m_due; }
    QTableWidget *plansTable() const { return m_plans; }
    QTableWidget *historyTable() const { return m_history; }

signals:
    void reviewsChanged();

private:
    // Shows a review (or why it could not be read), then reads the page again.
    void showReview(const Result<Review> &review);
    void buildDue(QVBoxLayout *layout);
    void buildPlans(QVBoxLayout *layout);
    void buildHistory(QVBoxLayout *layout);
    void fillDue(ReviewService &reviews);
    void fillPlans(ReviewService &reviews);
    void fillHistory(ReviewService &reviews);

    Session m_session;
    bool m_loaded = false;
    QListWidget *m_due = nullptr;
    QTableWidget *m_plans = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace ordo
