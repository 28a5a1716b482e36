#include "ui/board/CardDelegate.h"

#include "ui/board/BoardModel.h"
#include "core/common/Clock.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace ordo {

namespace {

constexpr int Margin = 4;
constexpr int Padding = 6;

QColor priorityColour(int priority)
{
    switch (static_cast<Priority>(priority)) {
    case Priority::Urgent: return QColor(0xd3, 0x2f, 0x2f);
    case Priority::High: return QColor(0xf5, 0x7c, 0x00);
    case Priority::Low: return QColor(0xb0, 0xbe, 0xc5);
    case Priority::Normal: break;
    }
    return QColor(0x90, 0xa4, 0xae);
}

} // namespace

QString CardDelegate::age(qint64 seconds)
{
    if (seconds < 3600)
        return tr("%1 min").arg(std::max<qint64>(1, seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QStaticText CardDelegate::laidOut(const QString &text, int width, const QFont &drawn, const QFont &base) const
{
    if (!(base == m_linesFont) || m_lines.size() > 4000) {
        m_lines.clear();
        m_linesFont = base;
    }
    const bool bold = drawn.bold() != base.bold();
    QString key;
    key.reserve(text.size() + 8);
    key.append(bold ? QLatin1Char('b') : QLatin1Char('n')).append(QString::number(width)).append(QLatin1Char('|')).append(text);
    if (auto it = m_lines.constFind(key); it != m_lines.constEnd())
        return *it;
    QStaticText laid(width > 0 ? QFontMetrics(drawn).elidedText(text, Qt::ElideRight, width) : text);
    laid.setTextFormat(Qt::PlainText);
    laid.prepare(QTransform(), drawn);
    m_lines.insert(key, laid);
    return laid;
}

void CardDelegate::drawLine(QPainter *painter, const QRect &rect, Qt::Alignment align, const QString &text, const QFont &base,
                            bool elide) const
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    // Measured and drawn in the painter's font; the line is as high as that font, so its top is the line's.
    const QStaticText laid = laidOut(text, elide ? rect.width() : 0, painter->font(), base);
    const qreal x = align & Qt::AlignRight ? rect.left() + rect.width() - laid.size().width() : rect.left();
    painter->drawStaticText(QPointF(x, rect.top()), laid);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return QSize(option.rect.width() > 0 ? option.rect.width() : 220, 4 * line + 2 * Padding + 2 * Margin + 6);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool open = index.data(BoardModel::OpenRole).toBool();
    const QPalette &palette = option.palette;

    const bool highlighted = m_highlighted != 0 && index.data(BoardModel::OrderIdRole).toLongLong() == m_highlighted;
    // The keyboard's card: only while its column has the focus, so one card on the board has it.
    const bool focused = (option.state & QStyle::State_HasFocus) && option.widget && option.widget->hasFocus();

    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    painter->fillPath(path, highlighted ? QBrush(QColor(0xff, 0xf3, 0xcd)) : open ? palette.base() : palette.alternateBase());
    if (highlighted)
        painter->setPen(QPen(QColor(0xf5, 0x9e, 0x0b), 3));
    else
        painter->setPen(QPen(selected ? palette.highlight().color() : palette.mid().color(), selected ? 2 : 1));
    painter->drawPath(path);
    if (focused) {
        // A frame around the card, outside its border, that reads as "the keys act here".
        QPainterPath frame;
        frame.addRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
        painter->setPen(QPen(palette.highlight().color(), 2, Qt::DashLine));
        painter->drawPath(frame);
    }
    // Priority stripe on the left edge.
    painter->fillRect(QRectF(card.left(), card.top() + 3, 4, card.height() - 6),
                      priorityColour(index.data(BoardModel::PriorityRole).toInt()));

    const int line = option.fontMetrics.height();
    const QRect text = card.toRect().adjusted(Padding + 4, Padding, -Padding, -Padding);
    const qint64 now = Clock::nowSecs();

    // Nothing of the text goes past the card's inner edge (a long number, a wide date).
    painter->setClipRect(text, Qt::IntersectClip);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.text().color());
    const QString number = index.data(BoardModel::NumberRole).toString();
    drawLine(painter, QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft, number, option.font, false);

    painter->setFont(option.font);
    const QString waited = age(now - index.data(BoardModel::StepEnteredRole).toLongLong());
    if (open) {
        painter->setPen(palette.placeholderText().color());
        drawLine(painter, QRect(text.left(), text.top(), text.width(), line), Qt::AlignRight, waited, option.font, false);
    }

    painter->setPen(palette.text().color());
    const QString customer = index.data(BoardModel::CustomerRole).toString();
    drawLine(painter, QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft, customer, option.font);
    painter->setPen(palette.placeholderText().color());
    const QString title = index.data(BoardModel::TitleRole).toString();
    drawLine(painter, QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignLeft, title, option.font);

    // Bottom line: who has it now (the step's responsible person) and the due date.
    const int bottom = text.top() + 3 * line + 2;
    const QString assignee = index.data(BoardModel::HolderRole).toString();
    int x = text.left();
    if (!assignee.isEmpty()) {
        const QColor colour(index.data(BoardModel::HolderColourRole).toString());
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour.isValid() ? colour : palette.mid().color());
        const int d = line - 6;
        painter->drawEllipse(QRect(x, bottom + 3, d, d));
        x += d + 4;
        painter->setPen(palette.text().color());
    } else {
        painter->setPen(palette.placeholderText().color());
    }
    const QVariant due = index.data(BoardModel::DueRole);
    QString dueText;
    bool overdue = false;
    if (due.isValid()) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(due.toLongLong()).toLocalTime();
        dueText = QLocale().toString(when.date(), QLocale::ShortFormat);
        overdue = open && due.toLongLong() < now;
    }
    const int dueWidth = dueText.isEmpty() ? 0 : qCeil(laidOut(dueText, 0, overdue ? bold : option.font, option.font).size().width()) + 4;
    drawLine(painter, QRect(x, bottom, text.right() - x - dueWidth, line), Qt::AlignLeft,
             assignee.isEmpty() ? tr("Unassigned") : assignee, option.font);
    if (!dueText.isEmpty()) {
        if (overdue) {
            painter->setFont(bold);
            painter->setPen(QColor(0xc6, 0x28, 0x28));
        } else {
            painter->setPen(palette.placeholderText().color());
        }
        drawLine(painter, QRect(text.left(), bottom, text.width(), line), Qt::AlignRight, dueText, option.font, false);
    }
    painter->restore();
}

} // namespace ordo
