// The charts plugin: bar charts drawn with Qt Charts, loaded by BarChartView with the first chart
// (ui/reports/BarChart.h says why it is apart). It knows only the chart's data, nothing of Ordo.
#include "ui/reports/BarChart.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

extern "C" {

Q_DECL_EXPORT int ordo_charts_abi()
{
    return ordo::BarChartPluginAbi;
}

Q_DECL_EXPORT QWidget *ordo_charts_make_view(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(QStringLiteral("chartView"));
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

// Shows the bars on the view (replacing its chart): categories along one edge, values from 0 to a
// round number above `top` along the other.
Q_DECL_EXPORT void ordo_charts_show(QWidget *widget, const ordo::BarChart *data)
{
    auto *view = qobject_cast<QChartView *>(widget);
    if (!view || !data)
        return;
    QAbstractBarSeries *series = data->horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                  : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (const ordo::BarChart::Bars &bars : data->sets) {
        auto *set = new QBarSet(bars.name);
        if (bars.color.isValid())
            set->setColor(bars.color);
        set->append(bars.values);
        series->append(set);
    }
    const Qt::Alignment categoryEdge = data->horizontal ? Qt::AlignLeft : Qt::AlignBottom;
    auto *chart = new QChart;
    chart->setTitle(data->title);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(data->categories);
    categoryAxis->setTruncateLabels(!data->wholeCategoryNames);
    chart->addAxis(categoryAxis, categoryEdge);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, data->top);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(data->valueTitle);
    valueAxis->applyNiceNumbers();
    if (valueAxis->max() <= 5) {
        // Whole numbers only: a small range would otherwise repeat rounded labels ("0 1 1 2").
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(1);
    }
    chart->addAxis(valueAxis, data->horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // extern "C"
