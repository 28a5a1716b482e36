#include "ui/calendar/CalendarGrid.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <map>

namespace ordo {

namespace {

constexpr int SnapMinutes = 15;
constexpr int EdgePixels = 6;

QColor blend(const QColor &c, const QColor &with, qreal amount)
{
    return QColor::fromRgbF(c.redF() * (1 - amount) + with.redF() * amount, c.greenF() * (1 - amount) + with.greenF() * amount,
                            c.blueF() * (1 - amount) + with.blueF() * amount);
}

} // namespace

CalendarGrid::CalendarGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarGrid"));
    setMouseTracking(true);
}

qint64 CalendarGrid::localToUtc(const QDate &date, int minuteOfDay)
{
    return QDateTime(date, QTime(0, 0).addSecs(std::clamp(minuteOfDay, 0, 24 * 60 - 1) * 60)).toSecsSinceEpoch();
}

int CalendarGrid::minuteOfDay(qint64 utc)
{
    const QTime t = QDateTime::fromSecsSinceEpoch(utc).toLocalTime().time();
    return t.hour() * 60 + t.minute();
}

QSize CalendarGrid::sizeHint() const
{
    return QSize(TimeColumnWidth + 7 * 150, HeaderHeight + (LastHour - FirstHour) * HourHeight + 2);
}

void CalendarGrid::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    m_placed = false;
    setMinimumHeight(sizeHint().height());
    update();
}

void CalendarGrid::setEntries(const QList<CalendarEntry> &entries)
{
    m_entries = entries;
    m_placed = false;
    update();
}

void CalendarGrid::setPersonLanes(const QList<Id> &staffIds)
{
    m_personLanes = staffIds;
    m_placed = false;
    update();
}

int CalendarGrid::columnWidth() const
{
    return m_columns.isEmpty() ? 0 : (width() - TimeColumnWidth - 1) / static_cast<int>(m_columns.size());
}

int CalendarGrid::columnOf(const CalendarEntry &e) const
{
    const QDate day = QDateTime::fromSecsSinceEpoch(e.appointment.startsAt).toLocalTime().date();
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].date == day && (!m_columns[i].staffId || *m_columns[i].staffId == e.appointment.staffId))
            return i;
    return -1;
}

void CalendarGrid::place() const
{
    m_placement.clear();
    QHash<int, QList<const CalendarEntry *>> byColumn;
    for (const auto &e : m_entries) {
        Placement p;
        p.column = columnOf(e);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(e.appointment.startsAt).toLocalTime();
        const QDateTime end = QDateTime::fromSecsSinceEpoch(e.appointment.endsAt).toLocalTime();
        p.startMinute = start.time().hour() * 60 + start.time().minute();
        p.endMinute = end.date() > start.date() ? 24 * 60 : end.time().hour() * 60 + end.time().minute();
        m_placement.insert(e.appointment.id, p);
        if (p.column >= 0)
            byColumn[p.column] << &e;
    }
    // Bookings that overlap in one column share its width side by side, in the order they come; in a
    // week of everyone, each person has a lane, the same on every day, so that one can follow a person.
    for (auto it = byColumn.cbegin(); it != byColumn.cend(); ++it) {
        const bool personLanes = !m_personLanes.isEmpty() && !m_columns[it.key()].staffId;
        const QList<const CalendarEntry *> &entries = it.value();
        for (const CalendarEntry *e : entries) {
            Placement &p = m_placement[e->appointment.id];
            if (personLanes) {
                p.lanes = static_cast<int>(m_personLanes.size());
                p.lane = std::max(0, static_cast<int>(m_personLanes.indexOf(e->appointment.staffId)));
                continue;
            }
            QList<const CalendarEntry *> same;
            for (const CalendarEntry *other : entries)
                if (other->appointment.startsAt < e->appointment.endsAt && other->appointment.endsAt > e->appointment.startsAt)
                    same << other;
            p.lanes = static_cast<int>(same.size());
            p.lane = static_cast<int>(same.indexOf(e));
        }
    }
    m_placed = true;
}

QRect CalendarGrid::entryRect(const CalendarEntry &e) const
{
    if (!m_placed)
        place();
    const auto found = m_placement.constFind(e.appointment.id);
    if (found == m_placement.cend() || found->column < 0)
        return {};
    const Placement &p = *found;
    const int top = HeaderHeight + (p.startMinute - FirstHour * 60) * HourHeight / 60;
    int bottom = HeaderHeight + (p.endMinute - FirstHour * 60) * HourHeight / 60;
    bottom = std::min(bottom, HeaderHeight + (LastHour - FirstHour) * HourHeight);
    const int cw = columnWidth();
    const int laneWidth = std::max(10, (cw - 6) / std::max(1, p.lanes));
    const int left = TimeColumnWidth + p.column * cw + 3 + p.lane * laneWidth;
    return QRect(left, std::max(top, HeaderHeight), laneWidth - 1, std::max(14, bottom - std::max(top, HeaderHeight)));
}

