#include "ui/board/BoardView.h"

#include "ui/board/BoardColumnProxy.h"
#include "ui/board/BoardColumnView.h"
#include "ui/board/BoardModel.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/MoveCommand.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Palette.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/common/Clock.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OrderMoves.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ordo {

namespace {

// A column's header: the step's name on up to two lines, the count and the details, in a box of
// fixed size. Its size never depends on its text, so a count that changes after a move does not
// make the layout measure wrapped rich text again (a third of a move's time before).
class ColumnHeader final : public QLabel
{
public:
    explicit ColumnHeader(QWidget *parent) : QLabel(parent)
    {
        m_bold = font();
        m_bold.setBold(true);
        m_small = font();
        m_small.setPointSizeF(m_small.pointSizeF() * 0.83);
        m_height = 2 * QFontMetrics(m_bold).lineSpacing() + QFontMetrics(m_small).lineSpacing() + 2 * 4 + 4;
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setTextFormat(Qt::PlainText);
    }
    QSize sizeHint() const override { return {100, m_height}; }
    QSize minimumSizeHint() const override { return {20, m_height}; }
    bool hasHeightForWidth() const override { return false; }
    int heightForWidth(int) const override { return m_height; }

    // Painted here in three fonts, not as rich text: laying out 17 documents again cost a fifth of a
    // keystroke in the filter at 10,000 cards. text() keeps the words, for screen readers and tests.
    void setParts(const QString &name, const QString &counter, const QString &details)
    {
        if (name == m_name && counter == m_counter && details == m_details)
            return;
        m_name = name;
        m_counter = counter;
        m_details = details;
        setText(QStringLiteral("%1 (%2)\n%3").arg(name, counter, details));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect r = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
        const QFontMetrics bold(m_bold);
        const QFontMetrics normal(font());
        const QFontMetrics small(m_small);
        p.setPen(palette().color(QPalette::WindowText));
        // The name in bold and its count after it, wrapped at spaces over two lines at most.
        struct Piece
        {
            QString text;
            bool strong;
        };
        QList<Piece> pieces;
        for (const QString &word : m_name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            pieces.append({word, true});
        pieces.append({QStringLiteral("(%1)").arg(m_counter), false});
        const int end = r.left() + r.width();  // one past the last pixel
        const int space = normal.horizontalAdvance(QLatin1Char(' '));
        // The count is never elided away: the second line keeps room for it after the name.
        const int counterRoom = space + normal.horizontalAdvance(pieces.last().text);
        int x = r.left();
        int line = 0;
        for (int i = 0; i < pieces.size(); ++i) {
            const bool counter = i == pieces.size() - 1;
            const QFontMetrics &fm = pieces[i].strong ? bold : normal;
            const int gap = x > r.left() ? space : 0;
            QString text = pieces[i].text;
            int width = fm.horizontalAdvance(text);
            if (x + gap + width > end && x > r.left() && line == 0) {
                line = 1;
                x = r.left();
            } else {
                x += gap;
            }
            const int limit = line == 1 && !counter ? end - counterRoom : end;
            if (x + width > limit) {  // the last line is full: what is left is elided
                text = fm.elidedText(text, Qt::ElideRight, std::max(0, limit - x));
                width = fm.horizontalAdvance(text);
            }
            p.setFont(pieces[i].strong ? m_bold : font());
            p.drawText(x, r.top() + line * bold.lineSpacing() + bold.ascent(), text);
            x += width;
        }
        p.setFont(m_small);
        p.drawText(r.left(), r.top() + (line + 1) * bold.lineSpacing() + small.ascent(),
                   small.elidedText(m_details, Qt::ElideRight, r.width()));
    }

private:
    QFont m_bold;
    QFont m_small;
    int m_height = 0;
    QString m_name;
    QString m_counter;
    QString m_details;
};

constexpr int ColumnWidth = 250;

QString targetText(const Step &step)
{
    if (!step.targetMinutes)
        return {};
    const qint64 m = *step.targetMinutes;
    if (m % (24 * 60) == 0)
        return BoardView::tr("%n day(s)", nullptr, static_cast<int>(m / (24 * 60)));
    return BoardView::tr("%n hour(s)", nullptr, static_cast<int>(std::max<qint64>(1, m / 60)));
}

} // namespace

BoardView::BoardView(Session session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_undo(undoStack), m_model(new BoardModel(m_session.db, this))
{
    setObjectName(QStringLiteral("boardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    auto *filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("boardFilterText"));
    m_text->setPlaceholderText(tr("Filter: number, name, phone…"));
    m_text->setToolTip(tr("Finds cards as the Orders search does (number, customer, phone, address, title), and by "
                          "the person who has them; accents do not matter. Tab goes on to the cards."));
    m_text->setClearButtonEnabled(true);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("boardAssigneeFilter"));
    // A fixed width: a company with two hundred people would otherwise measure every name on show.
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(14);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("boardPriorityFilter"));
    m_priority->addItem(tr("Any priority"));
    m_priority->addItem(tr("High or urgent"), static_cast<int>(Priority::High));
    m_priority->addItem(tr("Urgent only"), static_cast<int>(Priority::Urgent));
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("boardOverdueFilter"));
    m_jobType = new QComboBox(this);
    m_jobType->setObjectName(QStringLiteral("boardJobTypeFilter"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    // Narrow lists and a status that wraps, so that the board fits a 1024-pixel screen.
    // (whole at 1366 px, narrower only when the screen is).
    for (QComboBox *box : {m_priority, m_jobType})
        box->setMinimumWidth(100);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_assignee);
    filters->addWidget(m_priority);
    filters->addWidget(m_jobType);
    filters->addWidget(m_overdue);
    filters->addWidget(m_status, 1, Qt::AlignRight);
    layout->addLayout(filters);
    layout->addWidget(buildErrorBar());

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // not a stop of its own between the filter and the cards
    m_columnsHost = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    scroll->setWidget(m_columnsHost);
    layout->addWidget(scroll, 1);
    m_delegate = new CardDelegate(this);

    // The notice over the board: a refused drop's reason, a booking's confirmation.
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("boardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_notice->hide();
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, &BoardView::hideNotice);
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(5000);
    connect(&m_highlightTimer, &QTimer::timeout, this, &BoardView::clearHighlight);

    connect(m_text, &QLineEdit::textChanged, this, &BoardView::applyFilter);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_jobType, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &BoardView::applyFilter);
    connect(m_model, &BoardModel::reloaded, this, &BoardView::buildColumns);
    // Headers are refreshed once per burst of model signals, not once per signal.
    m_headerTimer.setSingleShot(true);
    m_headerTimer.setInterval(0);
    connect(&m_headerTimer, &QTimer::timeout, this, &BoardView::updateHeaders);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BoardView::scheduleHeaders);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BoardView::scheduleHeaders);
    connect(m_model, &BoardModel::filterChanged, this, &BoardView::scheduleHeaders);
    connect(m_model, &BoardModel::closedTotalsChanged, this, &BoardView::scheduleHeaders);
    connect(m_model, &BoardModel::closedTotalsChanged, this, &BoardView::fillFilterChoices);  // job types of the rest

    auto *moveShortcut = new QShortcut(QKeySequence(tr("Ctrl+M")), this);
    connect(moveShortcut, &QShortcut::activated, this, [this] {
        if (auto id = currentOrder()) {
            for (const auto &c : std::as_const(m_columns)) {
                if (c.view->hasFocus()) {
                    const QRect r = c.view->visualRect(c.view->currentIndex());
                    showMoveMenu(*id, c.view->viewport()->mapToGlobal(r.center()));
                    return;
                }
            }
        }
    });
    // On to the next step of the map, without a menu.
    auto *nextShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+M")), this);
    connect(nextShortcut, &QShortcut::activated, this, &BoardView::moveCurrentToNextStep);
    // The rest of the board is read once its first page has been painted (see BoardModel::holdRest).
    m_model->holdRest();
    m_columnsHost->installEventFilter(this);
    reload();
}

