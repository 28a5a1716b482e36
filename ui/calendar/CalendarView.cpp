#include "ui/calendar/CalendarView.h"

#include "ui/calendar/CalendarGrid.h"
#include "ui/calendar/RouteSheet.h"
#include "core/common/Clock.h"
#include "ui/common/MessageBox.h"
#include "core/scheduling/IcsExport.h"
#include "ui/common/Printing.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPageLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace ordo {

namespace {

QString timeText(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc).toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

} // namespace

CalendarView::CalendarView(Session session, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_date(QDate::currentDate()), m_grid(new CalendarGrid(this)),
      m_scroll(new QScrollArea(this)), m_title(new QLabel(this)), m_modeBox(new QComboBox(this)),
      m_staffBox(new QComboBox(this)), m_kindBox(new QComboBox(this)), m_chipsArea(new QScrollArea(this))
{
    setObjectName(QStringLiteral("calendarView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        bar->addWidget(b);
        return b;
    };
    QPushButton *previous = button(tr("‹"), "calendarPrevious");
    QPushButton *today = button(tr("Today"), "calendarToday");
    QPushButton *next = button(tr("›"), "calendarNext");
    previous->setFixedWidth(36);
    next->setFixedWidth(36);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    bar->addStretch(1);
    m_modeBox->setObjectName(QStringLiteral("calendarMode"));
    m_modeBox->addItem(tr("Day"), static_cast<int>(Mode::Day));
    m_modeBox->addItem(tr("Week"), static_cast<int>(Mode::Week));
    m_modeBox->addItem(tr("Month"), static_cast<int>(Mode::Month));
    m_modeBox->addItem(tr("Day by person"), static_cast<int>(Mode::People));
    m_modeBox->setCurrentIndex(1);
    m_staffBox->setObjectName(QStringLiteral("calendarStaff"));
    m_kindBox->setObjectName(QStringLiteral("calendarKind"));
    m_kindBox->addItem(tr("Every kind"));
    for (AppointmentKind k : {AppointmentKind::Estimate, AppointmentKind::Installation, AppointmentKind::Repair,
                              AppointmentKind::FollowUp})
        m_kindBox->addItem(displayName(k), static_cast<int>(k));
    // Lists as wide as a short name, so that the calendar fits a 1024-pixel screen.
    for (QComboBox *box : {m_modeBox, m_staffBox, m_kindBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_modeBox ? 8 : 10);
        bar->addWidget(box);
    }
    QPushButton *print = button(tr("Route sheet…"), "calendarPrint");
    QPushButton *ics = button(tr("For the phone (ICS)…"), "calendarIcs");
    layout->addLayout(bar);
    // With everyone chosen, a chip per person decides whose visits are shown; in a week each shown
    // person keeps a lane of their own in every day.
    m_chipsArea->setObjectName(QStringLiteral("calendarChips"));
    m_chipsArea->setFrameShape(QFrame::NoFrame);
    m_chipsArea->setWidgetResizable(true);
    m_chipsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The days shown and, with everyone chosen, the chips, on a row under the buttons.
    auto *second = new QHBoxLayout;
    second->addWidget(m_title);
    second->addSpacing(16);
    second->addWidget(m_chipsArea, 1);
    layout->addLayout(second);

    auto *stack = new QStackedWidget(this);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    stack->addWidget(m_scroll);
    auto *month = new QTableWidget(6, 7, this);
    month->setObjectName(QStringLiteral("calendarMonth"));
    month->verticalHeader()->hide();
    month->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    month->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    month->setEditTriggers(QAbstractItemView::NoEditTriggers);
    stack->addWidget(month);
    layout->addWidget(stack, 1);

    connect(previous, &QPushButton::clicked, this, [this] {
        setDate(m_mode == Mode::Week ? m_date.addDays(-7) : m_mode == Mode::Month ? m_date.addMonths(-1) : m_date.addDays(-1));
    });
    connect(next, &QPushButton::clicked, this, [this] {
        setDate(m_mode == Mode::Week ? m_date.addDays(7) : m_mode == Mode::Month ? m_date.addMonths(1) : m_date.addDays(1));
    });
    connect(today, &QPushButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this, stack](int) {
        m_mode = static_cast<Mode>(m_modeBox->currentData().toInt());
        stack->setCurrentIndex(m_mode == Mode::Month ? 1 : 0);
        reload();
    });
    connect(m_staffBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_staffFilter = index > 0 ? std::optional<Id>(m_staffBox->currentData().toLongLong()) : std::nullopt;
        reload();
    });
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_kindFilter = index > 0 ? std::optional(static_cast<AppointmentKind>(m_kindBox->currentData().toInt())) : std::nullopt;
        reload();
    });
    connect(month, &QTableWidget::cellDoubleClicked, this, [this, month](int row, int column) {
        if (QTableWidgetItem *item = month->item(row, column)) {
            m_date = item->data(Qt::UserRole).toDate();
            m_modeBox->setCurrentIndex(0);
        }
    });
    connect(print, &QPushButton::clicked, this, &CalendarView::printRouteSheet);
    connect(ics, &QPushButton::clicked, this, [this] {
        if (!m_staffFilter) {
            MessageBox::information(this, tr("Calendar file"), tr("Choose the person in the list first."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Calendar file"), QStringLiteral("ordo.ics"),
                                                          tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportIcsFile(*m_staffFilter, path);
    });
    connect(m_grid, &CalendarGrid::entryMoved, this, [this](Id id, std::optional<Id> staff, qint64 start, qint64 end) {
        const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(), [id](const auto &e) { return e.appointment.id == id; });
        if (it != m_entries.cend())
            moveEntry(id, staff.value_or(it->appointment.staffId), start, end);
    });
    connect(m_grid, &CalendarGrid::slotDragged, this, [this](std::optional<Id> staff, qint64 start, qint64 end) {
        const Id who = staff ? *staff : m_staffFilter.value_or(0);
        askAndBook(who, start, end);
    });
    connect(m_grid, &CalendarGrid::entryActivated, this, [this](Id id) {
        for (const auto &e : std::as_const(m_entries))
            if (e.appointment.id == id)
                emit openOrderRequested(e.appointment.orderId);
    });
    connect(&m_session.db.notifier(), &ChangeNotifier::orderChanged, this, &CalendarView::reload);
    connect(&m_session.db.notifier(), &ChangeNotifier::staffChanged, this, &CalendarView::reload);

    if (auto staff = StaffRepository(m_session.db).list(true)) {
        m_staffBox->addItem(tr("Everyone"));
        for (const auto &m : *staff) {
            if (m.role != Role::Sales && m.role != Role::Technician)
                continue;
            m_people << m;
            QPixmap chip(12, 12);
            chip.fill(QColor(m.colour));
            m_staffBox->addItem(QIcon(chip), m.name, QVariant::fromValue<qint64>(m.id));
        }
    }
    auto *chips = new QWidget(m_chipsArea);
    auto *chipsLayout = new QHBoxLayout(chips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    chipsLayout->setSpacing(4);
    chipsLayout->addWidget(new QLabel(tr("Show:"), chips));
    for (const auto &m : std::as_const(m_people)) {
        auto *chip = new QToolButton(chips);
        chip->setObjectName(QStringLiteral("calendarChip"));
        chip->setCheckable(true);
        chip->setChecked(true);
        chip->setText(m.name);
        chip->setToolTip(tr("Show or hide %1's visits").arg(m.name));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QPixmap dot(12, 12);
        dot.fill(QColor(m.colour));
        chip->setIcon(QIcon(dot));
        connect(chip, &QToolButton::toggled, this, &CalendarView::reload);
        chipsLayout->addWidget(chip);
        m_chips.insert(m.id, chip);
    }
    chipsLayout->addStretch(1);
    m_chipsArea->setWidget(chips);
    m_chipsArea->setFixedHeight(chips->sizeHint().height() + m_chipsArea->horizontalScrollBar()->sizeHint().height());
    reload();
    m_scroll->verticalScrollBar()->setValue((8 - CalendarGrid::FirstHour) * CalendarGrid::HourHeight);
}

void CalendarView::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(m_modeBox->findData(static_cast<int>(mode)));
}

void CalendarView::setPersonShown(Id staffId, bool shown)
{
    if (QToolButton *chip = m_chips.value(staffId))
        chip->setChecked(shown);
}

void CalendarView::setDate(const QDate &date)
{
    m_date = date;
    reload();
}

void CalendarView::setStaffFilter(std::optional<Id> staffId)
{
    m_staffBox->setCurrentIndex(staffId ? m_staffBox->findData(QVariant::fromValue<qint64>(*staffId)) : 0);
}

QList<QDate> CalendarView::visibleDays() const
{
    QList<QDate> days;
    switch (m_mode) {
    case Mode::Day:
    case Mode::People:
        days << m_date;
        break;
    case Mode::Week: {
        const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
        for (int i = 0; i < 7; ++i)
            days << monday.addDays(i);
        break;
    }
    case Mode::Month: {
        const QDate first(m_date.year(), m_date.month(), 1);
        const QDate start = first.addDays(1 - first.dayOfWeek());
        for (int i = 0; i < 42; ++i)
            days << start.addDays(i);
        break;
    }
    }
    return days;
}

void CalendarView::reload()
{
    const QList<QDate> days = visibleDays();
    const QLocale locale;
    QList<Id> staffIds;
    if (m_staffFilter)
        staffIds << *m_staffFilter;
    auto entries = AppointmentService(m_session.db)
                       .range(CalendarGrid::localToUtc(days.first(), 0),
                              QDateTime(days.last().addDays(1), QTime(0, 0)).toSecsSinceEpoch(), staffIds);
    if (!entries) {
        MessageBox::warning(this, tr("Calendar"), entries.error().message);
        return;
    }
    m_chipsArea->setVisible(!m_staffFilter && !m_chips.isEmpty());
    const auto shown = [this](Id staffId) {
        const QToolButton *chip = m_chips.value(staffId);
        return m_staffFilter || !chip || chip->isChecked();
    };
    m_entries.clear();
    QSet<Id> busy;
    for (const auto &e : *entries)
        // A cancelled visit is no longer anybody's (its order's history keeps it).
        if ((!m_kindFilter || e.appointment.kind == *m_kindFilter) && e.appointment.status != AppointmentStatus::Cancelled &&
            shown(e.appointment.staffId)) {
            m_entries << e;
            busy.insert(e.appointment.staffId);
        }
    QList<Id> lanes;
    if (!m_staffFilter && m_mode != Mode::People)
        for (const auto &m : std::as_const(m_people))
            if (busy.contains(m.id))
                lanes << m.id;
    m_grid->setPersonLanes(lanes);

    const StaffMember *only = nullptr;
    for (const auto &m : m_people)
        if (m_staffFilter && m.id == *m_staffFilter)
            only = &m;
    QList<CalendarGrid::Column> columns;
    if (m_mode == Mode::People) {
        for (const auto &m : m_people) {
            if ((m_staffFilter && m.id != *m_staffFilter) || !shown(m.id))
                continue;
            CalendarGrid::Column c{m_date, m.id, m.name, std::nullopt};
            if (m.hours.days & (1 << (m_date.dayOfWeek() - 1)))
                c.workingMinutes = std::make_pair(m.hours.startMinute, m.hours.endMinute);
            columns << c;
        }
        m_title->setText(locale.toString(m_date, QLocale::LongFormat));
    } else if (m_mode != Mode::Month) {
        for (const QDate &d : days) {
            CalendarGrid::Column c{d, std::nullopt, locale.toString(d, QStringLiteral("ddd d MMM")), std::nullopt};
            const WorkingHours hours = only ? only->hours : WorkingHours{};
            if (hours.days & (1 << (d.dayOfWeek() - 1)))
                c.workingMinutes = std::make_pair(hours.startMinute, hours.endMinute);
            columns << c;
        }
        m_title->setText(days.size() == 1 ? locale.toString(m_date, QLocale::LongFormat)
                                          : tr("%1 – %2").arg(locale.toString(days.first(), QLocale::ShortFormat),
                                                              locale.toString(days.last(), QLocale::ShortFormat)));
    } else {
        m_title->setText(locale.toString(m_date, QStringLiteral("MMMM yyyy")));
        auto *month = findChild<QTableWidget *>(QStringLiteral("calendarMonth"));
        QStringList names;
        for (int d = 1; d <= 7; ++d)
            names << locale.dayName(d, QLocale::ShortFormat);
        month->setHorizontalHeaderLabels(names);
        for (int i = 0; i < days.size(); ++i) {
            QStringList lines{QString::number(days[i].day())};
            int count = 0;
            for (const auto &e : std::as_const(m_entries))
                if (QDateTime::fromSecsSinceEpoch(e.appointment.startsAt).toLocalTime().date() == days[i]) {
                    if (++count <= 4)
                        lines << QStringLiteral("%1 %2").arg(timeText(e.appointment.startsAt), e.staffName);
                }
            if (count > 4)
                lines << tr("and %n more", nullptr, count - 4);
            auto *item = new QTableWidgetItem(lines.join(QLatin1Char('\n')));
            item->setData(Qt::UserRole, days[i]);
            item->setTextAlignment(Qt::AlignTop | Qt::AlignLeft);
            if (days[i].month() != m_date.month())
                item->setForeground(palette().placeholderText());
            month->setItem(i / 7, i % 7, item);
        }
    }
    m_grid->setColumns(columns);
    m_grid->setEntries(m_entries);
}

bool CalendarView::moveEntry(Id appointmentId, Id staffId, qint64 startsAt, qint64 endsAt)
{
    AppointmentService service(m_session.db);
    auto current = service.find(appointmentId);
    if (!current) {
        MessageBox::warning(this, tr("Calendar"), current.error().message);
        reload();
        return false;
    }
    auto check = service.check(staffId, startsAt, endsAt, appointmentId);
    if (!check) {
        MessageBox::warning(this, tr("Calendar"), check.error().message);
        return false;
    }
    bool confirmed = false;
    if (!check->ok()) {
        QString name;
        for (const auto &m : std::as_const(m_people))
            if (m.id == staffId)
                name = m.name;
        const auto answer = MessageBox::question(this, tr("Check this booking"),
                                                 tr("%1\n\nBook it anyway?").arg(check->describe(name)),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            reload();
            return false;
        }
        confirmed = true;
    }
    auto moved = service.reschedule(appointmentId, current->version, staffId, startsAt, endsAt, m_session.actor, confirmed);
    if (!moved) {
        MessageBox::warning(this, tr("Not moved"), moved.error().message);
        reload();
        return false;
    }
    reload();
    return true;
}

bool CalendarView::bookSlot(Id staffId, qint64 startsAt, qint64 endsAt, Id orderId, AppointmentKind kind)
{
    AppointmentService service(m_session.db);
    auto check = service.check(staffId, startsAt, endsAt);
    if (!check) {
        MessageBox::warning(this, tr("Calendar"), check.error().message);
        return false;
    }
    bool confirmed = false;
    if (!check->ok()) {
        QString name;
        for (const auto &m : std::as_const(m_people))
            if (m.id == staffId)
                name = m.name;
        if (MessageBox::question(this, tr("Check this booking"), tr("%1\n\nBook it anyway?").arg(check->describe(name)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return false;
        confirmed = true;
    }
    auto created = service.create({orderId, staffId, startsAt, endsAt, kind, {}}, m_session.actor, confirmed);
    if (!created) {
        MessageBox::warning(this, tr("Not booked"), created.error().message);
        return false;
    }
    reload();
    return true;
}

void CalendarView::askAndBook(Id staffId, qint64 startsAt, qint64 endsAt)
{
    if (!staffId) {
        MessageBox::information(this, tr("Book a visit"),
                                tr("Choose whose calendar first (the person list above, or the day-by-person view)."));
        return;
    }
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Book a visit"),
                                                 tr("Order number for %1 – %2 (for a new customer, use New call):")
                                                     .arg(timeText(startsAt), timeText(endsAt)),
                                                 QLineEdit::Normal, WorkOrderService::yearPrefix(m_session.db, Clock::today().year()), &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    auto order = WorkOrderService(m_session.db).findByNumber(number);
    if (!order) {
        MessageBox::warning(this, tr("Book a visit"), order.error().message);
        return;
    }
    bookSlot(staffId, startsAt, endsAt, order->id, AppointmentKind::Estimate);
}

QString CalendarView::routeSheetHtml(std::optional<Id> staffId, QSizeF pageSize) const
{
    QList<StaffMember> people;
    for (const auto &m : m_people)
        if (!staffId || m.id == *staffId)
            people << m;
    return RouteSheet(people, m_entries, visibleDays()).html(pageSize.isValid() ? pageSize : documentPageSize());
}

bool CalendarView::exportRouteSheet(std::optional<Id> staffId, const QString &pdfPath)
{
    if (!writeDocumentPdf(routeSheetHtml(staffId), pdfPath)) {
        MessageBox::error(this, tr("Route sheet"), tr("Could not write %1.").arg(pdfPath));
        return false;
    }
    return true;
}

bool CalendarView::exportIcsFile(Id staffId, const QString &path)
{
    const qint64 from = CalendarGrid::localToUtc(QDate::currentDate(), 0);
    auto entries = AppointmentService(m_session.db).range(from, from + 60 * 86400, {staffId});
    if (!entries) {
        MessageBox::error(this, tr("Calendar file"), entries.error().message);
        return false;
    }
    QString name;
    for (const auto &m : std::as_const(m_people))
        if (m.id == staffId)
            name = m.name;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportIcs(*entries, tr("Ordo — %1").arg(name), Clock::nowSecs())) < 0 ||
        !file.commit()) {
        MessageBox::error(this, tr("Calendar file"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void CalendarView::printRouteSheet()
{
    // With "Everyone" chosen, every person with visits on the days shown, each on their own pages.
    const std::optional<Id> staffId = m_staffFilter;
    QList<StaffMember> people;
    for (const auto &m : std::as_const(m_people))
        if (!staffId || m.id == *staffId)
            people << m;
    const QList<StaffMember> printed = RouteSheet(people, m_entries, visibleDays()).printedPeople();
    if (printed.isEmpty()) {
        MessageBox::information(this, tr("Route sheet"),
                                staffId ? tr("%1 has no visits on the days shown.").arg(people.value(0).name)
                                        : tr("Nobody has visits on the days shown."));
        return;
    }
    const QString who = printed.size() == 1 ? printed.first().name : tr("%n people", nullptr, int(printed.size()));
    const int choice = MessageBox::choose(this, tr("Route sheet"),
                                          tr("Print the route sheet of %1, or save it as a PDF?").arg(who),
                                          {tr("Print preview…"), tr("Save as PDF…")});
    if (choice == 1) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save route sheet"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportRouteSheet(staffId, path);
        return;
    }
    if (choice != 0)
        return;
    // Laid out again for the printer's paper, so that no visit is split across its pages.
    printPreview(this, {{}, false, [this, staffId](QPagedPaintDevice *device) {
                     printDocument(routeSheetHtml(staffId, documentPageSize(device)), device);
                 }});
}

} // namespace ordo
