#pragma once

#include <QStyledItemDelegate>

namespace ordo {

// Paints a work-order card: number and time in step, customer, title, assignee chip and due date
// (red when overdue), with a priority stripe. No widget per card.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "45 min", "3 h", "6 d": how long an order has been in its step.
    static QString age(qint64 seconds);
};

} // namespace ordo