// Said in the page, not in a dialog: a reload after another PC's change fails when nobody asked for it.
QWidget *BoardView::buildErrorBar()
{
    m_error = new QWidget(this);
    m_error->setObjectName(QStringLiteral("boardError"));
    auto *errorLayout = new QHBoxLayout(m_error);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorText = new QLabel(m_error);
    m_errorText->setObjectName(QStringLiteral("boardErrorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setStyleSheet(palette::errorText());
    auto *retry = new QPushButton(tr("Try again"), m_error);
    retry->setObjectName(QStringLiteral("boardRetry"));
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(retry);
    m_error->hide();
    connect(m_model, &BoardModel::loadFailed, this, [this](const QString &message) {
        m_errorText->setText(tr("The board could not be read: %1").arg(message));
        m_error->show();
    });
    connect(m_model, &BoardModel::reloaded, m_error, &QWidget::hide);
    connect(retry, &QPushButton::clicked, this, &BoardView::reload);
    return m_error;
}

void BoardView::reload()
{
    m_model->reload();
}

void BoardView::fillFilterChoices()
{
    const QVariant assignee = m_assignee->currentData();
    const QString jobType = m_jobType->currentText();
    const QSignalBlocker blockA(m_assignee);
    const QSignalBlocker blockJ(m_jobType);
    m_assignee->clear();
    m_assignee->addItem(tr("Everyone"));
    m_assignee->addItem(tr("Unassigned"), QVariant::fromValue<qint64>(0));
    if (auto staff = StaffRepository(m_session.db).list(true)) {
        for (const auto &m : *staff)
            if (m.role == Role::Sales || m.role == Role::Technician)
                m_assignee->addItem(m.name, QVariant::fromValue<qint64>(m.id));
    }
    const int a = m_assignee->findData(assignee);
    m_assignee->setCurrentIndex(a >= 0 ? a : 0);
    m_jobType->clear();
    m_jobType->addItem(tr("Any job type"));
    m_jobType->addItems(m_model->jobTypes());
    const int j = m_jobType->findText(jobType);
    m_jobType->setCurrentIndex(j > 0 ? j : 0);
}

void BoardView::buildColumns()
{
    fillFilterChoices();
    for (const auto &c : std::as_const(m_columns)) {
        c.header->parentWidget()->deleteLater();
        c.proxy->deleteLater();
    }
    m_columns.clear();
    while (m_columnsLayout->count() > 0)
        delete m_columnsLayout->takeAt(0);

    const WorkflowVersion &wf = m_model->workflow();
    m_lastColumn = -1;
    for (const Step &step : wf.steps) {
        auto *frame = new QFrame(m_columnsHost);
        frame->setObjectName(QStringLiteral("column-%1").arg(step.position));
        frame->setFixedWidth(ColumnWidth);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(2, 2, 2, 2);
        v->setSpacing(2);
        auto *header = new ColumnHeader(frame);
        header->setObjectName(QStringLiteral("columnHeader"));
        header->setMargin(4);
        header->setAutoFillBackground(true);
        header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const Id stepId = step.id;
        auto *view = new BoardColumnView(step.id, [this, stepId](Id from) {
            return m_model->workflow().allows(from, stepId);
        }, frame);
        view->setObjectName(QStringLiteral("columnView-%1").arg(step.position));
        auto *proxy = new BoardColumnProxy(m_model, step.id, !isActive(step.kind), this);
        view->setModel(proxy);
        view->setItemDelegate(m_delegate);
        // The board is one stop for Tab (the first column's, see eventFilter); a click still focuses.
        view->setFocusPolicy(m_columns.isEmpty() ? Qt::StrongFocus : Qt::ClickFocus);
        view->installEventFilter(this);
        v->addWidget(header);
        v->addWidget(view, 1);
        m_columnsLayout->addWidget(frame);

        connect(view, &BoardColumnView::cardDropped, this, [this, view](Id orderId, qint64 version, Id to) {
            m_dropColumn = view;
            requestMove(orderId, version, to);
            m_dropColumn = nullptr;
        });
        connect(view, &BoardColumnView::droppedAt, this, [this](const QPoint &at) { m_dropAt = at; });
        connect(view, &BoardColumnView::dropRefused, this, [this, view](Id orderId, Id to, const QPoint &at) {
            showRefusal(orderId, to, view, at);
        });
        connect(view, &QAbstractItemView::activated, this, [this, proxy](const QModelIndex &index) {
            emit openOrderRequested(proxy->data(index, BoardModel::OrderIdRole).toLongLong());
        });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view, proxy](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (index.isValid())
                showMoveMenu(proxy->data(index, BoardModel::OrderIdRole).toLongLong(), view->viewport()->mapToGlobal(pos));
        });
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &BoardView::scheduleHeaders);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &BoardView::scheduleHeaders);
        QString responsible;
        if (step.responsibleStaffId) {
            if (auto m = StaffRepository(m_session.db).find(*step.responsibleStaffId))
                responsible = m->name;
        } else if (step.responsibleRole) {
            responsible = displayName(*step.responsibleRole);
        }
        m_columns.append({step, responsible, header, view, proxy});
    }
    m_columnsLayout->addStretch(1);
    if (!m_columns.isEmpty()) {
        // Filter, then the cards, then the other filters: the board is one Tab from the filter.
        setTabOrder(m_text, m_columns.first().view);
        setTabOrder(m_columns.first().view, m_assignee);
        setTabOrder(m_assignee, m_priority);
        setTabOrder(m_priority, m_jobType);
        setTabOrder(m_jobType, m_overdue);
    }
    updateHeaders();
}

