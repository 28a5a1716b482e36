#include "ui/board/BoardColumnView.h"

#include "ui/board/BoardModel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace ordo {

BoardColumnView::BoardColumnView(Id stepId, std::function<bool(Id)> canAccept, QWidget *parent)
    : QListView(parent), m_stepId(stepId), m_canAccept(std::move(canAccept))
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
}

void BoardColumnView::setDropState(const QString &state)
{
    if (m_dropState == state)
        return;
    m_dropState = state;
    QPalette p = palette();
    const QColor base = state == QLatin1String("accept")   ? QColor(0xe8, 0xf5, 0xe9)
                      : state == QLatin1String("refuse")   ? QColor(0xff, 0xeb, 0xee)
                                                           : QPalette().color(QPalette::Window);
    p.setColor(QPalette::Base, base);
    setPalette(p);
    viewport()->update();
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    const auto card = BoardModel::decode(event->mimeData());
    if (!card) {
        event->ignore();
        return;
    }
    // Accept the enter in both cases, so that move events keep coming and the column can show why not.
    event->acceptProposedAction();
    const bool ok = card->stepId != m_stepId && m_canAccept(card->stepId);
    setDropState(card->stepId == m_stepId ? QString() : ok ? QStringLiteral("accept") : QStringLiteral("refuse"));
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    const auto card = BoardModel::decode(event->mimeData());
    if (!card || card->stepId == m_stepId || !m_canAccept(card->stepId)) {
        event->ignore();  // the forbidden cursor
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropState(QString());
    event->accept();
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    setDropState(QString());
    const auto card = BoardModel::decode(event->mimeData());
    if (!card || card->stepId == m_stepId) {
        event->ignore();
        return;
    }
    if (!m_canAccept(card->stepId)) {
        event->ignore();
        emit dropRefused(card->orderId, m_stepId, event->position().toPoint());
        return;
    }
    // Copy, never move: the board's model must not remove the dragged row; the engine moves the order.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit droppedAt(event->position().toPoint());
    emit cardDropped(card->orderId, card->version, m_stepId);
}

} // namespace ordo
