#pragma once

#include <QStyledItemDelegate>

namespace ordo {

// Paints a work-order card: number and time in step, customer, title, assignee chip and due date
// (red when overdue), with a priority stripe. No widget per card. The card with the keyboard focus
// has a clear focus frame; a card just booked or moved is marked (highlighted) for a moment.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The order whose card is marked (after a booking), 0: none.
    void setHighlighted(qint64 orderId) { m_highlighted = orderId; }
    qint64 highlighted() const { return m_highlighted; }

    // "45 min", "3 h", "6 d": how long an order has been in its step.
    static QString age(qint64 seconds);

private:
    qint64 m_highlighted = 0;
};

} // namespace ordo
