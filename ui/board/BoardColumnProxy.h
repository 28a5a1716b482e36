#pragma once

#include "core/domain/Types.h"

#include <QSortFilterProxyModel>

namespace ordo {

class BoardModel;

// One column of the board: the cards of one step that pass the filter. Open steps put the most
// urgent and the longest waiting first; done and cancelled steps the most recent first.
class BoardColumnProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    BoardColumnProxy(BoardModel *board, Id stepId, bool closedStep, QObject *parent = nullptr);
    Id stepId() const { return m_stepId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BoardModel *m_board;
    Id m_stepId;
    bool m_closed;
};

} // namespace ordo
