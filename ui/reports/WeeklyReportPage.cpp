#include "ui/reports/WeeklyReportPage.h"

#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Printing.h"
#include "ui/print/WeeklyReportRenderer.h"
#include "ui/reports/BarChart.h"
#include "ui/reports/ReportWidgets.h"
#include "core/reports/WeekSummaries.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>


namespace ordo {

using namespace reportwidgets;

WeeklyReportPage::WeeklyReportPage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("weeklyReportPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildToolBar());
    layout->addWidget(buildBody(), 1);

    // The last complete week.
    int year = 0;
    const int week = Clock::today().addDays(-7).weekNumber(&year);
    m_year = year;
    m_week = week;
}

QLayout *WeeklyReportPage::buildToolBar()
{
    auto *bar = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_weekLabel->setFont(bold);
    // Wraps rather than widening the window past a 1024-pixel screen.
    m_weekLabel->setWordWrap(true);
    m_weekLabel->setAlignment(Qt::AlignCenter);
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    bar->addWidget(previous);
    // The whole width between the buttons (its text centred in it), so that the bar grows to the
    // two lines of a wrapped title instead of cutting them.
    m_weekLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    bar->addWidget(m_weekLabel, 1);
    bar->addWidget(next);
    bar->addSpacing(24);
    bar->addWidget(preview);
    bar->addWidget(pdf);
    connect(previous, &QPushButton::clicked, this, [this] { stepWeek(-1); });
    connect(next, &QPushButton::clicked, this, [this] { stepWeek(1); });
    connect(preview, &QPushButton::clicked, this, &WeeklyReportPage::printPreview);
    connect(pdf, &QPushButton::clicked, this, &WeeklyReportPage::savePdfAs);
    return bar;
}

QWidget *WeeklyReportPage::buildBody()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *body = new QVBoxLayout(content);
    m_summary = makeTable(content, QStringLiteral("summaryTable"), WeeklyReportRenderer::summaryHeaders());
    for (int c = 1; c < 4; ++c)
        m_summary->setColumnWidth(c, 150);
    body->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    m_flowChart = new BarChartView(QStringLiteral("flowChart"), 260, content);
    m_moneyChart = new BarChartView(QStringLiteral("moneyChart"), 260, content);
    charts->addWidget(m_flowChart);
    charts->addWidget(m_moneyChart);
    body->addLayout(charts);
    m_stepChart = new BarChartView(QStringLiteral("stepChart"), 480, content);
    body->addWidget(m_stepChart);
    body->addWidget(boldLabel(tr("Steps"), content));
    m_steps = makeTable(content, QStringLiteral("weeklyStepsTable"), WeeklyReportRenderer::stepHeaders());
    body->addWidget(m_steps);
    body->addWidget(boldLabel(tr("People"), content));
    m_people = makeTable(content, QStringLiteral("peopleTable"), WeeklyReportRenderer::peopleHeaders());
    body->addWidget(m_people);
    body->addWidget(boldLabel(tr("Oldest overdue orders"), content));
    m_overdue = makeTable(content, QStringLiteral("overdueTable"), WeeklyReportRenderer::overdueHeaders());
    m_overdue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_overdue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    body->addWidget(m_overdue);
    body->addStretch();
    scroll->setWidget(content);
    return scroll;
}

void WeeklyReportPage::loadOnce()
{
    if (!m_loaded)
        loadWeek();
}

void WeeklyReportPage::setWeek(int isoYear, int isoWeek)
{
    m_year = isoYear;
    m_week = isoWeek;
    loadWeek();
}

void WeeklyReportPage::stepWeek(int delta)
{
    const QDate monday = WeeklyReportBuilder::mondayOf(m_year, m_week).addDays(7 * delta);
    int year = 0;
    const int week = monday.weekNumber(&year);
    setWeek(year, week);
}

