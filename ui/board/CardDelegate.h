#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
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
    // One line of a card in `drawn` (the font the painter has: the view's, or its bold), elided to
    // `width` (0: as it is) and laid out once: the same texts (dates, ages, people, and every card
    // shown again while the filter is typed) are not shaped again at each paint, which was most of a
    // keystroke's time on a board of 10,000 cards. `base` is the view's font: another one (the
    // user's settings) starts afresh.
    QStaticText laidOut(const QString &text, int width, const QFont &drawn, const QFont &base) const;
    void drawLine(QPainter *painter, const QRect &rect, Qt::Alignment align, const QString &text, const QFont &base,
                  bool elide = true) const;

    qint64 m_highlighted = 0;
    mutable QHash<QString, QStaticText> m_lines;
    mutable QFont m_linesFont;
};

} // namespace ordo
