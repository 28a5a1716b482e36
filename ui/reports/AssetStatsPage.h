#pragma once

#include "core/reports/AssetStats.h"
#include "ui/common/Session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

class QLabel;

namespace ordo {

class BarChartView;

// "What the history teaches": repairs per installed asset by type and model (a chart and a table
// with the median days to the first repair and the repairs under warranty), the warranties ending
// in the next 90 days and the assets past their type's typical first-failure age with no recent
// service — each of the last two a list the office turns into orders with one button. Read when
// first shown.
class AssetStatsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AssetStatsPage(Session session, QWidget *parent = nullptr);

    void loadOnce();
    void reload();
    const AssetStats &stats() const { return m_stats; }
    QTableWidget *modelsTable() const { return m_models; }
    QTableWidget *warrantyTable() const { return m_warranty; }
    QTableWidget *agingTable() const { return m_aging; }
    QPushButton *orderWarrantyButton() const { return m_orderWarranty; }
    QPushButton *orderAgingButton() const { return m_orderAging; }

    // One step from a list: a maintenance order per site for its selected rows (all of them when
    // none is selected), after the user agrees; the list is read again afterwards.
    void orderFor(QTableWidget *table, const QString &title);

private:
    Session m_session;
    bool m_loaded = false;
    AssetStats m_stats;
    BarChartView *m_chart;
    QTableWidget *m_models;
    QLabel *m_empty = nullptr;  // no asset yet: what to do instead of an empty chart
    QTableWidget *m_warranty;
    QTableWidget *m_aging;
    QPushButton *m_orderWarranty;
    QPushButton *m_orderAging;
};

} // namespace ordo