std::optional<std::pair<int, qint64>> CalendarGrid::cellAt(const QPoint &pos) const
{
    const int cw = columnWidth();
    if (cw <= 0 || pos.x() < TimeColumnWidth || pos.y() < HeaderHeight)
        return std::nullopt;
    const int column = (pos.x() - TimeColumnWidth) / cw;
    if (column >= m_columns.size())
        return std::nullopt;
    int minute = FirstHour * 60 + (pos.y() - HeaderHeight) * 60 / HourHeight;
    minute = minute / SnapMinutes * SnapMinutes;
    minute = std::clamp(minute, FirstHour * 60, LastHour * 60 - SnapMinutes);
    return std::make_pair(column, localToUtc(m_columns[column].date, minute));
}

const CalendarEntry *CalendarGrid::entryAt(const QPoint &pos, bool *onBottomEdge) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        const QRect r = entryRect(*it);
        if (r.contains(pos)) {
            if (onBottomEdge)
                *onBottomEdge = pos.y() >= r.bottom() - EdgePixels;
            return &*it;
        }
    }
    return nullptr;
}

bool CalendarGrid::event(QEvent *event)
{
    // A booking in a narrow lane says everything about itself when the mouse rests on it.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const CalendarEntry *e = entryAt(help->pos())) {
            const QLocale locale;
            const auto time = [&locale](qint64 utc) {
                return locale.toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime().time(), QLocale::ShortFormat);
            };
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1–%2 %3</b><br/>%4<br/>%5 · %6<br/>%7")
                                   .arg(time(e->appointment.startsAt), time(e->appointment.endsAt),
                                        e->customer.toHtmlEscaped(), displayName(e->appointment.kind).toHtmlEscaped(),
                                        e->orderNumber.toHtmlEscaped(), e->staffName.toHtmlEscaped(),
                                        QStringList{e->address, e->postcode, e->city}.join(QLatin1Char(' ')).trimmed().toHtmlEscaped()),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int cw = columnWidth();
    const int gridBottom = HeaderHeight + (LastHour - FirstHour) * HourHeight;
    const QDate today = QDate::currentDate();
    const QColor shade = blend(palette().base().color(), palette().mid().color(), 0.18);

    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns[i];
        const int x = TimeColumnWidth + i * cw;
        if (c.date == today)
            p.fillRect(QRect(x, HeaderHeight, cw, gridBottom - HeaderHeight), blend(palette().base().color(),
                                                                                     palette().highlight().color(), 0.06));
        // Outside working hours (or a day off) is shaded.
        if (!c.workingMinutes) {
            p.fillRect(QRect(x, HeaderHeight, cw, gridBottom - HeaderHeight), shade);
        } else {
            const int startY = HeaderHeight + (c.workingMinutes->first - FirstHour * 60) * HourHeight / 60;
            const int endY = HeaderHeight + (c.workingMinutes->second - FirstHour * 60) * HourHeight / 60;
            if (startY > HeaderHeight)
                p.fillRect(QRect(x, HeaderHeight, cw, startY - HeaderHeight), shade);
            if (endY < gridBottom)
                p.fillRect(QRect(x, endY, cw, gridBottom - endY), shade);
        }
        QFont f = font();
        f.setBold(c.date == today);
        p.setFont(f);
        p.setPen(c.date == today ? palette().highlight().color() : palette().text().color());
        p.drawText(QRect(x, 0, cw, HeaderHeight), Qt::AlignCenter | Qt::TextWordWrap, c.title);
    }
    p.setFont(font());
    for (int h = FirstHour; h <= LastHour; ++h) {
        const int y = HeaderHeight + (h - FirstHour) * HourHeight;
        p.setPen(palette().mid().color());
        p.drawLine(TimeColumnWidth, y, width(), y);
        p.setPen(QPen(palette().midlight().color(), 1, Qt::DotLine));
        if (h < LastHour)
            p.drawLine(TimeColumnWidth, y + HourHeight / 2, width(), y + HourHeight / 2);
        p.setPen(palette().placeholderText().color());
        p.drawText(QRect(0, y - 8, TimeColumnWidth - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }
    p.setPen(palette().mid().color());
    for (int i = 0; i <= m_columns.size(); ++i)
        p.drawLine(TimeColumnWidth + i * cw, 0, TimeColumnWidth + i * cw, gridBottom);

    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    for (const auto &e : m_entries) {
        if (e.appointment.id == m_dragId && m_drag != Drag::None)
            continue;
        const QRect r = entryRect(e);
        if (r.isNull())
            continue;
        QColor colour(e.staffColour);
        if (!colour.isValid())
            colour = palette().highlight().color();
        const bool cancelled = e.appointment.status == AppointmentStatus::Cancelled;
        p.setBrush(blend(colour, Qt::white, cancelled ? 0.85 : 0.65));
        p.setPen(QPen(colour.darker(120), 1, cancelled ? Qt::DashLine : Qt::SolidLine));
        p.drawRoundedRect(r.adjusted(0, 0, -1, -1), 3, 3);
        p.fillRect(QRect(r.left(), r.top() + 1, 3, r.height() - 2), colour);
        QRect text = r.adjusted(6, 2, -3, -2);
        // A narrow lane (a week of several people) shows the time and the customer, one word a line,
        // in a smaller type and using the lane's whole width.
        const bool narrow = text.width() < fm.horizontalAdvance(QStringLiteral("00:00 Wwwwww"));
        QFont entryFont = font();
        if (narrow) {
            entryFont.setPointSizeF(entryFont.pointSizeF() * 0.8);
            text.setLeft(r.left() + 4);
        }
        p.setFont(entryFont);
        const QFontMetrics efm(entryFont);
        const QString time = QLocale().toString(QDateTime::fromSecsSinceEpoch(e.appointment.startsAt).toLocalTime().time(),
                                                QLocale::ShortFormat);
        QStringList lines = narrow ? QStringList{time} + e.customer.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                   : QStringList{time + QLatin1Char(' ') + e.customer,
                                                 displayName(e.appointment.kind) +
                                                     (e.appointment.status == AppointmentStatus::Planned
                                                          ? QString()
                                                          : QStringLiteral(" · ") + displayName(e.appointment.status)),
                                                 e.address};
        p.setPen(palette().text().color());
        int y = text.top();
        for (const QString &line : lines) {
            if (y + efm.height() > text.bottom() + 2)
                break;
            p.drawText(QRect(text.left(), y, text.width(), efm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       efm.elidedText(line, Qt::ElideRight, text.width()));
            y += efm.height();
        }
    }
    if (!m_ghost.isNull()) {
        p.setBrush(QColor(0, 0, 0, 30));
        p.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        p.drawRoundedRect(m_ghost, 3, 3);
    }
}

void CalendarGrid::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position().toPoint();
    bool edge = false;
    if (const CalendarEntry *e = entryAt(m_pressPos, &edge)) {
        m_drag = edge ? Drag::Resize : Drag::Move;
        m_dragId = e->appointment.id;
        m_ghost = entryRect(*e);
        return;
    }
    if (auto cell = cellAt(m_pressPos)) {
        m_drag = Drag::Create;
        m_pressColumn = cell->first;
        m_pressTime = cell->second;
        m_ghost = QRect();
    }
}

void CalendarGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        bool edge = false;
        const CalendarEntry *e = entryAt(pos, &edge);
        setCursor(e ? (edge ? Qt::SizeVerCursor : Qt::OpenHandCursor) : Qt::ArrowCursor);
        return;
    }
    const int cw = columnWidth();
    if (m_drag == Drag::Move) {
        const QRect original = [&] {
            for (const auto &e : m_entries)
                if (e.appointment.id == m_dragId)
                    return entryRect(e);
            return QRect();
        }();
        const QPoint delta = pos - m_pressPos;
        const int columnShift = cw > 0 ? static_cast<int>(std::lround(static_cast<double>(delta.x()) / cw)) : 0;
        m_ghost = original.translated(columnShift * cw, delta.y());
    } else if (m_drag == Drag::Resize) {
        for (const auto &e : m_entries)
            if (e.appointment.id == m_dragId) {
                QRect r = entryRect(e);
                r.setBottom(std::max(r.top() + HourHeight / 4, pos.y()));
                m_ghost = r;
            }
    } else if (m_drag == Drag::Create && m_pressColumn >= 0) {
        const int x = TimeColumnWidth + m_pressColumn * cw + 3;
        const int top = std::min(m_pressPos.y(), pos.y());
        const int bottom = std::max(m_pressPos.y(), pos.y());
        m_ghost = QRect(x, top, cw - 6, std::max(HourHeight / 2, bottom - top));
    }
    update();
}

