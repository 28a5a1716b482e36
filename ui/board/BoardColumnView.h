#pragma once

#include "core/domain/Types.h"

#include <QListView>

#include <functional>

namespace ordo {

// One column's card list. It accepts a dragged card only when the process map allows the move
// into its step, and shows it: green when a drop is welcome, red when the map forbids it.
class BoardColumnView final : public QListView
{
    Q_OBJECT

public:
    // canAccept(fromStepId) says whether a card from that step may come here.
    BoardColumnView(Id stepId, std::function<bool(Id fromStepId)> canAccept, QWidget *parent = nullptr);
    Id stepId() const { return m_stepId; }
    // "", "accept" or "refuse": what the column shows while a card hovers over it.
    QString dropState() const { return m_dropState; }

signals:
    void cardDropped(ordo::Id orderId, qint64 version, ordo::Id toStepId);
    // The map forbids the move; `at` is where it was dropped, in the viewport's coordinates.
    void dropRefused(ordo::Id orderId, ordo::Id toStepId, const QPoint &at);
    // A card was dropped here (allowed by the map), at `at` in the viewport's coordinates.
    void droppedAt(const QPoint &at);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDropState(const QString &state);

    Id m_stepId;
    std::function<bool(Id)> m_canAccept;
    QString m_dropState;
};

} // namespace ordo