void BoardView::updateHeaders()
{
    qint64 shown = 0;
    qint64 open = 0;
    for (const auto &c : std::as_const(m_columns)) {
        // Until the rest of a busy board is in, an open column counts what the database says.
        const bool partial = !m_model->complete() && m_model->filter().isEmpty() && isActive(c.step.kind);
        const int count = partial ? static_cast<int>(m_model->openCount(c.step.id)) : c.proxy->rowCount();
        shown += count;
        const QString &responsible = c.responsible;
        QString counter;
        if (isActive(c.step.kind)) {
            open += count;
            counter = QString::number(count);
            if (c.step.wipLimit)
                counter = tr("%1 of %2").arg(count).arg(*c.step.wipLimit);
        } else {
            counter = m_model->closedTotalsKnown()
                          ? tr("latest %1 of %2").arg(count).arg(QLocale().toString(m_model->closedTotal(c.step.id)))
                          : tr("latest %1").arg(count);
        }
        const QString target = targetText(c.step);
        QStringList details;
        if (!responsible.isEmpty())
            details << responsible;
        if (!target.isEmpty())
            details << tr("target %1").arg(target);
        static_cast<ColumnHeader *>(c.header)->setParts(c.step.name, counter, details.join(QStringLiteral(" · ")));
        const bool overLimit = c.step.wipLimit && count > *c.step.wipLimit;
        if (c.header->property("overLimit").toBool() != overLimit || !c.header->property("overLimit").isValid()) {
            c.header->setProperty("overLimit", overLimit);
            QPalette p = c.header->palette();
            p.setColor(QPalette::Window, overLimit ? QColor(0xff, 0xcc, 0x80) : QPalette().color(QPalette::Button));
            c.header->setPalette(p);
            c.header->setToolTip(overLimit ? tr("More orders than the limit of %1 for this step.").arg(*c.step.wipLimit)
                                           : QString());
        }
    }
    m_status->setText(tr("%n open order(s) shown", nullptr, static_cast<int>(open)));
}

