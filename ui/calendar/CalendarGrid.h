#pragma once

#include "core/scheduling/AppointmentService.h"

#include <QDate>
#include <QHash>
#include <QWidget>

namespace ordo {

// One column per day (or per person), one row per half hour from FirstHour to LastHour; bookings as
// blocks. Geometry is in local time, so a daylight-saving day still shows 09:00 at the 09:00 line.
class CalendarGrid final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FirstHour = 7;
    static constexpr int LastHour = 21;
    static constexpr int HourHeight = 48;
    static constexpr int TimeColumnWidth = 52;
    static constexpr int HeaderHeight = 34;

    struct Column
    {
        QDate date;
        std::optional<Id> staffId;   // a person's column (day by person); else every person
        QString title;
        std::optional<std::pair<int, int>> workingMinutes;  // shaded outside
    };

    explicit CalendarGrid(QWidget *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    void setEntries(const QList<CalendarEntry> &entries);
    // In columns of every person (a week of everyone), each of these people keeps a lane of their
    // own, in this order, on every day; empty: bookings that overlap share the column as they come.
    void setPersonLanes(const QList<Id> &staffIds);
    const QList<Column> &columns() const { return m_columns; }

    // Geometry, public for tests and for the view.
    QRect entryRect(const CalendarEntry &entry) const;
    std::optional<std::pair<int, qint64>> cellAt(const QPoint &pos) const;  // column and UTC time (snapped to 15 min)
    static qint64 localToUtc(const QDate &date, int minuteOfDay);
    static int minuteOfDay(qint64 utc);

    QSize sizeHint() const override;

signals:
    void entryMoved(ordo::Id appointmentId, std::optional<ordo::Id> staffId, qint64 startsAt, qint64 endsAt);
    void slotDragged(std::optional<ordo::Id> staffId, qint64 startsAt, qint64 endsAt);
    void entryActivated(ordo::Id appointmentId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    int columnWidth() const;
    int columnOf(const CalendarEntry &entry) const;
    const CalendarEntry *entryAt(const QPoint &pos, bool *onBottomEdge = nullptr) const;

    QList<Column> m_columns;
    QList<CalendarEntry> m_entries;
    QList<Id> m_personLanes;
    // Where each booking goes, in local time and lanes, worked out once per change of bookings or
    // columns (local-time conversions are costly; painting asks for every rectangle many times).
    struct Placement
    {
        int column = -1;
        int startMinute = 0;
        int endMinute = 0;
        int lane = 0;
        int lanes = 1;
    };
    void place() const;
    mutable QHash<Id, Placement> m_placement;
    mutable bool m_placed = false;
    enum class Drag { None, Move, Resize, Create } m_drag = Drag::None;
    Id m_dragId = 0;
    QPoint m_pressPos;
    qint64 m_pressTime = 0;
    int m_pressColumn = -1;
    QRect m_ghost;
};

} // namespace ordo
