#include "ui/orders/OrdersModel.h"

#include "core/common/Log.h"

#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/storage/Database.h"

#include <QColor>
#include <QDateTime>

namespace ordo {

OrdersModel::OrdersModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db.notifier(), &ChangeNotifier::orderChanged, this, &OrdersModel::refreshOrder);
    connect(&m_db.notifier(), &ChangeNotifier::ordersReset, this, &OrdersModel::reload);
    reload();
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Step: return tr("Step");
    case Customer: return tr("Customer");
    case Title: return tr("Job");
    case Responsible: return tr("Responsible");
    case Assignee: return tr("Assigned to");
    case Priority: return tr("Priority");
    case Due: return tr("Due");
    case Created: return tr("Created");
    }
    return {};
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkOrder &o = m_rows[index.row()];
    if (role == OrderIdRole)
        return o.id;
    if (role == Qt::ForegroundRole && index.column() == Due && o.dueAt && isActive(o.stepKind) &&
        *o.dueAt < Clock::nowSecs())
        return QColor(0xc6, 0x28, 0x28);
    if (role == SortValueRole) {
        switch (index.column()) {
        case Priority: return static_cast<int>(o.priority);
        case Due: return o.dueAt ? QVariant(*o.dueAt) : QVariant();
        case Created: return o.createdAt;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return o.number;
    case Step: return o.stepName;
    case Customer: return o.customerName;
    case Title: return o.title;
    case Responsible: return o.responsibleName;
    case Assignee: return o.assigneeName;
    case Priority: return displayName(o.priority);
    case Due: return o.dueAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*o.dueAt).toLocalTime().date(), QLocale::ShortFormat) : QString();
    case Created: return formatLocalTime(o.createdAt);
    }
    return {};
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

QList<WorkOrder> OrdersModel::nextPage()
{
    if (!m_search.trimmed().isEmpty()) {
        m_exhausted = true;  // search shows its best 500 at once
        auto found = WorkOrderService(m_db).search(m_search, 500);
        if (!found) {
            m_lastError = found.error().message;
            qCWarning(logUi) << "Order search failed:" << m_lastError;
            emit loadFailed(m_lastError);
            return {};
        }
        return *found;
    }
    OrderFilter filter;
    filter.limit = PageSize;
    filter.customerId = m_customerId;
    filter.sort = m_sort;
    filter.descending = m_descending;
    filter.offset = static_cast<int>(m_rows.size());
    if (!m_rows.isEmpty())
        filter.beforeId = m_rows.last().id;  // used only by the newest-first order
    auto next = WorkOrderService(m_db).list(filter);
    if (!next) {
        // Not the end of the list: no more pages are asked for until a reload, and the view says why.
        m_lastError = next.error().message;
        m_exhausted = true;
        qCWarning(logUi) << "Reading a page of orders failed:" << m_lastError;
        emit loadFailed(m_lastError);
        return {};
    }
    m_exhausted = next->size() < PageSize;
    return *next;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<WorkOrder> page = nextPage();
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void OrdersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_lastError.clear();
    m_rows = nextPage();  // the first page comes with the reset, not as an insert after it
    endResetModel();
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    OrderSort sort = OrderSort::Created;  // number and creation date: the same order
    switch (column) {
    case Step: sort = OrderSort::Step; break;
    case Customer: sort = OrderSort::Customer; break;
    case Title: sort = OrderSort::Title; break;
    case Responsible: sort = OrderSort::Responsible; break;
    case Assignee: sort = OrderSort::Assignee; break;
    case Priority: sort = OrderSort::Priority; break;
    case Due: sort = OrderSort::Due; break;
    default: break;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    reload();
}

void OrdersModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void OrdersModel::setCustomer(std::optional<Id> customerId)
{
    m_customerId = customerId;
    reload();
}

void OrdersModel::refreshOrder(Id orderId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != orderId)
            continue;
        auto fresh = WorkOrderService(m_db).find(orderId);
        if (fresh) {
            m_rows[row] = *fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    // A new order goes on top in the newest-first order, when no search narrows the list.
    if (!m_search.isEmpty() || m_sort != OrderSort::Created || !m_descending)
        return;
    auto fresh = WorkOrderService(m_db).find(orderId);
    if (!fresh || (m_customerId && fresh->customerId != *m_customerId))
        return;
    if (!m_rows.isEmpty() && fresh->id < m_rows.first().id)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*fresh);
    endInsertRows();
}

} // namespace ordo
