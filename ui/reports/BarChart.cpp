#include "ui/reports/BarChart.h"

#include "core/common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLibrary>
#include <QVBoxLayout>

namespace ordo {

namespace {

struct ChartsPlugin
{
    OrdoChartsMakeView makeView = nullptr;
    OrdoChartsShow show = nullptr;
    QString error;
};

// Where the plugin is looked for: ORDO_PLUGIN_DIR alone when set; else lib/ordo beside the program's
// folder (/usr/bin/ordo → /usr/lib/ordo; build/app/ordo → build/lib/ordo), then the program's folder.
QStringList pluginFolders()
{
    const QString set = qEnvironmentVariable("ORDO_PLUGIN_DIR");
    if (!set.isEmpty())
        return {set};
    const QDir program(QCoreApplication::applicationDirPath());
    return {program.filePath(QStringLiteral("../lib/ordo")), program.path()};
}

// Loaded again for each chart made (the library itself once: the system keeps it), so that nothing
// stays decided for the life of the process.
ChartsPlugin loadPlugin()
{
    ChartsPlugin plugin;
    QStringList tried;
    for (const QString &folder : pluginFolders()) {
        QLibrary library(QDir(folder).filePath(QStringLiteral("ordo_charts")));
        tried << QDir::toNativeSeparators(QDir::cleanPath(folder));
        if (!library.load())
            continue;
        const auto abi = reinterpret_cast<OrdoChartsAbi>(library.resolve("ordo_charts_abi"));
        plugin.makeView = reinterpret_cast<OrdoChartsMakeView>(library.resolve("ordo_charts_make_view"));
        plugin.show = reinterpret_cast<OrdoChartsShow>(library.resolve("ordo_charts_show"));
        if (abi && abi() == BarChartPluginAbi && plugin.makeView && plugin.show)
            return plugin;
        plugin = {};
        plugin.error = BarChartView::tr("the charts plugin in %1 belongs to another version of Ordo")
                           .arg(QDir::toNativeSeparators(library.fileName()));
        return plugin;
    }
    plugin.error = BarChartView::tr("the charts plugin (ordo_charts) is not in %1").arg(tried.join(QStringLiteral(", ")));
    return plugin;
}

} // namespace

BarChartView::BarChartView(const QString &name, int minimumHeight, QWidget *parent) : QWidget(parent)
{
    setObjectName(name);
    setMinimumHeight(minimumHeight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const ChartsPlugin plugin = loadPlugin();
    if (plugin.makeView)
        m_drawing = plugin.makeView(this);
    if (m_drawing) {
        m_show = plugin.show;
        layout->addWidget(m_drawing);
        return;
    }
    qCWarning(logUi).noquote() << "A chart cannot be drawn:" << (plugin.error.isEmpty() ? QStringLiteral("no chart made") : plugin.error);
    m_problem = new QLabel(tr("This chart cannot be drawn: %1. Reinstall Ordo; the tables show every figure.")
                               .arg(plugin.error.isEmpty() ? tr("the charts plugin made no chart") : plugin.error),
                           this);
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
