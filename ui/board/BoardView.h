#pragma once

#include "ui/common/Session.h"
#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QUndoStack;

namespace ordo {

class BoardColumnProxy;
class BoardColumnView;
class BoardModel;
class CardDelegate;

// The kanban board: one column per step of the process map, cards moved by drag and drop or from
// the keyboard (Ctrl+M: move to…, Ctrl+Shift+M: on to the next step), every move through the engine
// and undoable with Ctrl+Z. From the keyboard: one Tab from the filter reaches the cards, the arrows
// go from card to card and column to column, Enter opens the order. A refused drop says why where
// it was dropped (a short notice that goes by itself or with the next click or key) and in the
// window's status bar (statusMessage()).
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
    // Shows an order's card after a booking: its column scrolled to it, the card selected with the
    // keyboard focus and marked for a few seconds, `message` beside it (filters that hide it are
    // cleared). False when the order has no card on this board.
    bool highlightOrder(Id orderId, const QString &message);
    // Moves the card with the keyboard focus on to the next step of its map (Ctrl+Shift+M); false
    // when there is none or the move was refused (the board says why).
    bool moveCurrentToNextStep();
    // The short notice on show over the board (a refused drop, a booking), empty when none is.
    QString notice() const;

signals:
    void openOrderRequested(ordo::Id orderId);
    // For the main window's status bar: what the board has just said, for `timeoutMs`.
    void statusMessage(const QString &text, int timeoutMs);
    // A card reached a step whose handler schedules a visit: the visit should be booked now.
    void visitRequested(ordo::Id orderId, ordo::AppointmentKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class NoticeKind { Refusal, Confirmation };
    // Shows `text` over the board next to `at` (in `near`'s coordinates) until it times out or the
    // next click or key.
    void showNotice(const QString &text, QWidget *near, const QPoint &at, NoticeKind kind);
    void hideNotice();
    void clearHighlight();
    // Gives the keyboard focus to a card: selected, scrolled into view (both ways).
    bool focusCard(Id orderId);
    bool focusColumn(int column, int row);
    int columnOf(const QObject *view) const;
    void moveAcross(int fromColumn, int direction);
    // A move the engine refused (a forbidden move, a missing invoice): said beside the card or where
    // it was dropped, and in the status bar; other failures (a conflict, the disk) in a message box.
    void reportMoveFailure(const Error &e, Id orderId, Id toStepId);
    QWidget *buildErrorBar();
    void buildColumns();
    void updateHeaders();
    void scheduleHeaders();
    void applyFilter();
    void showMoveMenu(Id orderId, const QPoint &globalPos);
    void showRefusal(Id orderId, Id toStepId, BoardColumnView *column, const QPoint &at);
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
    QScrollArea *m_scroll = nullptr;
    CardDelegate *m_delegate = nullptr;
    QLabel *m_notice = nullptr;
    QTimer m_noticeTimer;
    QTimer m_highlightTimer;
    bool m_lastMoveRefused = false;
    // Where the card being moved was dropped, while its move runs: the refusal is said there.
    BoardColumnView *m_dropColumn = nullptr;
    QPoint m_dropAt;
    int m_lastColumn = -1;  // the column that last had the keyboard focus: Tab goes back to it
    QTimer m_headerTimer;
};

} // namespace ordo
