#include "ui/reports/ReviewsPage.h"

#include "core/common/Clock.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/ReportWidgets.h"
#include "ui/reports/ReviewDialog.h"
#include "core/reports/Reviews.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

using namespace reportwidgets;

ReviewsPage::ReviewsPage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewsPage"));
    auto *layout = new QVBoxLayout(this);
    buildDue(layout);
    buildPlans(layout);
    buildHistory(layout);
}

void ReviewsPage::buildDue(QVBoxLayout *layout)
{
    layout->addWidget(boldLabel(tr("Due now"), this));
    m_due = new QListWidget(this);
    m_due->setObjectName(QStringLiteral("dueReviews"));
    m_due->setMaximumHeight(110);
    layout->addWidget(m_due);
    auto *dueBar = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("&Open the review…"), this);
    dueBar->addWidget(openButton);
    dueBar->addStretch();
    layout->addLayout(dueBar);
    auto openChosen = [this] {
        if (QListWidgetItem *item = m_due->currentItem())
            openReview(item->data(Qt::UserRole).toLongLong());
    };
    connect(openButton, &QPushButton::clicked, this, openChosen);
    connect(m_due, &QListWidget::itemActivated, this, openChosen);
}

void ReviewsPage::buildPlans(QVBoxLayout *layout)
{
    auto *plansBar = new QHBoxLayout;
    plansBar->addWidget(boldLabel(tr("Review plans"), this));
    plansBar->addStretch();
    auto *newPlan = new QPushButton(tr("&New plan…"), this);
    plansBar->addWidget(newPlan);
    layout->addLayout(plansBar);
    connect(newPlan, &QPushButton::clicked, this, &ReviewsPage::addPlan);
    m_plans = makeTable(this, QStringLiteral("plansTable"), {tr("Plan"), tr("Every"), tr("Done by"), tr("Checks")});
    m_plans->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_plans->setColumnWidth(1, 110);
    m_plans->setColumnWidth(2, 170);
    m_plans->setMaximumHeight(150);
    layout->addWidget(m_plans);
    connect(m_plans, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openReview(m_plans->item(row, 0)->data(Qt::UserRole).toLongLong()); });
}

void ReviewsPage::buildHistory(QVBoxLayout *layout)
{
    layout->addWidget(boldLabel(tr("History"), this));
    m_history = makeTable(this, QStringLiteral("historyTable"),
                          {tr("Review"), tr("Period"), tr("Signed off by"), tr("On"), tr("Items handled"), tr("Notes")});
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_history->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_history->setColumnWidth(0, 200);
    m_history->setColumnWidth(1, 190);
    m_history->setColumnWidth(2, 150);
    m_history->setColumnWidth(3, 130);
    m_history->setColumnWidth(4, 110);
    layout->addWidget(m_history, 1);
    connect(m_history, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openPastReview(m_history->item(row, 0)->data(Qt::UserRole).toLongLong()); });
}

void ReviewsPage::loadOnce()
{
    if (!m_loaded)
        reload();
}

void ReviewsPage::reload()
{
    m_loaded = true;
    ReviewService reviews(m_session.db);
    fillDue(reviews);
    fillPlans(reviews);
    fillHistory(reviews);
}

void ReviewsPage::fillDue(ReviewService &reviews)
{
    m_due->clear();
    auto due = reviews.due(Clock::nowSecs());
    if (!due) {
        MessageBox::error(this, tr("Reviews"), due.error().message);
        return;
    }
    for (const DueReview &d : *due) {
        auto *item = new QListWidgetItem(d.textWithMissed(), m_due);
        item->setData(Qt::UserRole, d.plan.id);
    }
    if (due->isEmpty())
        new QListWidgetItem(tr("No review is due."), m_due);
    m_due->setCurrentRow(0);
}

void ReviewsPage::fillPlans(ReviewService &reviews)
{
    m_plans->setRowCount(0);
    auto plans = reviews.plans();
    if (!plans)
        return;
    m_plans->setRowCount(static_cast<int>(plans->size()));
    for (int row = 0; row < plans->size(); ++row) {
        const ReviewPlan &p = plans->at(row);
        QStringList checks;
        for (ReviewCheck c : p.checks)
            checks << displayName(c);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_plans->setItem(row, 0, name);
        m_plans->setItem(row, 1, new QTableWidgetItem(displayName(p.cadence)));
        m_plans->setItem(row, 2, new QTableWidgetItem(p.staffName));
        m_plans->setItem(row, 3, new QTableWidgetItem(checks.join(QStringLiteral(", "))));
    }
}

void ReviewsPage::fillHistory(ReviewService &reviews)
{
    const QLocale locale;
    auto day = [&](qint64 utc) { return locale.toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date(), QLocale::ShortFormat); };
    m_history->setRowCount(0);
    auto history = reviews.history();
    if (!history)
        return;
    m_history->setRowCount(static_cast<int>(history->size()));
    for (int row = 0; row < history->size(); ++row) {
        const Review &r = history->at(row);
        auto *name = new QTableWidgetItem(r.planName);
        name->setData(Qt::UserRole, r.id);
        m_history->setItem(row, 0, name);
        const QString first = day(r.periodStart), last = day(r.periodEnd - 1);
        m_history->setItem(row, 1, new QTableWidgetItem(first == last ? first : tr("%1 – %2").arg(first, last)));
        m_history->setItem(row, 2, new QTableWidgetItem(r.signedAt ? r.signedBy : tr("Not signed off")));
        m_history->setItem(row, 3, new QTableWidgetItem(r.signedAt ? day(*r.signedAt) : QString()));
        m_history->setItem(row, 4, new QTableWidgetItem(r.itemCount ? tr("%1 of %2").arg(r.handledCount).arg(r.itemCount)
                                                                    : tr("nothing found")));
        m_history->setItem(row, 5, new QTableWidgetItem(r.notes));
        if (!r.signedAt)
            m_history->item(row, 2)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
}

void ReviewsPage::openReview(Id planId)
{
    if (planId == 0)
        return;
    showReview(ReviewService(m_session.db).open(planId, Clock::nowSecs()));
}

void ReviewsPage::openPastReview(Id reviewId)
{
    showReview(ReviewService(m_session.db).find(reviewId));
}

void ReviewsPage::showReview(const Result<Review> &review)
{
    if (!review) {
        MessageBox::warning(this, tr("Review"), review.error().message);
        return;
    }
    ReviewDialog dialog(m_session, *review, this);
    dialog.exec();
    reload();
    emit reviewsChanged();
}

bool ReviewsPage::addPlan()
{
    ReviewPlanDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit reviewsChanged();
    return true;
}

} // namespace ordo
