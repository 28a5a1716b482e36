#include "reports/ReportsView.h"

#include "billing/InvoiceService.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "print/WeeklyReportRenderer.h"
#include "storage/Database.h"
#include "reports/ReviewDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace ordo {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setAlternatingRowColors(true);
    return t;
}

// Fills a table from rows of text: numbers aligned right (every column but the text ones), each
// column as wide as its contents, the stretching one taking the rest.
void fillTable(QTableWidget *t, const QList<QStringList> &rows, int fixedHeightRows = -1, const QSet<int> &textColumns = {0})
{
    t->setRowCount(static_cast<int>(rows.size()));
    t->setWordWrap(false);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < t->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows[r].value(c));
            item->setTextAlignment((textColumns.contains(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    for (int c = 0; c < t->columnCount(); ++c)
        if (t->horizontalHeader()->sectionResizeMode(c) != QHeaderView::Stretch)
            t->resizeColumnToContents(c);
    if (fixedHeightRows >= 0) {
        const int rowsShown = std::max<int>(fixedHeightRows, static_cast<int>(rows.size()));
        t->setFixedHeight(t->horizontalHeader()->height() + rowsShown * t->verticalHeader()->defaultSectionSize() + 4);
    }
}


QString percent(double share)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(qRound(100.0 * share)));
}

// Shows bars on `view` (replacing its chart): categories along `categoryEdge`, values from 0 to a
// round number above `top` along the other edge.
void showBars(QChartView *view, const QString &title, QAbstractBarSeries *series, const QStringList &categories,
              Qt::Alignment categoryEdge, qreal top, const QString &valueTitle = {})
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, categoryEdge);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(valueTitle);
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, categoryEdge == Qt::AlignBottom ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QChartView *makeChartView(QWidget *parent, const QString &name, int height)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

} // namespace

ReportsView::ReportsView(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tabs->addTab(buildWeeklyTab(), tr("&Weekly report"));
    m_tabs->addTab(buildReviewsTab(), tr("&Reviews"));
    m_tabs->addTab(buildProcessTab(), tr("&Process evaluation"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            loadShownTab();
    });

    // The last complete week.
    int year = 0;
    const int week = Clock::today().addDays(-7).weekNumber(&year);
    m_year = year;
    m_week = week;
}

ReportsView::~ReportsView()
{
    // The evaluation has its own connection; it is stopped, and ends before the database drivers do.
    m_stopEvaluation->store(true);
    if (m_evaluationWatcher) {
        m_evaluationWatcher->disconnect();
        m_evaluationWatcher->waitForFinished();
    }
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadShownTab();
}

void ReportsView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
    loadShownTab();
}

void ReportsView::loadShownTab()
{
    switch (m_tabs->currentIndex()) {
    case WeeklyTab:
        if (!m_weekLoaded)
            loadWeek();
        break;
    case ReviewsTab:
        if (!m_reviewsLoaded)
            reloadReviews();
        break;
    case ProcessTab:
        if (!m_versionsLoaded)
            loadVersions();
        break;
    }
}

// ---- Weekly report ---------------------------------------------------------------------------