void BoardView::scheduleHeaders()
{
    m_headerTimer.start();
}

void BoardView::applyFilter()
{
    BoardFilter f;
    f.text = m_text->text().trimmed();
    if (m_assignee->currentIndex() > 0)
        f.assigneeId = m_assignee->currentData().toLongLong();
    if (m_priority->currentIndex() > 0)
        f.minPriority = static_cast<Priority>(m_priority->currentData().toInt());
    f.overdueOnly = m_overdue->isChecked();
    if (m_jobType->currentIndex() > 0)
        f.jobType = m_jobType->currentText();
    m_model->setFilter(f);
}

BoardColumnView *BoardView::column(Id stepId) const
{
    for (const auto &c : m_columns)
        if (c.step.id == stepId)
            return c.view;
    return nullptr;
}

std::optional<Id> BoardView::currentOrder() const
{
    for (const auto &c : m_columns) {
        if (c.view->hasFocus() && c.view->currentIndex().isValid())
            return c.proxy->data(c.view->currentIndex(), BoardModel::OrderIdRole).toLongLong();
    }
    return std::nullopt;
}

bool BoardView::confirmVisitsCancelled(Id orderId, const Step &to)
{
    auto upcoming = AppointmentService(m_session.db).upcomingForOrder(orderId, Clock::nowSecs());
    if (!upcoming || upcoming->isEmpty())
        return true;  // a read that failed is not a reason to stop: the move itself reports real trouble
    QStringList visits;
    for (const CalendarEntry &e : *upcoming)
        visits << AppointmentService::describe(e);
    const BoardCard *card = m_model->card(orderId);
    const QString question =
        tr("%1 still has %n visit(s) to come:", nullptr, static_cast<int>(upcoming->size())).arg(card ? card->number : QString()) +
        QStringLiteral("\n\n• ") + visits.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") +
        tr("Moving it to “%1” cancels them: they leave the calendar and the route sheets, and undoing the move "
           "does not book them again. Move it?").arg(to.name);
    return MessageBox::question(this, tr("Cancel the visits?"), question, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

bool BoardView::requestMove(Id orderId, qint64 version, Id toStepId)
{
    const Step *to = m_model->workflow().step(toStepId);
    const BoardCard *card = m_model->card(orderId);
    const QString text = tr("Move %1 to “%2”").arg(card ? card->number : QString(), to ? to->name : QString());
    if (to && (to->kind == StepKind::Done || to->kind == StepKind::Cancelled) && !confirmVisitsCancelled(orderId, *to))
        return false;
    m_lastMoveRefused = false;
    hideNotice();
    auto *command = new MoveCommand(m_session.db, m_session.actor, orderId, version, toStepId, text,
                                    [this, orderId, toStepId](const Error &e) {
                                        m_lastMoveRefused = true;
                                        reportMoveFailure(e, orderId, toStepId);
                                    });
    m_undo->push(command);  // redo() runs now; a refused move marks itself obsolete and leaves the stack
    if (m_lastMoveRefused)
        return false;
    if (to && to->handler == StepHandler::ScheduleVisit) {
        // A salesperson's step visits to estimate; any other (after the quote) installs.
        emit visitRequested(orderId, to->responsibleRole == Role::Sales ? AppointmentKind::Estimate : AppointmentKind::Installation);
    }
    return true;
}

void BoardView::showRefusal(Id orderId, Id toStepId, BoardColumnView *column, const QPoint &at)
{
    const BoardCard *card = m_model->card(orderId);
    if (!card)
        return;
    // Ask the engine, so the words are the same everywhere; the check writes nothing.
    auto r = OrderMoves(m_session.db).check(orderId, card->version, toStepId, m_session.actor);
    if (r)
        return;
    showNotice(r.error().message, column->viewport(), at, NoticeKind::Refusal);
    emit statusMessage(r.error().message, 15000);
}

void BoardView::reportMoveFailure(const Error &e, Id orderId, Id toStepId)
{
    Q_UNUSED(toStepId)
    if (e.code != ErrorCode::Forbidden) {
        MessageBox::warning(this, tr("Move not possible"), e.message);
        return;
    }
    if (m_dropColumn) {
        showNotice(e.message, m_dropColumn->viewport(), m_dropAt, NoticeKind::Refusal);
    } else if (const BoardCard *card = m_model->card(orderId); card && column(card->stepId)) {
        // From the keyboard or the menu: beside the card that did not move.
        BoardColumnView *view = column(card->stepId);
        const auto *proxy = static_cast<const BoardColumnProxy *>(view->model());
        const QRect r = view->visualRect(proxy->mapFromSource(m_model->indexOf(orderId)));
        showNotice(e.message, view->viewport(), r.isValid() ? r.center() : QPoint(0, 0), NoticeKind::Refusal);
    } else {
        MessageBox::warning(this, tr("Move not possible"), e.message);
        return;
    }
    emit statusMessage(e.message, 15000);
}

void BoardView::showNotice(const QString &text, QWidget *near, const QPoint &at, NoticeKind kind)
{
    m_notice->setStyleSheet(kind == NoticeKind::Refusal
        ? QStringLiteral("#boardNotice { background: #fdecea; color: #7f1d1d; border: 1px solid %1; border-radius: 4px; "
                         "padding: 6px; }").arg(palette::Error)
        : QStringLiteral("#boardNotice { background: %1; color: #3d3000; border: 1px solid %2; border-radius: 4px; "
                         "padding: 6px; }").arg(palette::NoticeBackground, palette::NoticeBorder));
    m_notice->setText(text);
    m_notice->ensurePolished();  // the style sheet's padding counts in the sizes below
    // As wide as a column and a half, never wider than the board; below the point, or above it
    // when there is no room.
    const int widest = std::min(ColumnWidth * 3 / 2, std::max(120, this->width() - 16));
    // The style sheet's border and padding (7 px a side), or the label's own margins if larger.
    const QMargins own = m_notice->contentsMargins();
    const QMargins margins(std::max(7, own.left()), std::max(7, own.top()), std::max(7, own.right()), std::max(7, own.bottom()));
    const int width = std::min(widest, m_notice->fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() +
                                           2 * m_notice->margin() + 24);
    m_notice->setFixedWidth(width);
    const int textWidth = width - margins.left() - margins.right() - 2 * m_notice->margin();
    const QRect textRect = m_notice->fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, text);
    // The label's own measure of its wrapped text when it needs more (it wraps at word breaks of its
    // own layout, which can take a line more than the estimate above).
    m_notice->setMinimumHeight(0);
    m_notice->setMaximumHeight(QWIDGETSIZE_MAX);
    m_notice->setFixedHeight(std::max(textRect.height() + margins.top() + margins.bottom() + 2 * m_notice->margin() + 4,
                                      m_notice->heightForWidth(width) + 4));
    const QPoint p = near->mapTo(this, at);
    const QPoint left = near->mapTo(this, QPoint(0, 0));
    int x = std::clamp(left.x(), 8, std::max(8, this->width() - width - 8));
    int y = p.y() + 12;
    if (y + m_notice->height() > height() - 8)
        y = p.y() - 12 - m_notice->height();
    y = std::clamp(y, 8, std::max(8, height() - m_notice->height() - 8));
    m_notice->move(x, y);
    m_notice->raise();
    m_notice->show();
    // Long enough to read: a second for every fifteen characters, between 4 and 15 seconds.
    m_noticeTimer.start(std::clamp(static_cast<int>(text.size()) * 1000 / 15, 4000, 15000));
    // The next click or key anywhere puts it away.
    qApp->removeEventFilter(this);
    qApp->installEventFilter(this);
}

void BoardView::hideNotice()
{
    qApp->removeEventFilter(this);
    m_noticeTimer.stop();
    m_notice->hide();
}

QString BoardView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void BoardView::clearHighlight()
{
    m_delegate->setHighlighted(0);
    for (const auto &c : std::as_const(m_columns))
        c.view->viewport()->update();
}

bool BoardView::highlightOrder(Id orderId, const QString &message)
{
    const BoardCard *card = m_model->card(orderId);
    if (!card || !column(card->stepId))
        return false;
    const int row = m_model->indexOf(orderId).row();
    if (!m_model->visibleAt(row)) {
        // A filter hides it: the board shows everything again rather than hide what was just booked.
        const QSignalBlocker blockT(m_text), blockA(m_assignee), blockP(m_priority), blockJ(m_jobType), blockO(m_overdue);
        m_text->clear();
        m_assignee->setCurrentIndex(0);
        m_priority->setCurrentIndex(0);
        m_jobType->setCurrentIndex(0);
        m_overdue->setChecked(false);
        applyFilter();
    }
    m_delegate->setHighlighted(orderId);
    m_highlightTimer.start();
    if (!focusCard(orderId))
        return false;
    BoardColumnView *view = column(card->stepId);
    view->viewport()->update();
    if (!message.isEmpty()) {
        const QRect r = view->visualRect(view->currentIndex());
        showNotice(message, view->viewport(), QPoint(r.left(), r.bottom() - 8), NoticeKind::Confirmation);
    }
    return true;
}

bool BoardView::focusCard(Id orderId)
{
    const BoardCard *card = m_model->card(orderId);
    if (!card)
        return false;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].step.id != card->stepId)
            continue;
        const QModelIndex index = m_columns[i].proxy->mapFromSource(m_model->indexOf(orderId));
        if (!index.isValid())
            return false;
        return focusColumn(i, index.row());
    }
    return false;
}

