#include "ui/reports/BarChart.h"

#include "core/common/Log.h"
#include "ui/common/OrdoPlugin.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ordo {

BarChartView::BarChartView(const QString &name, int minimumHeight, QWidget *parent) : QWidget(parent)
{
    setObjectName(name);
    setMinimumHeight(minimumHeight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const OrdoPlugin plugin(QStringLiteral("ordo_charts"), BarChartPluginAbi);
    const auto makeView = plugin.function<OrdoChartsMakeView>("ordo_charts_make_view");
    const auto show = plugin.function<OrdoChartsShow>("ordo_charts_show");
    if (makeView && show)
        m_drawing = makeView(this);
    if (m_drawing) {
        m_show = show;
        layout->addWidget(m_drawing);
        return;
    }
    const QString why = plugin.loaded() ? tr("the charts plugin made no chart") : plugin.error();
    qCWarning(logUi).noquote() << "A chart cannot be drawn:" << why;
    m_problem = new QLabel(tr("This chart cannot be drawn: %1. Reinstall Ordo; the tables show every figure.").arg(why), this);
    m_problem->setObjectName(QStringLiteral("chartProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_problem);
}

void BarChartView::setChart(const BarChart &chart)
{
    m_chart = chart;
    if (m_drawing && m_show)
        m_show(m_drawing, &m_chart);
}

QString BarChartView::problem() const
{
    return m_problem ? m_problem->text() : QString();
}

} // namespace ordo