void WeeklyReportPage::loadWeek()
{
    m_loaded = true;
    auto built = WeeklyReportBuilder(m_session.db).build(m_year, m_week);
    if (!built) {
        MessageBox::error(this, tr("Weekly report"), built.error().message);
        return;
    }
    m_report = std::move(*built);
    const WeeklyReport &r = m_report;
    m_weekLabel->setText(WeeklyReportRenderer::title(r));

    fillTable(m_summary, WeeklyReportRenderer::summaryRows(r), 8);
    const QList<QStringList> steps = WeeklyReportRenderer::stepRows(r);
    fillTable(m_steps, steps, static_cast<int>(steps.size()));
    fillTable(m_people, WeeklyReportRenderer::peopleRows(r), 1);
    fillTable(m_overdue, WeeklyReportRenderer::overdueRows(r), 1, {0, 1, 2});
    fillDayCharts();
    fillStepChart();
    // The finished weeks it had to compute are kept for next time, once the report is shown and
    // only if nobody else is writing (never waiting for them).
    if (auto kept = WeekSummaries(m_session.db).keep(r.unkeptWeeks); !kept)
        qCWarning(logUi) << "The weekly report's past weeks were not kept:" << kept.error().message;
}

void WeeklyReportPage::fillDayCharts()
{
    const WeeklyReport &r = m_report;
    const QLocale locale;
    QStringList days;
    for (const DayFigures &d : r.days)
        days << locale.toString(d.day, QStringLiteral("ddd d"));

    auto barChart = [&](BarChartView *view, const QString &title, const QString &firstName, const QString &secondName,
                        auto first, auto second, bool money) {
        BarChart chart;
        chart.title = title;
        chart.categories = days;
        chart.valueTitle = money ? tr("euros") : QString();
        BarChart::Bars a{firstName, QColor(0x1e, 0x88, 0xe5), {}};
        BarChart::Bars b{secondName, QColor(0x43, 0xa0, 0x47), {}};
        qreal top = 1;
        for (const DayFigures &d : r.days) {
            const qreal va = money ? first(d) / 100.0 : first(d);
            const qreal vb = money ? second(d) / 100.0 : second(d);
            a.values << va;
            b.values << vb;
            top = std::max({top, va, vb});
        }
        chart.sets = {a, b};
        chart.top = top * 1.1;
        view->setChart(chart);
    };
    barChart(m_flowChart, tr("Orders received and completed per day"), tr("Received"), tr("Completed"),
             [](const DayFigures &d) { return d.received; }, [](const DayFigures &d) { return d.completed; }, false);
    barChart(m_moneyChart, tr("Invoiced and collected per day"), tr("Invoiced"), tr("Collected"),
             [](const DayFigures &d) { return d.invoiced; }, [](const DayFigures &d) { return d.collected; }, true);
}

void WeeklyReportPage::fillStepChart()
{
    // Time per step in days: median and 90th percentile of the stays that ended, beside the target.
    BarChart::Bars median{tr("Median"), QColor(0x1e, 0x88, 0xe5), {}};
    BarChart::Bars p90{tr("90th percentile"), QColor(0x90, 0xca, 0xf9), {}};
    BarChart::Bars target{tr("Target"), QColor(0xe5, 0x39, 0x35), {}};
    QStringList names;
    qreal top = 1;
    const WeeklyReport &r = m_report;
    for (auto it = r.steps.crbegin(); it != r.steps.crend(); ++it) {  // bottom-up, so the map reads from the top
        if (it->stays == 0 && !it->targetMinutes)
            continue;
        names << it->name;
        median.values << it->medianSeconds.value / 86400.0;
        p90.values << it->p90Seconds.value / 86400.0;
        target.values << (it->targetMinutes ? *it->targetMinutes / 1440.0 : 0.0);
        top = std::max({top, it->p90Seconds.value / 86400.0, it->targetMinutes.value_or(0) / 1440.0});
    }
    BarChart chart;
    chart.title = tr("Time in each step against its target (days)");
    chart.categories = names;
    chart.sets = {median, p90, target};
    chart.horizontal = true;
    chart.top = top * 1.05;
    m_stepChart->setChart(chart);
}

void WeeklyReportPage::savePdfAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save weekly report"),
                                                      tr("weekly-report-%1-W%2.pdf").arg(m_year).arg(m_week, 2, 10, QLatin1Char('0')),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool WeeklyReportPage::savePdf(const QString &path)
{
    loadOnce();
    const QByteArray pdf = WeeklyReportRenderer(m_report, CompanyProfiles(m_session.db).load().legalName).pdf();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        MessageBox::error(this, tr("Weekly report"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void WeeklyReportPage::printPreview()
{
    loadOnce();
    const QString company = CompanyProfiles(m_session.db).load().legalName;
    ordo::printPreview(this, {{}, true, [this, &company](QPagedPaintDevice *device) { WeeklyReportRenderer(m_report, company).render(device); }});
}

} // namespace ordo
