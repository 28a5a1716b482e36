#pragma once

#include "ui/common/Session.h"
#include "core/domain/Types.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace ordo {

class BoardColumnProxy;
class BoardColumnView;
class BoardModel;

// The kanban board: one column per step of the process map, cards moved by drag and drop or from
// the keyboard (Ctrl+M: move to…), every move through the engine and undoable with Ctrl+Z.
class BoardView final : public QWidget
{
    Q_OBJECT

public:
    BoardView(Session session, QUndoStack *undoStack, QWidget *parent = nullptr);

    BoardModel *model() const { return m_model; }
    BoardColumnView *column(Id stepId) const;
    // Moves an order as a drop would (undoable); false when the engine refused, with the reason shown.
    bool requestMove(Id orderId, qint64 version, Id toStepId);
    // The card that has the keyboard focus, if any.
    std::optional<Id> currentOrder() const;
    void reload();

signals:
    void openOrderRequested(ordo::Id orderId);
    // A card reached a step whose handler schedules a visit: the visit should be booked now.
    void visitRequested(ordo::Id orderId, ordo::AppointmentKind kind);

private:
    QWidget *buildErrorBar();
    void buildColumns();
    void updateHeaders();
    void scheduleHeaders();
    void applyFilter();
    void showMoveMenu(Id orderId, const QPoint &globalPos);
    void showRefusal(Id orderId, Id toStepId);
    // Before a move that cancels the order's visits to come (to a finished or cancelled step): asks.
    bool confirmVisitsCancelled(Id orderId, const Step &to);
    void fillFilterChoices();

    Session m_session;
    QUndoStack *m_undo;
    BoardModel *m_model;
    QLineEdit *m_text = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_overdue = nullptr;
    QComboBox *m_jobType = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_error = nullptr;
    QLabel *m_errorText = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    struct Column
    {
        Step step;
        QString responsible;    // the step's person or role, read when the columns are built
        QLabel *header;
        BoardColumnView *view;
        BoardColumnProxy *proxy;
    };
    QList<Column> m_columns;
    bool m_lastMoveRefused = false;
    QTimer m_headerTimer;
};

} // namespace ordo