QWidget *ReportsView::buildWeeklyTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ Previous week"), tab);
    auto *next = new QPushButton(tr("Next week ▶"), tab);
    m_weekLabel = new QLabel(tab);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_weekLabel->setFont(bold);
    auto *preview = new QPushButton(tr("Print pre&view…"), tab);
    auto *pdf = new QPushButton(tr("Save as P&DF…"), tab);
    bar->addWidget(previous);
    bar->addWidget(m_weekLabel, 1, Qt::AlignCenter);
    bar->addWidget(next);
    bar->addSpacing(24);
    bar->addWidget(preview);
    bar->addWidget(pdf);
    layout->addLayout(bar);
    connect(previous, &QPushButton::clicked, this, [this] { stepWeek(-1); });
    connect(next, &QPushButton::clicked, this, [this] { stepWeek(1); });
    connect(preview, &QPushButton::clicked, this, &ReportsView::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save weekly report"),
                                                          tr("weekly-report-%1-W%2.pdf").arg(m_year).arg(m_week, 2, 10, QLatin1Char('0')),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });

    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *body = new QVBoxLayout(content);
    m_summary = makeTable(content, QStringLiteral("summaryTable"), WeeklyReportRenderer::summaryHeaders());
    for (int c = 1; c < 4; ++c)
        m_summary->setColumnWidth(c, 150);
    body->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    m_flowChart = makeChartView(content, QStringLiteral("flowChart"), 260);
    m_moneyChart = makeChartView(content, QStringLiteral("moneyChart"), 260);
    charts->addWidget(m_flowChart);
    charts->addWidget(m_moneyChart);
    body->addLayout(charts);
    m_stepChart = makeChartView(content, QStringLiteral("stepChart"), 480);
    body->addWidget(m_stepChart);
    auto heading = [&](const QString &text) {
        auto *label = new QLabel(text, content);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        body->addWidget(label);
    };
    heading(tr("Steps"));
    m_steps = makeTable(content, QStringLiteral("weeklyStepsTable"), WeeklyReportRenderer::stepHeaders());
    body->addWidget(m_steps);
    heading(tr("People"));
    m_people = makeTable(content, QStringLiteral("peopleTable"), WeeklyReportRenderer::peopleHeaders());
    body->addWidget(m_people);
    heading(tr("Oldest overdue orders"));
    m_overdue = makeTable(content, QStringLiteral("overdueTable"), WeeklyReportRenderer::overdueHeaders());
    m_overdue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_overdue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    body->addWidget(m_overdue);
    body->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    return tab;
}

void ReportsView::setWeek(int isoYear, int isoWeek)
{
    m_year = isoYear;
    m_week = isoWeek;
    loadWeek();
}

void ReportsView::stepWeek(int delta)
{
    const QDate monday = WeeklyReportBuilder::mondayOf(m_year, m_week).addDays(7 * delta);
    int year = 0;
    const int week = monday.weekNumber(&year);
    setWeek(year, week);
}

void ReportsView::loadWeek()
{
    m_weekLoaded = true;
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
    fillCharts();
}

