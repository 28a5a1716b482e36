#include "ui/reports/ReportsView.h"

#include <QShowEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ordo {

ReportsView::ReportsView(Session session, QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_weekly(new WeeklyReportPage(session, m_tabs)),
      m_reviews(new ReviewsPage(session, m_tabs)),
      m_process(new ProcessEvaluationPage(session, m_tabs)),
      m_assets(new AssetStatsPage(session, m_tabs))
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->addTab(m_weekly, tr("&Weekly report"));
    m_tabs->addTab(m_reviews, tr("&Reviews"));
    m_tabs->addTab(m_process, tr("&Process evaluation"));
    m_tabs->addTab(m_assets, tr("What the &history teaches"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            loadShownTab();
    });
    connect(m_reviews, &ReviewsPage::reviewsChanged, this, &ReportsView::reviewsChanged);
    connect(m_process, &ProcessEvaluationPage::stepRequested, this, &ReportsView::stepRequested);
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
        m_weekly->loadOnce();
        break;
    case ReviewsTab:
        m_reviews->loadOnce();
        break;
    case ProcessTab:
        m_process->loadOnce();
        break;
    case AssetsTab:
        m_assets->loadOnce();
        break;
    }
}

} // namespace ordo
