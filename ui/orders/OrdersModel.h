#pragma once

#include "core/orders/WorkOrderService.h"

#include <QAbstractTableModel>

namespace ordo {

class Database;

// All work orders, newest first, read a page at a time as the view scrolls (keyset paging, never the
// whole table). With a search text it shows the full-text matches instead.
class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Step, Customer, Title, Responsible, Assignee, Priority, Due, Created, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, SortValueRole };
    static constexpr int PageSize = 200;

    explicit OrdersModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorting happens in the database, so it covers every order, not only the rows already read.
    void sort(int column, Qt::SortOrder order) override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearch(const QString &text);
    void setCustomer(std::optional<Id> customerId);
    QString lastError() const { return m_lastError; }
    Id orderIdAt(int row) const { return m_rows.value(row).id; }

public slots:
    void reload();

signals:
    // Reading a page failed: the list is not complete, and the view says so (never a silent end).
    void loadFailed(const QString &message);

private:
    void refreshOrder(Id orderId);
    QList<WorkOrder> nextPage();

    Database &m_db;
    QList<WorkOrder> m_rows;
    QString m_search;
    std::optional<Id> m_customerId;
    OrderSort m_sort = OrderSort::Created;
    bool m_descending = true;
    bool m_exhausted = false;
    QString m_lastError;
};

} // namespace ordo