void ReportsView::fillCharts()
{
    const WeeklyReport &r = m_report;
    const QLocale locale;
    QStringList days;
    for (const DayFigures &d : r.days)
        days << locale.toString(d.day, QStringLiteral("ddd d"));

    auto barChart = [&](QChartView *view, const QString &title, const QString &firstName, const QString &secondName,
                        auto first, auto second, bool money) {
        auto *a = new QBarSet(firstName);
        auto *b = new QBarSet(secondName);
        a->setColor(QColor(0x1e, 0x88, 0xe5));
        b->setColor(QColor(0x43, 0xa0, 0x47));
        qreal top = 1;
        for (const DayFigures &d : r.days) {
            const qreal va = money ? first(d) / 100.0 : first(d);
            const qreal vb = money ? second(d) / 100.0 : second(d);
            *a << va;
            *b << vb;
            top = std::max({top, va, vb});
        }
        auto *series = new QBarSeries;
        series->append(a);
        series->append(b);
        showBars(view, title, series, days, Qt::AlignBottom, top * 1.1, money ? tr("euros") : QString());
    };
    barChart(m_flowChart, tr("Orders received and completed per day"), tr("Received"), tr("Completed"),
             [](const DayFigures &d) { return d.received; }, [](const DayFigures &d) { return d.completed; }, false);
    barChart(m_moneyChart, tr("Invoiced and collected per day"), tr("Invoiced"), tr("Collected"),
             [](const DayFigures &d) { return d.invoiced; }, [](const DayFigures &d) { return d.collected; }, true);

    // Time per step in days: median and 90th percentile of the stays that ended, beside the target.
    auto *median = new QBarSet(tr("Median"));
    auto *p90 = new QBarSet(tr("90th percentile"));
    auto *target = new QBarSet(tr("Target"));
    median->setColor(QColor(0x1e, 0x88, 0xe5));
    p90->setColor(QColor(0x90, 0xca, 0xf9));
    target->setColor(QColor(0xe5, 0x39, 0x35));
    QStringList names;
    qreal top = 1;
    for (auto it = r.steps.crbegin(); it != r.steps.crend(); ++it) {  // bottom-up, so the map reads from the top
        if (it->stays == 0 && !it->targetMinutes)
            continue;
        names << it->name;
        *median << it->medianSeconds.value / 86400.0;
        *p90 << it->p90Seconds.value / 86400.0;
        *target << (it->targetMinutes ? *it->targetMinutes / 1440.0 : 0.0);
        top = std::max({top, it->p90Seconds.value / 86400.0, it->targetMinutes.value_or(0) / 1440.0});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(median);
    series->append(p90);
    series->append(target);
    showBars(m_stepChart, tr("Time in each step against its target (days)"), series, names, Qt::AlignLeft, top * 1.05);
}

bool ReportsView::savePdf(const QString &path)
{
    if (!m_weekLoaded)
        loadWeek();
    const QByteArray pdf = WeeklyReportRenderer(m_report, InvoiceService(m_session.db).company().legalName).pdf();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        MessageBox::error(this, tr("Weekly report"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ReportsView::printPreview()
{
    if (!m_weekLoaded)
        loadWeek();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintPreviewDialog preview(&printer, this);
    const QString company = InvoiceService(m_session.db).company().legalName;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &company](QPrinter *p) { WeeklyReportRenderer(m_report, company).render(p); });
    preview.exec();
}

// ---- Reviews -----------------------------------------------------------------------------------

QWidget *ReportsView::buildReviewsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto heading = [&](const QString &text) {
        auto *label = new QLabel(text, tab);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    layout->addWidget(heading(tr("Due now")));
    m_due = new QListWidget(tab);
    m_due->setObjectName(QStringLiteral("dueReviews"));
    m_due->setMaximumHeight(110);
    layout->addWidget(m_due);
    auto *dueBar = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("&Open the review…"), tab);
    dueBar->addWidget(openButton);
    dueBar->addStretch();
    layout->addLayout(dueBar);
    auto openChosen = [this] {
        if (QListWidgetItem *item = m_due->currentItem())
            openReview(item->data(Qt::UserRole).toLongLong());
    };
    connect(openButton, &QPushButton::clicked, this, openChosen);
    connect(m_due, &QListWidget::itemActivated, this, openChosen);

    auto *plansBar = new QHBoxLayout;
    plansBar->addWidget(heading(tr("Review plans")));
    plansBar->addStretch();
    auto *newPlan = new QPushButton(tr("&New plan…"), tab);
    plansBar->addWidget(newPlan);
    layout->addLayout(plansBar);
    connect(newPlan, &QPushButton::clicked, this, &ReportsView::addPlan);
    m_plans = makeTable(tab, QStringLiteral("plansTable"), {tr("Plan"), tr("Every"), tr("Done by"), tr("Checks")});
    m_plans->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_plans->setColumnWidth(1, 110);
    m_plans->setColumnWidth(2, 170);
    m_plans->setMaximumHeight(150);
    layout->addWidget(m_plans);
    connect(m_plans, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openReview(m_plans->item(row, 0)->data(Qt::UserRole).toLongLong()); });

    layout->addWidget(heading(tr("History")));
    m_history = makeTable(tab, QStringLiteral("historyTable"),
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
    return tab;
}

void ReportsView::reloadReviews()
{
    m_reviewsLoaded = true;
    ReviewService reviews(m_session.db);
    const QLocale locale;
    auto day = [&](qint64 utc) { return locale.toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date(), QLocale::ShortFormat); };

    m_due->clear();
    if (auto due = reviews.due(Clock::nowSecs())) {
        for (const DueReview &d : *due) {
            auto *item = new QListWidgetItem(d.textWithMissed(), m_due);
            item->setData(Qt::UserRole, d.plan.id);
        }
        if (due->isEmpty())
            new QListWidgetItem(tr("No review is due."), m_due);
        m_due->setCurrentRow(0);
    } else {
        MessageBox::error(this, tr("Reviews"), due.error().message);
    }

    m_plans->setRowCount(0);
    if (auto plans = reviews.plans()) {
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

    m_history->setRowCount(0);
    if (auto history = reviews.history()) {
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
}

void ReportsView::openReview(Id planId)
{
    if (planId == 0)
        return;
    auto review = ReviewService(m_session.db).open(planId, Clock::nowSecs());
    if (!review) {
        MessageBox::warning(this, tr("Review"), review.error().message);
        return;
    }
    ReviewDialog dialog(m_session, *review, this);
    dialog.exec();
    reloadReviews();
    emit reviewsChanged();
}

void ReportsView::openPastReview(Id reviewId)
{
    auto review = ReviewService(m_session.db).find(reviewId);
    if (!review) {
        MessageBox::warning(this, tr("Review"), review.error().message);
        return;
    }
    ReviewDialog dialog(m_session, *review, this);
    dialog.exec();
    reloadReviews();
    emit reviewsChanged();
}

bool ReportsView::addPlan()
{
    ReviewPlanDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadReviews();
    emit reviewsChanged();
    return true;
}

// ---- Process evaluation ------------------------------------------------------------------------

QWidget *ReportsView::buildProcessTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_versionA = new QComboBox(tab);
    m_versionA->setObjectName(QStringLiteral("versionA"));
    m_versionB = new QComboBox(tab);
    m_versionB->setObjectName(QStringLiteral("versionB"));
    auto *labelA = new QLabel(tr("&Map version:"), tab);
    labelA->setBuddy(m_versionA);
    auto *labelB = new QLabel(tr("&Compare with:"), tab);
    labelB->setBuddy(m_versionB);
    bar->addWidget(labelA);
    bar->addWidget(m_versionA, 1);
    bar->addSpacing(16);
    bar->addWidget(labelB);
    bar->addWidget(m_versionB, 1);
    layout->addLayout(bar);
    auto chosen = [this] {
        evaluate(m_versionA->currentData().toLongLong(), m_versionB->currentData().toLongLong());
    };
    connect(m_versionA, &QComboBox::activated, this, chosen);
    connect(m_versionB, &QComboBox::activated, this, chosen);

    m_period = new QComboBox(tab);
    m_period->setObjectName(QStringLiteral("evaluationPeriod"));
    m_period->addItem(tr("Orders of the last 12 months"), 12);
    m_period->addItem(tr("Orders of the last 3 months"), 3);
    m_period->addItem(tr("Every order"), 0);
    bar->addSpacing(16);
    bar->addWidget(m_period);
    connect(m_period, &QComboBox::activated, this, chosen);
    m_evaluationWatcher = new QFutureWatcher<EvaluationResult>(this);
    connect(m_evaluationWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_evaluationWatcher->property("generation").toInt() == m_evaluationGeneration)
            showEvaluation(m_evaluationWatcher->result());
    });

    m_processSummary = new QLabel(tab);
    m_processSummary->setObjectName(QStringLiteral("processSummary"));
    m_processSummary->setWordWrap(true);
    layout->addWidget(m_processSummary);
    m_processTable = makeTable(tab, QStringLiteral("evaluationTable"),
                               {tr("Step"), tr("Passed"), tr("Median"), tr("90th percentile"), tr("Wait before action"),
                                tr("Skipped"), tr("Came back"), tr("Waited longest here")});
    m_processTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_processTable->horizontalHeader()->setStretchLastSection(true);
    m_processTable->setColumnWidth(0, 230);
    for (int c = 1; c < 7; ++c)
        m_processTable->setColumnWidth(c, 130);
    layout->addWidget(m_processTable, 2);

    auto *findingsLabel = new QLabel(tr("Findings (double-click one to see the step in the process map):"), tab);
    QFont f = findingsLabel->font();
    f.setBold(true);
    findingsLabel->setFont(f);
    layout->addWidget(findingsLabel);
    m_findings = new QListWidget(tab);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    layout->addWidget(m_findings, 1);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString step = item->data(Qt::UserRole).toString();
        if (!step.isEmpty())
            emit stepRequested(step);
    });
    return tab;
}

