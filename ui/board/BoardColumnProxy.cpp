#include "ui/board/BoardColumnProxy.h"

#include "ui/board/BoardModel.h"

#include <QHash>

#include <algorithm>

namespace ordo {

BoardColumnProxy::BoardColumnProxy(BoardModel *board, Id stepId, bool closedStep, QObject *parent)
    : QAbstractListModel(parent), m_board(board), m_stepId(stepId), m_closed(closedStep)
{
    // The board model only appends and changes rows; a reset, a removal or a layout change (which
    // it does not make) means its rows are other cards: the column is read again whole.
    const auto begin = [this] { beginResetModel(); };
    const auto end = [this] {
        readAll();
        endResetModel();
    };
    connect(board, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(board, &QAbstractItemModel::modelReset, this, end);
    connect(board, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(board, &QAbstractItemModel::rowsRemoved, this, end);
    connect(board, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(board, &QAbstractItemModel::layoutChanged, this, end);
    connect(board, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
    connect(board, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { sourceDataChanged(topLeft.row(), bottomRight.row()); });
    connect(board, &BoardModel::filterChanged, this, [this] { relayout(visibleRows()); });
    readAll();
}

int BoardColumnProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BoardColumnProxy::data(const QModelIndex &index, int role) const
{
    return m_board->data(mapToSource(index), role);
}

Qt::ItemFlags BoardColumnProxy::flags(const QModelIndex &index) const
{
    return m_board->flags(mapToSource(index));
}

QStringList BoardColumnProxy::mimeTypes() const
{
    return m_board->mimeTypes();
}

QMimeData *BoardColumnProxy::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList source;
    for (const QModelIndex &i : indexes)
        source << mapToSource(i);
    return m_board->mimeData(source);
}

Qt::DropActions BoardColumnProxy::supportedDragActions() const
{
    return m_board->supportedDragActions();
}

QModelIndex BoardColumnProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int at = static_cast<int>(m_rows.indexOf(sourceIndex.row()));
    return at < 0 ? QModelIndex() : index(at);
}

QModelIndex BoardColumnProxy::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_board->index(m_rows[index.row()]);
}

bool BoardColumnProxy::before(int sourceRowA, int sourceRowB) const
{
    const BoardCard &a = m_board->cardAt(sourceRowA);
    const BoardCard &b = m_board->cardAt(sourceRowB);
    if (m_closed)
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
    if (a.priority != b.priority)
        return static_cast<int>(a.priority) > static_cast<int>(b.priority);
    if (a.stepEnteredAt != b.stepEnteredAt)
        return a.stepEnteredAt < b.stepEnteredAt;
    return a.id < b.id;
}

bool BoardColumnProxy::belongs(int sourceRow) const
{
    return m_board->cardAt(sourceRow).stepId == m_stepId;
}

bool BoardColumnProxy::shown(int sourceRow) const
{
    return belongs(sourceRow) && m_board->visibleAt(sourceRow);
}

void BoardColumnProxy::readAll()
{
    m_all.clear();
    const int n = m_board->rowCount();
    for (int row = 0; row < n; ++row)
        if (belongs(row))
            m_all.append(row);
    std::sort(m_all.begin(), m_all.end(), [this](int a, int b) { return before(a, b); });
    m_rows = visibleRows();
}

QList<int> BoardColumnProxy::visibleRows() const
{
    QList<int> rows;
    rows.reserve(m_all.size());
    for (int row : m_all)
        if (m_board->visibleAt(row))
            rows.append(row);
    return rows;
}

void BoardColumnProxy::relayout(const QList<int> &rows)
{
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The view's current and selected cards stay on the same cards, or go when those are hidden.
    QHash<int, int> newPosition;
    newPosition.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        newPosition.insert(rows[i], i);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &p : persistent) {
        const int at = p.row() < m_rows.size() ? newPosition.value(m_rows[p.row()], -1) : -1;
        to << (at < 0 ? QModelIndex() : createIndex(at, 0));
    }
    m_rows = rows;
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BoardColumnProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    // Rows after the inserted ones moved down (the board model appends, so usually none).
    for (int &row : m_all)
        if (row >= first)
            row += count;
    for (int &row : m_rows)
        if (row >= first)
            row += count;
    QList<int> added;
    for (int row = first; row <= last; ++row)
        if (belongs(row))
            added.append(row);
    if (added.isEmpty())
        return;
    const auto order = [this](int a, int b) { return before(a, b); };
    std::sort(added.begin(), added.end(), order);
    QList<int> merged;
    merged.reserve(m_all.size() + added.size());
    std::merge(m_all.begin(), m_all.end(), added.begin(), added.end(), std::back_inserter(merged), order);
    m_all = std::move(merged);
    // The shown ones go in as runs: the rest of a busy board follows each column's first page, so
    // it is usually one run per column.
    int i = 0;
    while (i < added.size()) {
        if (!m_board->visibleAt(added[i])) {
            ++i;
            continue;
        }
        const int at = static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), added[i], order) - m_rows.begin());
        QList<int> run{added[i]};
        ++i;
        // Following shown cards that also come before m_rows[at] join the run.
        while (i < added.size() && m_board->visibleAt(added[i]) && (at >= m_rows.size() || before(added[i], m_rows[at])))
            run.append(added[i++]);
        while (i < added.size() && !m_board->visibleAt(added[i]) && (at >= m_rows.size() || before(added[i], m_rows[at])))
            ++i;
        beginInsertRows({}, at, at + static_cast<int>(run.size()) - 1);
        for (int k = 0; k < run.size(); ++k)
            m_rows.insert(at + k, run[k]);
        endInsertRows();
    }
}

void BoardColumnProxy::sourceDataChanged(int first, int last)
{
    for (int row = first; row <= last; ++row)
        placeRow(row);
}

// A card changed: it may have left this step, come into it, or changed its place in it.
void BoardColumnProxy::placeRow(int sourceRow)
{
    const auto order = [this](int a, int b) { return before(a, b); };
    m_all.removeOne(sourceRow);
    if (belongs(sourceRow))
        m_all.insert(std::lower_bound(m_all.begin(), m_all.end(), sourceRow, order) - m_all.begin(), sourceRow);

    const int was = static_cast<int>(m_rows.indexOf(sourceRow));
    const bool show = shown(sourceRow);
    if (was >= 0 && show) {
        // Still shown: in place, or moved (the view keeps its current and selected card on it).
        QList<int> others = m_rows;
        others.removeAt(was);
        const int at = static_cast<int>(std::lower_bound(others.begin(), others.end(), sourceRow, order) - others.begin());
        if (at != was) {
            beginMoveRows({}, was, was, {}, at > was ? at + 1 : at);
            m_rows = std::move(others);
            m_rows.insert(at, sourceRow);
            endMoveRows();
        }
        emit dataChanged(index(at), index(at));
        return;
    }
    if (was >= 0) {
        beginRemoveRows({}, was, was);
        m_rows.removeAt(was);
        endRemoveRows();
    }
    if (show) {
        const int at = static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow, order) - m_rows.begin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, sourceRow);
        endInsertRows();
    }
}

} // namespace ordo
