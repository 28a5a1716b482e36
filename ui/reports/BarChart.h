#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace ordo {

// What a bar chart shows, as plain data: the charts plugin (ui/charts, with Qt Charts) draws it.
// Qt Charts and the OpenGL libraries it pulls in cost ~5 ms of every start of ordo when linked to
// it; as a plugin they are loaded when the first chart is shown (the reports page), never at start.
struct BarChart
{
    struct Bars
    {
        QString name;
        QColor color;
        QList<qreal> values;  // one per category
    };
    QString title;
    QStringList categories;
    QList<Bars> sets;
    bool horizontal = false;          // categories down the left edge, bars to the right
    qreal top = 1;                    // the value axis runs from 0 to a round number above this
    QString valueTitle;
    bool wholeCategoryNames = false;  // names never cut short with "…"
};

// The plugin's functions, looked up by these C names (OrdoPlugin); the number changes whenever
// BarChart does, so that a plugin left from another build is refused instead of misread.
inline constexpr int BarChartPluginAbi = 1;
extern "C" {
using OrdoChartsMakeView = QWidget *(*)(QWidget *parent);
using OrdoChartsShow = void (*)(QWidget *view, const BarChart *chart);
}

// A bar chart on a page. The drawing comes from the charts plugin, loaded with the first chart
// made; without it (a broken installation) the chart's place says why, and the page's tables still
// show every figure.
class BarChartView final : public QWidget
{
    Q_OBJECT
public:
    BarChartView(const QString &name, int minimumHeight, QWidget *parent = nullptr);

    void setChart(const BarChart &chart);
    const BarChart &chart() const { return m_chart; }
    // The plugin's Qt Charts view inside, or nullptr when the plugin could not be loaded.
    QWidget *drawing() const { return m_drawing; }
    // Why there is no drawing (empty when there is one).
    QString problem() const;

private:
    BarChart m_chart;
    QWidget *m_drawing = nullptr;
    QLabel *m_problem = nullptr;
    OrdoChartsShow m_show = nullptr;
};

} // namespace ordo
