#pragma once

#include "ui/common/Session.h"
#include "core/reports/WeeklyReport.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ordo {

class BarChartView;

// The owner's weekly report: the week's figures against the week before and the last four, charts
// per day and per step, people and overdue orders; printed or saved as PDF. Read when first shown.
class WeeklyReportPage final : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyReportPage(Session session, QWidget *parent = nullptr);

    // Reads the shown week unless it was read already.
    void loadOnce();
    // The week shown; by default the last complete week.
    void setWeek(int isoYear, int isoWeek);
    const WeeklyReport &report() const { return m_report; }
    bool savePdf(const QString &path);
    void printPreview();

    QTableWidget *summaryTable() const { return m_summary; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *peopleTable() const { return m_people; }
    BarChartView *flowChart() const { return m_flowChart; }

private:
    QLayout *buildToolBar();
    QWidget *buildBody();
    void savePdfAs();
    void stepWeek(int delta);
    void loadWeek();
    void fillDayCharts();
    void fillStepChart();

    Session m_session;
    WeeklyReport m_report;
    int m_year = 0;
    int m_week = 0;
    bool m_loaded = false;

    QLabel *m_weekLabel = nullptr;
    QTableWidget *m_summary = nullptr;
    BarChartView *m_flowChart = nullptr;
    BarChartView *m_moneyChart = nullptr;
    BarChartView *m_stepChart = nullptr;
    QTableWidget *m_steps = nullptr;
    QTableWidget *m_people = nullptr;
    QTableWidget *m_overdue = nullptr;
};

} // namespace ordo
