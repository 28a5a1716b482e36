#pragma once

#include "ui/common/Session.h"
#include "core/scheduling/AppointmentService.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace ordo {

class CalendarGrid;

// The calendar: day, week and month, and a day with one column per person. Appointments are
// coloured by person; drag to move, drag the lower edge to resize, drag on an empty slot to book.
// A clash or a time outside working hours is shown and needs confirmation. Prints route sheets.
class CalendarView final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Day, Week, Month, People };

    explicit CalendarView(Session session, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void setStaffFilter(std::optional<Id> staffId);
    // With everyone shown: whether a person's visits are on screen (their chip above the calendar).
    void setPersonShown(Id staffId, bool shown);
    CalendarGrid *grid() const { return m_grid; }
    const QList<CalendarEntry> &entries() const { return m_entries; }
    const QList<StaffMember> &people() const { return m_people; }

    // Moves or resizes a booking as a drag would: a clash asks first. False when not saved.
    bool moveEntry(Id appointmentId, Id staffId, qint64 startsAt, qint64 endsAt);
    // Books a visit for an existing order in an empty slot (after asking which order).
    bool bookSlot(Id staffId, qint64 startsAt, qint64 endsAt, Id orderId, AppointmentKind kind);

    // The days on screen, as local dates.
    QList<QDate> visibleDays() const;

    // The route sheet of one person, or of everyone with visits (each on a new page), for the days
    // and kinds of visit on screen, as HTML laid out for pages of `pageSize` points (A4 by default).
    QString routeSheetHtml(std::optional<Id> staffId, QSizeF pageSize = {}) const;
    // Writes it to a PDF; false with the reason shown when the file cannot be written.
    bool exportRouteSheet(std::optional<Id> staffId, const QString &pdfPath);
    // The person's appointments of the next 60 days as an iCalendar file for their phone.
    bool exportIcsFile(Id staffId, const QString &path);

public slots:
    void reload();

signals:
    void openOrderRequested(ordo::Id orderId);

private:
    void printRouteSheet();
    void askAndBook(Id staffId, qint64 startsAt, qint64 endsAt);

    Session m_session;
    Mode m_mode = Mode::Week;
    QDate m_date;
    std::optional<Id> m_staffFilter;
    std::optional<AppointmentKind> m_kindFilter;
    QList<StaffMember> m_people;
    QList<CalendarEntry> m_entries;
    CalendarGrid *m_grid;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QComboBox *m_modeBox;
    QComboBox *m_staffBox;
    QComboBox *m_kindBox;
    QScrollArea *m_chipsArea;
    QHash<Id, QToolButton *> m_chips;
};

} // namespace ordo
