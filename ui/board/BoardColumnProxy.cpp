#include "ui/board/BoardColumnProxy.h"

#include "ui/board/BoardModel.h"

namespace ordo {

BoardColumnProxy::BoardColumnProxy(BoardModel *board, Id stepId, bool closedStep, QObject *parent)
    : QSortFilterProxyModel(parent), m_board(board), m_stepId(stepId), m_closed(closedStep)
{
    setSourceModel(board);
    setDynamicSortFilter(true);
    connect(board, &BoardModel::filterChanged, this, &BoardColumnProxy::invalidateFilter);
    sort(0);
}

bool BoardColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_board->cardAt(sourceRow).stepId == m_stepId && m_board->visibleAt(sourceRow);
}

bool BoardColumnProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const BoardCard &a = m_board->cardAt(left.row());
    const BoardCard &b = m_board->cardAt(right.row());
    if (m_closed)
        return a.updatedAt > b.updatedAt;
    if (a.priority != b.priority)
        return static_cast<int>(a.priority) > static_cast<int>(b.priority);
    if (a.stepEnteredAt != b.stepEnteredAt)
        return a.stepEnteredAt < b.stepEnteredAt;
    return a.id < b.id;
}

} // namespace ordo