bool BoardView::focusColumn(int column, int row)
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const Column &c = m_columns[column];
    const int rows = c.proxy->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex index = c.proxy->index(std::clamp(row, 0, rows - 1), 0);
    // One selected card on the board: the column left keeps its place (for Tab back) but not a mark.
    for (const auto &other : std::as_const(m_columns))
        if (other.view != c.view && other.view->selectionModel())
            other.view->selectionModel()->clearSelection();
    c.view->setCurrentIndex(index);
    c.view->scrollTo(index);
    c.view->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(c.view->parentWidget(), 0, 0);
    m_lastColumn = column;
    return true;
}

int BoardView::columnOf(const QObject *view) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].view == view)
            return i;
    return -1;
}

void BoardView::moveAcross(int fromColumn, int direction)
{
    const int row = std::max(0, m_columns[fromColumn].view->currentIndex().row());
    for (int i = fromColumn + direction; i >= 0 && i < m_columns.size(); i += direction) {
        if (m_columns[i].proxy->rowCount() > 0) {
            focusColumn(i, row);
            return;
        }
    }
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_columnsHost && type == QEvent::Paint) {
        // The first page is being painted: its rest is read once this paint is done.
        m_columnsHost->removeEventFilter(this);
        QTimer::singleShot(0, m_model, &BoardModel::releaseRest);
    }
    // While a notice is on show (this filter is then on the application too): the next action ends it.
    if (!m_notice->isHidden() && (type == QEvent::MouseButtonPress || type == QEvent::KeyPress || type == QEvent::DragEnter)) {
        const auto *key = type == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
        const bool modifierOnly = key && (key->key() == Qt::Key_Shift || key->key() == Qt::Key_Control ||
                                          key->key() == Qt::Key_Alt || key->key() == Qt::Key_Meta);
        if (!modifierOnly)
            hideNotice();
    }
    const int column = (type == QEvent::KeyPress || type == QEvent::FocusIn) ? columnOf(watched) : -1;
    if (column < 0)
        return QWidget::eventFilter(watched, event);
    if (type == QEvent::FocusIn) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) {
            // Arriving by Tab: at the card the keys were on before, else at the first card on the board.
            int target = m_lastColumn >= 0 && m_columns[m_lastColumn].proxy->rowCount() > 0 ? m_lastColumn : -1;
            for (int i = 0; target < 0 && i < m_columns.size(); ++i)
                if (m_columns[i].proxy->rowCount() > 0)
                    target = i;
            if (target >= 0 && (target != column || !m_columns[target].view->currentIndex().isValid())) {
                focusColumn(target, m_columns[target].view->currentIndex().row());
                return false;
            }
        }
        m_lastColumn = column;
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
        moveAcross(column, key->key() == Qt::Key_Left ? -1 : 1);
        return true;
    }
    // One Tab stop for the whole board: Tab goes on to the other filters, Shift+Tab back to the text.
    if (key->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        m_assignee->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && mods == Qt::ShiftModifier)) {
        m_text->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool BoardView::moveCurrentToNextStep()
{
    const auto id = currentOrder();
    if (!id)
        return false;
    const BoardCard *card = m_model->card(*id);
    if (!card)
        return false;
    const Step *from = m_model->workflow().step(card->stepId);
    const Step *next = m_model->workflow().nextStep(card->stepId);
    if (!next) {
        const QString why = tr("%1 has no next step: from “%2” the process map goes on to no other step. "
                               "Ctrl+M shows where it can go.").arg(card->number, from ? from->name : QString());
        reportMoveFailure(makeError(ErrorCode::Forbidden, why), *id, card->stepId);
        return false;
    }
    const Id orderId = *id;
    if (!requestMove(orderId, card->version, next->id))
        return false;
    focusCard(orderId);  // the keys stay on the card in its new column
    return true;
}

void BoardView::showMoveMenu(Id orderId, const QPoint &globalPos)
{
    const BoardCard *card = m_model->card(orderId);
    if (!card)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open %1").arg(card->number), this, [this, orderId] { emit openOrderRequested(orderId); });
    const WorkflowVersion &wf = m_model->workflow();
    if (const Step *next = wf.nextStep(card->stepId)) {
        const Id nextId = next->id;
        const qint64 version = card->version;
        QAction *forward = menu.addAction(tr("On to “%1”").arg(next->name), this,
                                          [this, orderId, version, nextId] { requestMove(orderId, version, nextId); });
        forward->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    }
    QMenu *moveTo = menu.addMenu(tr("Move to"));
    for (const auto &s : wf.steps) {
        if (!wf.allows(card->stepId, s.id))
            continue;
        const Id stepId = s.id;
        const qint64 version = card->version;
        moveTo->addAction(s.name, this, [this, orderId, version, stepId] { requestMove(orderId, version, stepId); });
    }
    moveTo->setEnabled(!moveTo->isEmpty());
    menu.exec(globalPos);
}

} // namespace ordo