void ReportsView::loadVersions()
{
    fillVersions();
    const Id first = m_versionA->currentData().toLongLong();
    if (first)
        evaluate(first, 0);
}

void ReportsView::fillVersions()
{
    m_versionsLoaded = true;
    auto versions = ProcessEvaluator(m_session.db).versions();
    if (!versions) {
        MessageBox::error(this, tr("Process evaluation"), versions.error().message);
        return;
    }
    m_versionA->clear();
    m_versionB->clear();
    m_versionB->addItem(tr("— nothing —"), 0);
    const QLocale locale;
    Id first = 0;
    for (const VersionSummary &v : *versions) {
        const QString label = tr("%1, version %2 (%3, %n order(s))", nullptr, static_cast<int>(v.orders))
                                  .arg(v.workflowName)
                                  .arg(v.version)
                                  .arg(locale.toString(QDateTime::fromSecsSinceEpoch(v.createdAt).toLocalTime().date(),
                                                       QLocale::ShortFormat));
        m_versionA->addItem(label, v.versionId);
        m_versionB->addItem(label, v.versionId);
        if (!first && v.orders > 0)
            first = v.versionId;
    }
    if (!first && !versions->isEmpty())
        first = versions->first().versionId;
    m_versionA->setCurrentIndex(std::max(0, m_versionA->findData(first)));
}

