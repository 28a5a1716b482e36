#pragma once

#include "core/domain/Types.h"

#include <QAbstractListModel>
#include <QList>

namespace ordo {

class BoardModel;
struct BoardCard;

// One column of the board: the cards of one step that pass the filter. Open steps put the most
// urgent and the longest waiting first; done and cancelled steps the most recent first.
//
// Not a QSortFilterProxyModel: at 10,000 open cards every column of one tested every card of the
// board on each keystroke and told its view of each run of hidden cards apart (thousands of
// signals). This one keeps its own step's cards in order, so a keystroke costs the column's cards,
// and tells its view once (a layout change); a card that changes place is a row move.
class BoardColumnProxy final : public QAbstractListModel
{
    Q_OBJECT

public:
    BoardColumnProxy(BoardModel *board, Id stepId, bool closedStep, QObject *parent = nullptr);
    Id stepId() const { return m_stepId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // Between this column's rows and the board model's.
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QModelIndex mapToSource(const QModelIndex &index) const;

private:
    bool before(int sourceRowA, int sourceRowB) const;  // the column's order, on the board model's rows
    bool belongs(int sourceRow) const;                  // in this step
    bool shown(int sourceRow) const;                    // in this step and passing the filter
    void readAll();                                     // m_all and m_rows from the board model
    QList<int> visibleRows() const;                     // m_all filtered
    void relayout(const QList<int> &rows);              // m_rows := rows, told as a layout change
    void sourceRowsInserted(int first, int last);
    void sourceDataChanged(int first, int last);
    void placeRow(int sourceRow);

    BoardModel *m_board;
    Id m_stepId;
    bool m_closed;
    QList<int> m_all;   // the board model's rows of this step, in the column's order
    QList<int> m_rows;  // those passing the filter: the column's rows
};

} // namespace ordo
