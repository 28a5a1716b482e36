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

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
        QFont bold = font();
        bold.setBold(true);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.83);
        m_height = 2 * QFontMetrics(bold).lineSpacing() + QFontMetrics(small).lineSpacing() + 2 * 4 + 4;
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {100, m_height}; }
    QSize minimumSizeHint() const override { return {20, m_height}; }
    bool hasHeightForWidth() const override { return false; }
    int heightForWidth(int) const override { return m_height; }

private:
    int m_height = 0;
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
    m_text->setPlaceholderText(tr("Filter: number, customer, title, person…"));
    m_text->setClearButtonEnabled(true);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("boardAssigneeFilter"));
    // A fixed width: a company with two hundred people would otherwise measure every name on show.
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(18);
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
    filters->addWidget(m_text, 3);
    filters->addWidget(m_assignee, 1);
    filters->addWidget(m_priority, 1);
    filters->addWidget(m_jobType, 1);
    filters->addWidget(m_overdue);
    filters->addWidget(m_status, 1, Qt::AlignRight);
    layout->addLayout(filters);
    layout->addWidget(buildErrorBar());

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_columnsHost = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    scroll->setWidget(m_columnsHost);
    layout->addWidget(scroll, 1);

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
    auto *delegate = new CardDelegate(this);
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
        header->setTextFormat(Qt::RichText);
        header->setWordWrap(true);
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
        view->setItemDelegate(delegate);
        v->addWidget(header);
        v->addWidget(view, 1);
        m_columnsLayout->addWidget(frame);

        connect(view, &BoardColumnView::cardDropped, this, [this](Id orderId, qint64 version, Id to) {
            requestMove(orderId, version, to);
        });
        connect(view, &BoardColumnView::dropRefused, this, &BoardView::showRefusal);
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
            details << responsible.toHtmlEscaped();
        if (!target.isEmpty())
            details << tr("target %1").arg(target);
        c.header->setText(QStringLiteral("<b>%1</b> <span>(%2)</span><br/><small>%3</small>")
                              .arg(c.step.name.toHtmlEscaped(), counter, details.join(QStringLiteral(" · "))));
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
    auto *command = new MoveCommand(m_session.db, m_session.actor, orderId, version, toStepId, text,
                                    [this](const Error &e) {
                                        m_lastMoveRefused = true;
                                        MessageBox::warning(this, tr("Move not possible"), e.message);
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

void BoardView::showRefusal(Id orderId, Id toStepId)
{
    const BoardCard *card = m_model->card(orderId);
    if (!card)
        return;
    // Ask the engine, so the words are the same everywhere; the check writes nothing.
    auto r = OrderMoves(m_session.db).check(orderId, card->version, toStepId);
    if (!r)
        MessageBox::warning(this, tr("Move not possible"), r.error().message);
}

void BoardView::showMoveMenu(Id orderId, const QPoint &globalPos)
{
    const BoardCard *card = m_model->card(orderId);
    if (!card)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open %1").arg(card->number), this, [this, orderId] { emit openOrderRequested(orderId); });
    QMenu *moveTo = menu.addMenu(tr("Move to"));
    const WorkflowVersion &wf = m_model->workflow();
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
