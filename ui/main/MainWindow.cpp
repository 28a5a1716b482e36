#include "main/MainWindow.h"

#include "orders/WorkOrderService.h"
#include "storage/Database.h"
#include "workflow/WorkflowRepository.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ordo {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ordo"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_steps = new QTreeWidget(central);
    m_steps->setObjectName(QStringLiteral("stepsView"));
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setHeaderLabels({tr("Step"), tr("Open orders"), tr("Responsible"), tr("Target")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps);
    setCentralWidget(central);

    auto *pathLabel = new QLabel(QDir::toNativeSeparators(m_db.path()), this);
    pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addPermanentWidget(pathLabel);

    connect(&m_db.notifier(), &ChangeNotifier::orderChanged, this, &MainWindow::refresh);
    connect(&m_db.notifier(), &ChangeNotifier::ordersReset, this, &MainWindow::refresh);
    refresh();
    resize(900, 600);
}

void MainWindow::refresh()
{
    m_steps->clear();
    auto wf = WorkflowRepository(m_db).defaultLatest();
    auto counts = WorkOrderService(m_db).openCountsByStep();
    if (!wf || !counts) {
        m_summary->setText(!wf ? wf.error().message : counts.error().message);
        return;
    }
    qint64 open = 0;
    for (const auto &step : wf->steps) {
        const qint64 n = counts->value(step.id);
        open += n;
        QString responsible = step.responsibleRole ? displayName(*step.responsibleRole) : QString();
        QString target;
        if (step.targetMinutes) {
            const qint64 minutes = *step.targetMinutes;
            target = minutes % (24 * 60) == 0 ? tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)))
                                              : tr("%n hour(s)", nullptr, static_cast<int>(minutes / 60));
        }
        auto *item = new QTreeWidgetItem(m_steps, {step.name, isActive(step.kind) ? QString::number(n) : QString(),
                                                   responsible, target});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_summary->setText(tr("<b>%1</b>, version %2 — %n open order(s)", nullptr, static_cast<int>(open))
                           .arg(wf->workflowName.toHtmlEscaped())
                           .arg(wf->version));
}

} // namespace ordo