void ReportsView::evaluate(Id versionA, Id versionB)
{
    // A map saved since the list was filled: read the versions again.
    if (!m_versionsLoaded || m_versionA->findData(versionA) < 0 || (versionB && m_versionB->findData(versionB) < 0))
        fillVersions();
    const bool comparing = versionB != 0 && versionB != versionA;
    m_versionA->setCurrentIndex(std::max(0, m_versionA->findData(versionA)));
    m_versionB->setCurrentIndex(std::max(0, m_versionB->findData(comparing ? versionB : 0)));

    // A long history takes seconds to evaluate: it is read in a worker, on a connection of its own,
    // and the page stays usable meanwhile.
    std::optional<qint64> since;
    if (const int months = m_period->currentData().toInt(); months > 0)
        since = Clock::startOf(Clock::today().addMonths(-months));
    m_evaluationReady = false;
    m_processSummary->setText(tr("Evaluating the orders… a long history takes a few seconds."));
    m_processTable->setEnabled(false);
    m_findings->setEnabled(false);
    const QString path = m_session.db.path();
    m_stopEvaluation->store(true);  // an evaluation still running is no longer wanted
    m_stopEvaluation = std::make_shared<std::atomic<bool>>(false);
    const auto stop = m_stopEvaluation;
    m_evaluationWatcher->setProperty("generation", ++m_evaluationGeneration);
    m_evaluationWatcher->setFuture(QtConcurrent::run([path, versionA, versionB, comparing, since, stop]() {
        EvaluationResult out;
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        if (!db) {
            out.error = db.error().message;
            return out;
        }
        (*db)->setStopFlag(stop.get());
        ProcessEvaluator evaluator(**db);
        auto a = evaluator.evaluate(versionA, {}, since);
        if (!a) {
            out.error = a.error().message;
            return out;
        }
        out.a = std::move(*a);
        if (comparing) {
            auto b = evaluator.evaluate(versionB, {}, since);
            if (!b) {
                out.error = b.error().message;
                return out;
            }
            out.b = std::move(*b);
        }
        out.comparing = comparing;
        return out;
    }));
}

