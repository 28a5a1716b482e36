#include "ui/reports/ProcessEvaluationPage.h"

#include "core/common/Clock.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/ReportWidgets.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

using namespace reportwidgets;

namespace {

const StepEvaluation *findStep(const ProcessEvaluation &e, const QString &name)
{
    for (const StepEvaluation &s : e.steps)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace

ProcessEvaluationPage::ProcessEvaluationPage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(new EvaluationWorker(session.db.path(), this))
{
    setObjectName(QStringLiteral("processEvaluationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildChoices());
    buildFigures(layout);
    connect(m_worker, &EvaluationWorker::evaluated, this, &ProcessEvaluationPage::showEvaluation);
    // A map saved meanwhile (here or at another PC) is a version to choose: the lists get it, and
    // keep what was chosen.
    connect(&session.db.notifier(), &ChangeNotifier::workflowChanged, this, [this] {
        if (!m_versionsLoaded)
            return;
        const QVariant a = m_versionA->currentData();
        const QVariant b = m_versionB->currentData();
        fillVersions();
        m_versionA->setCurrentIndex(std::max(0, m_versionA->findData(a)));
        m_versionB->setCurrentIndex(std::max(0, m_versionB->findData(b)));
    });
}

QLayout *ProcessEvaluationPage::buildChoices()
{
    auto *bar = new QHBoxLayout;
    m_versionA = new QComboBox(this);
    m_versionA->setObjectName(QStringLiteral("versionA"));
    m_versionB = new QComboBox(this);
    m_versionB->setObjectName(QStringLiteral("versionB"));
    auto *labelA = new QLabel(tr("&Map version:"), this);
    labelA->setBuddy(m_versionA);
    auto *labelB = new QLabel(tr("&Compare with:"), this);
    labelB->setBuddy(m_versionB);
    bar->addWidget(labelA);
    bar->addWidget(m_versionA, 1);
    bar->addSpacing(16);
    bar->addWidget(labelB);
    bar->addWidget(m_versionB, 1);
    auto chosen = [this] {
        evaluate(m_versionA->currentData().toLongLong(), m_versionB->currentData().toLongLong());
    };
    connect(m_versionA, &QComboBox::activated, this, chosen);
    connect(m_versionB, &QComboBox::activated, this, chosen);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("evaluationPeriod"));
    m_period->addItem(tr("Orders of the last 12 months"), 12);
    m_period->addItem(tr("Orders of the last 3 months"), 3);
    m_period->addItem(tr("Every order"), 0);
    bar->addSpacing(16);
    bar->addWidget(m_period);
    connect(m_period, &QComboBox::activated, this, chosen);
    return bar;
}

void ProcessEvaluationPage::buildFigures(QVBoxLayout *box)
{
    m_processSummary = new QLabel(this);
    m_processSummary->setObjectName(QStringLiteral("processSummary"));
    m_processSummary->setWordWrap(true);
    box->addWidget(m_processSummary);
    m_processTable = makeTable(this, QStringLiteral("evaluationTable"),
                               {tr("Step"), tr("Passed"), tr("Median"), tr("90th percentile"), tr("Wait before action"),
                                tr("Skipped"), tr("Came back"), tr("Waited longest here")});
    m_processTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_processTable->horizontalHeader()->setStretchLastSection(true);
    m_processTable->setColumnWidth(0, 230);
    for (int c = 1; c < 7; ++c)
        m_processTable->setColumnWidth(c, 130);
    box->addWidget(m_processTable, 2);

    box->addWidget(boldLabel(tr("Findings (double-click one to see the step in the process map):"), this));
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    box->addWidget(m_findings, 1);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString step = item->data(Qt::UserRole).toString();
        if (!step.isEmpty())
            emit stepRequested(step);
    });
}

void ProcessEvaluationPage::loadOnce()
{
    if (!m_versionsLoaded)
        loadVersions();
}

void ProcessEvaluationPage::loadVersions()
{
    fillVersions();
    const Id first = m_versionA->currentData().toLongLong();
    if (first)
        evaluate(first, 0);
}

void ProcessEvaluationPage::fillVersions()
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

void ProcessEvaluationPage::evaluate(Id versionA, Id versionB)
{
    // A map saved since the list was filled: read the versions again.
    if (!m_versionsLoaded || m_versionA->findData(versionA) < 0 || (versionB && m_versionB->findData(versionB) < 0))
        fillVersions();
    const bool comparing = versionB != 0 && versionB != versionA;
    m_versionA->setCurrentIndex(std::max(0, m_versionA->findData(versionA)));
    // The same version on both sides compares nothing, but the list keeps what was chosen: set back
    // to "nothing", it could never be moved past that version with the arrow keys.
    m_versionB->setCurrentIndex(std::max(0, m_versionB->findData(versionB)));

    // A long history takes seconds to evaluate: it is read in the worker, and the page stays usable
    // meanwhile.
    EvaluationRequest request{versionA, versionB, comparing, std::nullopt};
    if (const int months = m_period->currentData().toInt(); months > 0)
        request.since = Clock::startOf(Clock::today().addMonths(-months));
    m_evaluationReady = false;
    m_processSummary->setText(tr("Evaluating the orders… a long history takes a few seconds."));
    m_processTable->setEnabled(false);
    m_findings->setEnabled(false);
    m_worker->request(request);
}

void ProcessEvaluationPage::showEvaluation(const EvaluationResult &result)
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