void CalendarGrid::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const QRect ghost = m_ghost;
    m_ghost = QRect();
    update();
    if (drag == Drag::None)
        return;
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [this](const CalendarEntry &e) { return e.appointment.id == m_dragId; });
    if (drag == Drag::Move && it != m_entries.cend()) {
        if ((pos - m_pressPos).manhattanLength() < 4)
            return;
        const auto target = cellAt(QPoint(ghost.center().x(), ghost.top() + 1));
        if (!target)
            return;
        const qint64 length = it->appointment.endsAt - it->appointment.startsAt;
        const Column &column = m_columns[target->first];
        emit entryMoved(m_dragId, column.staffId ? column.staffId : std::optional<Id>(it->appointment.staffId),
                        target->second, target->second + length);
    } else if (drag == Drag::Resize && it != m_entries.cend()) {
        const auto end = cellAt(QPoint(ghost.center().x(), ghost.bottom() + HourHeight / 8));
        if (!end || end->second <= it->appointment.startsAt)
            return;
        emit entryMoved(m_dragId, it->appointment.staffId, it->appointment.startsAt, end->second);
    } else if (drag == Drag::Create && m_pressColumn >= 0) {
        auto end = cellAt(pos);
        qint64 start = m_pressTime;
        qint64 finish = end ? end->second + SnapMinutes * 60 : start + 3600;
        if (finish < start)
            std::swap(start, finish);
        finish = std::max(finish, start + 30 * 60);
        emit slotDragged(m_columns[m_pressColumn].staffId, start, finish);
    }
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const CalendarEntry *e = entryAt(event->position().toPoint()))
        emit entryActivated(e->appointment.id);
}

} // namespace ordo
