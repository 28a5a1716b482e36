#pragma once

#include "common/Session.h"
#include "reports/ProcessEvaluation.h"
#include "reports/Reviews.h"
#include "reports/WeeklyReport.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace ordo {

// Reports: the owner's weekly report (figures, charts, print and PDF), the periodic reviews (due
// now, plans, history) and the process evaluation (per map version, side by side, findings that
// lead to the step in the process map). Nothing is computed until the page is shown.
class ReportsView final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { WeeklyTab, ReviewsTab, ProcessTab };

    explicit ReportsView(Session session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // The week shown; by default the last complete week.
    void setWeek(int isoYear, int isoWeek);
    const WeeklyReport &report() const { return m_report; }
    bool savePdf(const QString &path);
    void printPreview();

    void reloadReviews();
    // Opens the review of the plan's current period (created with its checklist when needed).
    void openReview(Id planId);
    void openPastReview(Id reviewId);
    bool addPlan();

    // Evaluates version A, side by side with B when B is not 0, over the period chosen, in a worker
    // thread; evaluationReady() says when the figures are on screen.
    void evaluate(Id versionA, Id versionB = 0);
    const ProcessEvaluation &evaluation() const { return m_evaluation; }
    bool evaluationReady() const { return m_evaluationReady; }
    QComboBox *periodBox() const { return m_period; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *summaryTable() const { return m_summary; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *peopleTable() const { return m_people; }
    QListWidget *dueList() const { return m_due; }
    QTableWidget *plansTable() const { return m_plans; }
    QTableWidget *historyTable() const { return m_history; }
    QComboBox *versionA() const { return m_versionA; }
    QComboBox *versionB() const { return m_versionB; }
    QTableWidget *processTable() const { return m_processTable; }
    QListWidget *findingsList() const { return m_findings; }
    QChartView *flowChart() const { return m_flowChart; }

signals:
    // A finding was chosen: show this step of the process map.
    void stepRequested(const QString &stepName);
    void reviewsChanged();

protected:
    void showEvent(QShowEvent *event) override;

public:
    ~ReportsView() override;

private:
    struct EvaluationResult
    {
        ProcessEvaluation a;
        ProcessEvaluation b;
        bool comparing = false;
        QString error;
    };
    void showEvaluation(const EvaluationResult &result);
    QWidget *buildWeeklyTab();
    QWidget *buildReviewsTab();
    QWidget *buildProcessTab();
    // What the tab on top shows, read the first time it is shown.
    void loadShownTab();
    void loadWeek();
    void fillCharts();
    void loadVersions();
    void fillVersions();
    void stepWeek(int delta);

    Session m_session;
    WeeklyReport m_report;
    ProcessEvaluation m_evaluation;
    ProcessEvaluation m_compared;
    int m_year = 0;
    int m_week = 0;
    bool m_weekLoaded = false;
    bool m_reviewsLoaded = false;
    bool m_versionsLoaded = false;

    QTabWidget *m_tabs;
    QLabel *m_weekLabel = nullptr;
    QTableWidget *m_summary = nullptr;
    QChartView *m_flowChart = nullptr;
    QChartView *m_moneyChart = nullptr;
    QChartView *m_stepChart = nullptr;
    QTableWidget *m_steps = nullptr;
    QTableWidget *m_people = nullptr;
    QTableWidget *m_overdue = nullptr;
    QListWidget *m_due = nullptr;
    QTableWidget *m_plans = nullptr;
    QTableWidget *m_history = nullptr;
    QComboBox *m_versionA = nullptr;
    QComboBox *m_versionB = nullptr;
    QLabel *m_processSummary = nullptr;
    QTableWidget *m_processTable = nullptr;
    QListWidget *m_findings = nullptr;
    QComboBox *m_period = nullptr;
    QFutureWatcher<EvaluationResult> *m_evaluationWatcher = nullptr;
    int m_evaluationGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_stopEvaluation = std::make_shared<std::atomic<bool>>(false);
    bool m_evaluationReady = false;
};

} // namespace ordo