void ReportsView::showEvaluation(const EvaluationResult &result)
{
    m_processTable->setEnabled(true);
    m_findings->setEnabled(true);
    if (!result.error.isEmpty()) {
        m_processSummary->setText(result.error);
        MessageBox::error(this, tr("Process evaluation"), result.error);
        return;
    }
    m_evaluation = result.a;
    m_compared = result.b;
    m_evaluationReady = true;
    const bool comparing = result.comparing;

    const ProcessEvaluation &ev = m_evaluation;
    auto summary = [](const ProcessEvaluation &e) {
        return tr("Version %1: %2 orders, %3 finished, %4 cancelled; median %5 from the call to done.")
            .arg(e.version.version)
            .arg(e.orders)
            .arg(e.finished)
            .arg(e.cancelled)
            .arg(e.finished ? ProcessEvaluator::duration(e.medianLeadSeconds) : QStringLiteral("—"));
    };
    m_processSummary->setText(comparing ? summary(ev) + QLatin1Char('\n') + summary(m_compared) : summary(ev));

    // Steps of A in map order, then those only B has; each cell "A → B" when comparing.
    QStringList names;
    for (const StepEvaluation &s : ev.steps)
        names << s.name;
    for (const StepEvaluation &s : m_compared.steps)
        if (!names.contains(s.name))
            names << s.name;
    auto find = [](const ProcessEvaluation &e, const QString &name) -> const StepEvaluation * {
        for (const StepEvaluation &s : e.steps)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    auto cells = [](const ProcessEvaluation &e, const StepEvaluation *s) -> QStringList {
        if (!s)
            return QStringList(7, tr("not in this version"));
        const bool timed = s->staysEnded > 0;
        const bool closing = s->kind != StepKind::Open;
        return {QLocale().toString(s->passed),
                timed ? ProcessEvaluator::duration(s->medianSeconds) : QStringLiteral("—"),
                timed ? ProcessEvaluator::duration(s->p90Seconds) : QStringLiteral("—"),
                timed ? ProcessEvaluator::duration(s->medianWaitSeconds) : QStringLiteral("—"),
                closing || !e.finished ? QStringLiteral("—") : percent(e.skippedShare(*s)),
                s->passed ? percent(s->returnedShare()) : QStringLiteral("—"),
                closing || !e.finished ? QStringLiteral("—") : percent(e.longestShare(*s))};
    };
    QList<QStringList> rows;
    for (const QString &name : names) {
        QStringList row{name};
        const QStringList left = cells(ev, find(ev, name));
        if (!comparing) {
            row << left;
        } else {
            const QStringList right = cells(m_compared, find(m_compared, name));
            for (int i = 0; i < left.size(); ++i)
                row << (left[i] == right[i] ? left[i] : tr("%1 → %2").arg(left[i], right[i]));
        }
        rows << row;
    }
    fillTable(m_processTable, rows);

    m_findings->clear();
    auto addFindings = [this](const ProcessEvaluation &e, bool prefix) {
        for (const Finding &f : e.findings) {
            auto *item = new QListWidgetItem(prefix ? tr("Version %1: %2").arg(e.version.version).arg(f.text) : f.text, m_findings);
            item->setData(Qt::UserRole, f.stepName);
            item->setToolTip(tr("Double-click to see “%1” in the process map").arg(f.stepName));
        }
    };
    addFindings(ev, comparing);
    if (comparing)
        addFindings(m_compared, true);
    if (m_findings->count() == 0)
        new QListWidgetItem(ev.finished < FindingThresholds{}.minimumOrders
                                ? tr("Too few finished orders on this version to draw conclusions yet.")
                                : tr("No findings: every step is within its target and used by most orders."),
                            m_findings);
}

} // namespace ordo
