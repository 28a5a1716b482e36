#pragma once

#include "ui/common/Session.h"
#include "ui/reports/AssetStatsPage.h"
#include "ui/reports/ProcessEvaluationPage.h"
#include "ui/reports/ReviewsPage.h"
#include "ui/reports/WeeklyReportPage.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace ordo {

class BarChartView;

// Reports: the owner's weekly report (figures, charts, print and PDF), the periodic reviews (due
// now, plans, history) and the process evaluation (per map version, side by side, findings that
// lead to the step in the process map), one tab each. Nothing is computed until a page is shown.
class ReportsView final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { WeeklyTab, ReviewsTab, ProcessTab, AssetsTab };

    explicit ReportsView(Session session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    WeeklyReportPage *weeklyPage() const { return m_weekly; }
    ReviewsPage *reviewsPage() const { return m_reviews; }
    ProcessEvaluationPage *processPage() const { return m_process; }
    AssetStatsPage *assetsPage() const { return m_assets; }

    // The weekly report (see WeeklyReportPage).
    void setWeek(int isoYear, int isoWeek) { m_weekly->setWeek(isoYear, isoWeek); }
    const WeeklyReport &report() const { return m_weekly->report(); }
    bool savePdf(const QString &path) { return m_weekly->savePdf(path); }
    void printPreview() { m_weekly->printPreview(); }
    QTableWidget *summaryTable() const { return m_weekly->summaryTable(); }
    QTableWidget *stepsTable() const { return m_weekly->stepsTable(); }
    QTableWidget *peopleTable() const { return m_weekly->peopleTable(); }
    BarChartView *flowChart() const { return m_weekly->flowChart(); }

    // The reviews (see ReviewsPage).
    void reloadReviews() { m_reviews->reload(); }
    void openReview(Id planId) { m_reviews->openReview(planId); }
    void openPastReview(Id reviewId) { m_reviews->openPastReview(reviewId); }
    bool addPlan() { return m_reviews->addPlan(); }
    QListWidget *dueList() const { return m_reviews->dueList(); }
    QTableWidget *plansTable() const { return m_reviews->plansTable(); }
    QTableWidget *historyTable() const { return m_reviews->historyTable(); }

    // The process evaluation (see ProcessEvaluationPage).
    void evaluate(Id versionA, Id versionB = 0) { m_process->evaluate(versionA, versionB); }
    const ProcessEvaluation &evaluation() const { return m_process->evaluation(); }
    bool evaluationReady() const { return m_process->evaluationReady(); }
    QComboBox *periodBox() const { return m_process->periodBox(); }
    QComboBox *versionA() const { return m_process->versionA(); }
    QComboBox *versionB() const { return m_process->versionB(); }
    QTableWidget *processTable() const { return m_process->processTable(); }
    QListWidget *findingsList() const { return m_process->findingsList(); }

signals:
    // A finding was chosen: show this step of the process map.
    void stepRequested(const QString &stepName);
    void reviewsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What the tab on top shows, read the first time it is shown.
    void loadShownTab();

    QTabWidget *m_tabs;
    WeeklyReportPage *m_weekly;
    ReviewsPage *m_reviews;
    ProcessEvaluationPage *m_process;
    AssetStatsPage *m_assets;
};

} // namespace ordo