    auto summary = [](const ProcessEvaluation &e) {
        return tr("Version %1: %2 orders, %3 finished, %4 cancelled; median %5 from the call to done.")
            .arg(e.version.version)
            .arg(e.orders)
            .arg(e.finished)
            .arg(e.cancelled)
            .arg(e.finished ? ProcessEvaluator::duration(e.medianLeadSeconds) : QStringLiteral("—"));
    };
    m_processSummary->setText(comparing ? summary(m_evaluation) + QLatin1Char('\n') + summary(m_compared)
                                        : summary(m_evaluation));
    fillTable(m_processTable, stepRows(comparing));
    fillFindings(comparing);
}

QList<QStringList> ProcessEvaluationPage::stepRows(bool comparing) const
{
    const ProcessEvaluation &ev = m_evaluation;
    // Steps of A in map order, then those only B has; each cell "A → B" when comparing.
    QStringList names;
    for (const StepEvaluation &s : ev.steps)
        names << s.name;
    for (const StepEvaluation &s : m_compared.steps)
        if (!names.contains(s.name))
            names << s.name;
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
        const QStringList left = cells(ev, findStep(ev, name));
        if (!comparing) {
            row << left;
        } else {
            const QStringList right = cells(m_compared, findStep(m_compared, name));
            for (int i = 0; i < left.size(); ++i)
                row << (left[i] == right[i] ? left[i] : tr("%1 → %2").arg(left[i], right[i]));
        }
        rows << row;
    }
    return rows;
}

void ProcessEvaluationPage::fillFindings(bool comparing)
{
    m_findings->clear();
    auto addFindings = [this](const ProcessEvaluation &e, bool prefix) {
        for (const Finding &f : e.findings) {
            auto *item = new QListWidgetItem(prefix ? tr("Version %1: %2").arg(e.version.version).arg(f.text) : f.text, m_findings);
            item->setData(Qt::UserRole, f.stepName);
            item->setToolTip(tr("Double-click to see “%1” in the process map").arg(f.stepName));
        }
    };
    addFindings(m_evaluation, comparing);
    if (comparing)
        addFindings(m_compared, true);
    if (m_findings->count() == 0)
        new QListWidgetItem(m_evaluation.finished < FindingThresholds{}.minimumOrders
                                ? tr("Too few finished orders on this version to draw conclusions yet.")
                                : tr("No findings: every step is within its target and used by most orders."),
                            m_findings);
}

} // namespace ordo
