#include "ui/reports/AssetStatsPage.h"

#include "core/common/Clock.h"
#include "core/usecases/Maintenance.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/BarChart.h"
#include "ui/reports/ReportWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>


namespace ordo {

using namespace reportwidgets;

AssetStatsPage::AssetStatsPage(Session session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("assetStatsPage"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_chart = new BarChartView(QStringLiteral("assetRepairsChart"), 300, content);
    m_models = makeTable(content, QStringLiteral("assetModelsTable"),
                         {tr("Type and model"), tr("Installed"), tr("Repairs"), tr("Repairs per asset"), tr("Under warranty"),
                          tr("Median days to first repair")});
    layout->addWidget(boldLabel(tr("Failures by type and model"), content));
    m_empty = new QLabel(tr("No asset is registered yet. When an order's work is completed, register its lines as "
                            "installed (ordo-cli assets register ORDER): their repairs, warranties and ages show here."),
                         content);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("assetStatsEmpty"));
    layout->addWidget(m_empty);
    layout->addWidget(m_models);
    layout->addWidget(m_chart);
    m_warranty = makeTable(content, QStringLiteral("assetWarrantyTable"),
                           {tr("Customer"), tr("Asset"), tr("Site"), tr("Warranty until"), tr("Days left")});
    layout->addWidget(boldLabel(tr("Warranties ending in the next 90 days"), content));
    layout->addWidget(m_warranty);
    m_orderWarranty = new QPushButton(tr("Make orders for these…"), content);
    m_orderWarranty->setObjectName(QStringLiteral("orderWarrantyButton"));
    m_orderWarranty->setToolTip(tr("A maintenance order per site for the selected rows, or for every row when none is selected."));
    connect(m_orderWarranty, &QPushButton::clicked, this, [this] { orderFor(m_warranty, tr("Check before the warranty ends")); });
    layout->addWidget(m_orderWarranty, 0, Qt::AlignLeft);
    m_aging = makeTable(content, QStringLiteral("assetAgingTable"),
                        {tr("Customer"), tr("Asset"), tr("Site"), tr("Installed"), tr("Age (days)"), tr("Typical first failure (days)")});
    layout->addWidget(boldLabel(tr("Past the typical age of first failure, with no repair and no order in the last year"), content));
    layout->addWidget(m_aging);
    m_orderAging = new QPushButton(tr("Make orders for these…"), content);
    m_orderAging->setObjectName(QStringLiteral("orderAgingButton"));
    m_orderAging->setToolTip(m_orderWarranty->toolTip());
    connect(m_orderAging, &QPushButton::clicked, this, [this] { orderFor(m_aging, tr("Preventive maintenance")); });
    layout->addWidget(m_orderAging, 0, Qt::AlignLeft);
    layout->addStretch(1);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void AssetStatsPage::loadOnce()
{
    if (!m_loaded)
        reload();
}

void AssetStatsPage::reload()
{
    auto stats = AssetStatistics(m_session.db).compute(Clock::today());
    if (!stats) {
        MessageBox::warning(this, tr("What the history teaches"), stats.error().message);
        return;
    }
    m_loaded = true;
    m_stats = *stats;
    const QLocale locale;
    auto date = [&](const QDate &d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString(); };
    auto name = [](const Asset &a) { return a.name(); };

    QList<QStringList> rows;
    BarChart::Bars perAsset{tr("Repairs per 100 installed"), QColor(0xe5, 0x39, 0x35), {}};
    QStringList categories;
    qreal top = 1;
    for (const AssetFailureFigures &f : m_stats.byModel) {
        rows << QStringList{f.name(), locale.toString(f.installed),
                            locale.toString(f.repairs), locale.toString(f.repairsPerAsset(), 'f', 2),
                            locale.toString(f.repairsUnderWarranty),
                            f.medianDaysToFirstRepair ? locale.toString(*f.medianDaysToFirstRepair) : QStringLiteral("–")};
    }
    fillTable(m_models, rows, 6);
    const bool none = m_stats.byModel.isEmpty();
    m_empty->setVisible(none);
    m_models->setVisible(!none);
    m_chart->setVisible(!none);
    // The chart: the ten with most repairs per asset, the worst at the top.
    const int shown = std::min<int>(10, int(m_stats.byModel.size()));
    for (int i = shown - 1; i >= 0; --i) {
        const AssetFailureFigures &f = m_stats.byModel.at(i);
        const QString name = f.name();
        categories << (name.size() > 34 ? name.left(33).trimmed() + QChar(0x2026) : name);
        perAsset.values << 100 * f.repairsPerAsset();
        top = std::max(top, 100 * f.repairsPerAsset());
    }
    BarChart chart;
    chart.title = tr("Repairs per 100 installed assets, by type and model");
    chart.categories = categories;
    chart.sets = {perAsset};
    chart.horizontal = true;
    chart.top = top * 1.1;
    // The names are what the chart is about: whole, never "…" (Qt Charts cuts them by default).
    chart.wholeCategoryNames = true;
    m_chart->setChart(chart);

    rows.clear();
    for (const Asset &a : m_stats.warrantyEnding)
        rows << QStringList{a.customerName, name(a), a.siteAddress, date(a.warrantyUntil),
                            locale.toString(m_stats.today.daysTo(a.warrantyUntil))};
    fillTable(m_warranty, rows, 6, {0, 1, 2});
    for (int r = 0; r < m_stats.warrantyEnding.size(); ++r)
        m_warranty->item(r, 0)->setData(Qt::UserRole, m_stats.warrantyEnding.at(r).id);
    m_orderWarranty->setEnabled(!m_stats.warrantyEnding.isEmpty());
    rows.clear();
    for (const AgingAsset &g : m_stats.pastTypicalAge)
        rows << QStringList{g.asset.customerName, name(g.asset), g.asset.siteAddress, date(g.asset.installedOn),
                            locale.toString(g.ageDays), locale.toString(g.typicalFirstFailureDays)};
    fillTable(m_aging, rows, 6, {0, 1, 2});
    for (int r = 0; r < m_stats.pastTypicalAge.size(); ++r)
        m_aging->item(r, 0)->setData(Qt::UserRole, m_stats.pastTypicalAge.at(r).asset.id);
    m_orderAging->setEnabled(!m_stats.pastTypicalAge.isEmpty());
}

void AssetStatsPage::orderFor(QTableWidget *table, const QString &title)
{
    QList<Id> assets;
    QSet<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.insert(index.row());
    for (int r = 0; r < table->rowCount(); ++r)
        if (rows.isEmpty() || rows.contains(r))
            assets << table->item(r, 0)->data(Qt::UserRole).toLongLong();
    if (assets.isEmpty())
        return;
    const QDate due = Clock::today().addDays(30);
    const QString heading = tr("Make maintenance orders");
    if (MessageBox::question(this, heading,
                             tr("Make a maintenance order “%1” per site for %n asset(s), due on %2? Each goes to the step "
                                "that books the visit.", nullptr, int(assets.size()))
                                 .arg(title, QLocale().toString(due, QLocale::LongFormat)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    auto made = MaintenancePlans(m_session.db).orderForAssets(assets, title, due, m_session.actor);
    if (!made) {
        MessageBox::warning(this, heading, made.error().message);
        return;
    }
    QStringList numbers;
    for (const GeneratedMaintenance &g : made->orders)
        numbers << g.orderNumber;
    QString text = tr("%n order(s) made: %1.", nullptr, int(numbers.size())).arg(numbers.join(QStringLiteral(", ")));
    if (numbers.isEmpty())
        text = tr("No order was made.");
    if (!made->alreadyOpen.isEmpty())
        text += QLatin1Char(' ') + tr("%n asset(s) left out: an open order already names them.", nullptr, int(made->alreadyOpen.size()));
    MessageBox::information(this, heading, text);
    reload();
}

} // namespace ordo
