#include "ui/process/ProcessView.h"
#include "ui/common/Palette.h"

#include "ui/common/MessageBox.h"
#include "core/people/StaffRepository.h"
#include "ui/process/ProcessDiagram.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

enum StepColumn { NameColumn, KindColumn, ResponsibleColumn, TargetColumn, HandlerColumn, WipColumn, StepColumns };

QString targetText(const std::optional<qint64> &minutes)
{
    if (!minutes)
        return {};
    if (*minutes % (24 * 60) == 0)
        return ProcessView::tr("%1 d").arg(*minutes / (24 * 60));
    return ProcessView::tr("%1 h").arg(std::max<qint64>(1, *minutes / 60));
}

// "3 d", "3 días", "4 h", "4 horas", "3" (days). Empty: no target.
std::optional<std::optional<qint64>> parseTarget(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::optional<qint64>();
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\s*(d|day|days|día|días|dia|dias|h|hour|hours|hora|horas)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const bool hours = unit.startsWith(QLatin1Char('h'));
    return std::optional<qint64>(hours ? n * 60 : n * 24 * 60);
}

} // namespace

ProcessView::ProcessView(Session session, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_diagram(new ProcessDiagram(this)),
      m_steps(new QTableWidget(this)), m_transitions(new QTableWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("processView"));
    m_chooseDestination = [this](const RemovedStep &removed, const QStringList &names) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Where do its orders go?"),
            tr("%n open order(s) are in “%1”, which you removed. Move them to:", nullptr,
               static_cast<int>(removed.openOrders)).arg(removed.name),
            names, 0, false, &ok);
        return ok ? static_cast<int>(names.indexOf(chosen)) : -1;
    };

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *diagramScroll = new QScrollArea(splitter);
    diagramScroll->setWidget(m_diagram);
    diagramScroll->setWidgetResizable(true);
    splitter->addWidget(diagramScroll);

    auto *editor = new QWidget(splitter);
    auto *editorLayout = new QHBoxLayout(editor);
    auto *stepsBox = new QVBoxLayout;
    auto *stepsTitle = new QLabel(tr("<b>Steps</b> — in order; the first is where new orders start"), editor);
    stepsTitle->setWordWrap(true);
    stepsBox->addWidget(stepsTitle);
    m_steps->setObjectName(QStringLiteral("stepsTable"));
    m_steps->setColumnCount(StepColumns);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Kind"), tr("Responsible"), tr("Target"), tr("When an order enters"),
                                        tr("Limit")});
    m_steps->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_steps->setColumnWidth(KindColumn, 105);
    m_steps->setColumnWidth(ResponsibleColumn, 165);
    m_steps->setColumnWidth(TargetColumn, 60);
    m_steps->setColumnWidth(HandlerColumn, 170);
    m_steps->setColumnWidth(WipColumn, 55);
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    stepsBox->addWidget(m_steps, 1);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, editor);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    QPushButton *add = button(tr("Add step"), "addStep");
    QPushButton *remove = button(tr("Remove step"), "removeStep");
    QPushButton *up = button(tr("Move up"), "moveStepUp");
    QPushButton *down = button(tr("Move down"), "moveStepDown");
    buttons->addStretch(1);
    stepsBox->addLayout(buttons);
    // Saving on a row of its own, so that the page fits a 1024-pixel screen.
    buttons = new QHBoxLayout;
    buttons->addStretch(1);
    QPushButton *revert = button(tr("Discard changes"), "revertProcess");
    QPushButton *save = button(tr("Save as new version"), "saveProcess");
    stepsBox->addLayout(buttons);
    m_error->setObjectName(QStringLiteral("processError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    stepsBox->addWidget(m_error);
    editorLayout->addLayout(stepsBox, 5);

    auto *transitionsBox = new QVBoxLayout;
    auto *transitionsTitle = new QLabel(tr("<b>Allowed moves</b> — row: from, column: to"), editor);
    transitionsTitle->setWordWrap(true);
    transitionsBox->addWidget(transitionsTitle);
    m_transitions->setObjectName(QStringLiteral("transitionsTable"));
    m_transitions->horizontalHeader()->setDefaultSectionSize(28);
    m_transitions->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    transitionsBox->addWidget(m_transitions, 1);
    editorLayout->addLayout(transitionsBox, 2);
    splitter->addWidget(editor);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, &ProcessView::addStep);
    connect(remove, &QPushButton::clicked, this, [this] { removeStep(m_steps->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] { moveStep(m_steps->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(m_steps->currentRow(), +1); });
    connect(revert, &QPushButton::clicked, this, &ProcessView::reload);
    connect(save, &QPushButton::clicked, this, &ProcessView::saveChanges);
    connect(m_transitions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QPair<qint64, qint64> link{m_keys.value(item->row()), m_keys.value(item->column())};
        if (item->checkState() == Qt::Checked)
            m_links.insert(link);
        else
            m_links.remove(link);
    });
    connect(m_diagram, &ProcessDiagram::stepClicked, this, [this](Id stepId) {
        const int row = static_cast<int>(m_keys.indexOf(stepId));
        if (row >= 0)
            m_steps->selectRow(row);
    });
    connect(&m_session.db.notifier(), &ChangeNotifier::workflowChanged, this, &ProcessView::reload);
    reload();
}

bool ProcessView::selectStep(const QString &name)
{
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const QTableWidgetItem *item = m_steps->item(row, NameColumn);
        if (!item || item->text().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        m_steps->setCurrentCell(row, NameColumn);
        m_steps->selectRow(row);
        m_steps->scrollToItem(item);
        if (row < m_rows.size())
            m_diagram->highlightStep(m_rows[row].id);
        m_steps->setFocus();
        return true;
    }
    return false;
}

void ProcessView::reload()
{
    auto wf = WorkflowRepository(m_session.db).defaultLatest();
    if (!wf) {
        MessageBox::error(this, tr("Process"), wf.error().message);
        return;
    }
    m_staffNames.clear();
    if (auto staff = StaffRepository(m_session.db).list(true)) {
        m_staff = *staff;
        for (const auto &m : m_staff)
            m_staffNames.insert(m.id, m.name);
    }
    m_workflow = *wf;
    m_diagram->setWorkflow(m_workflow, m_staffNames);
    fillTables(m_workflow);
    m_error->hide();
}

void ProcessView::fillTables(const WorkflowVersion &wf)
{
    m_rows = wf.steps;
    m_keys.clear();
    for (const auto &s : wf.steps)
        m_keys << s.id;
    m_links.clear();
    for (const auto &t : wf.transitions)
        m_links.insert({t.fromStepId, t.toStepId});
    refill();
}

void ProcessView::captureRows()
{
    for (int row = 0; row < m_steps->rowCount() && row < m_rows.size(); ++row)
        if (auto s = readStep(row, nullptr))
            m_rows[row] = *s;
}

void ProcessView::refill()
{
    m_steps->setRowCount(0);
    for (int i = 0; i < m_rows.size(); ++i)
        addStepRow(m_rows[i], i);
    rebuildMatrix();
}

void ProcessView::addStepRow(const Step &step, int row)
{
    m_steps->insertRow(row);
    m_steps->setItem(row, NameColumn, new QTableWidgetItem(step.name));

    auto *kind = new QComboBox(m_steps);
    for (StepKind k : {StepKind::Open, StepKind::OnHold, StepKind::Done, StepKind::Cancelled})
        kind->addItem(displayName(k), static_cast<int>(k));
    kind->setCurrentIndex(kind->findData(static_cast<int>(step.kind)));
    m_steps->setCellWidget(row, KindColumn, kind);

    auto *responsible = new QComboBox(m_steps);
    for (Role r : {Role::Reception, Role::Sales, Role::Technician, Role::Admin, Role::Owner})
        responsible->addItem(tr("Role: %1").arg(displayName(r)), QStringLiteral("role:%1").arg(toKey(r)));
    for (const auto &m : m_staff)
        responsible->addItem(m.name, QStringLiteral("staff:%1").arg(m.id));
    const QString current = step.responsibleStaffId ? QStringLiteral("staff:%1").arg(*step.responsibleStaffId)
                          : step.responsibleRole     ? QStringLiteral("role:%1").arg(toKey(*step.responsibleRole))
                                                     : QStringLiteral("role:reception");
    responsible->setCurrentIndex(std::max(0, responsible->findData(current)));
    m_steps->setCellWidget(row, ResponsibleColumn, responsible);

    auto *target = new QTableWidgetItem(targetText(step.targetMinutes));
    target->setToolTip(tr("How long an order should stay here, e.g. “3 d” or “4 h”; empty for no target."));
    m_steps->setItem(row, TargetColumn, target);

    auto *handler = new QComboBox(m_steps);
    for (StepHandler h : {StepHandler::Manual, StepHandler::AutoAssign, StepHandler::ScheduleVisit,
                          StepHandler::CreateInvoice, StepHandler::SendInvoice})
        handler->addItem(displayName(h), static_cast<int>(h));
    handler->setCurrentIndex(handler->findData(static_cast<int>(step.handler)));
    m_steps->setCellWidget(row, HandlerColumn, handler);

    auto *wip = new QTableWidgetItem(step.wipLimit ? QString::number(*step.wipLimit) : QString());
    wip->setToolTip(tr("Most orders this step should hold at once; empty for no limit."));
    m_steps->setItem(row, WipColumn, wip);
}

void ProcessView::rebuildMatrix()
{
    const QSignalBlocker block(m_transitions);
    const int n = static_cast<int>(m_rows.size());
    m_transitions->clear();
    m_transitions->setRowCount(n);
    m_transitions->setColumnCount(n);
    QStringList names;
    QStringList numbers;
    for (int i = 0; i < n; ++i) {
        names << QStringLiteral("%1. %2").arg(i + 1).arg(m_rows[i].name);
        numbers << QString::number(i + 1);
    }
    m_transitions->setVerticalHeaderLabels(names);
    m_transitions->setHorizontalHeaderLabels(numbers);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            auto *item = new QTableWidgetItem;
            if (r == c) {
                item->setFlags(Qt::NoItemFlags);
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(m_links.contains({m_keys[r], m_keys[c]}) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(tr("From “%1” to “%2”").arg(m_rows[r].name, m_rows[c].name));
            }
            m_transitions->setItem(r, c, item);
        }
    }
}

std::optional<Step> ProcessView::readStep(int row, QStringList *problems) const
{
    Step s = m_rows.value(row);
    s.id = m_keys.value(row) > 0 ? m_keys.value(row) : 0;
    s.name = m_steps->item(row, NameColumn) ? m_steps->item(row, NameColumn)->text().trimmed() : QString();
    if (auto *kind = qobject_cast<QComboBox *>(m_steps->cellWidget(row, KindColumn)))
        s.kind = static_cast<StepKind>(kind->currentData().toInt());
    if (auto *resp = qobject_cast<QComboBox *>(m_steps->cellWidget(row, ResponsibleColumn))) {
        const QString data = resp->currentData().toString();
        s.responsibleRole.reset();
        s.responsibleStaffId.reset();
        if (data.startsWith(QLatin1String("staff:")))
            s.responsibleStaffId = data.mid(6).toLongLong();
        else
            s.responsibleRole = roleFromKey(data.mid(5));
    }
    if (auto *handler = qobject_cast<QComboBox *>(m_steps->cellWidget(row, HandlerColumn)))
        s.handler = static_cast<StepHandler>(handler->currentData().toInt());
    const QString targetTextValue = m_steps->item(row, TargetColumn) ? m_steps->item(row, TargetColumn)->text() : QString();
    const auto target = parseTarget(targetTextValue);
    if (!target) {
        if (problems)
            *problems << tr("Step %1: “%2” is not a duration; write it like “3 d” or “4 h”.").arg(row + 1).arg(targetTextValue);
        return std::nullopt;
    }
    s.targetMinutes = *target;
    const QString wipText = m_steps->item(row, WipColumn) ? m_steps->item(row, WipColumn)->text().trimmed() : QString();
    s.wipLimit.reset();
    if (!wipText.isEmpty()) {
        bool ok = false;
        const int wip = wipText.toInt(&ok);
        if (!ok || wip <= 0) {
            if (problems)
                *problems << tr("Step %1: the limit must be a whole number above zero.").arg(row + 1);
            return std::nullopt;
        }
        s.wipLimit = wip;
    }
    if (s.name.isEmpty()) {
        if (problems)
            *problems << tr("Step %1 needs a name.").arg(row + 1);
        return std::nullopt;
    }
    return s;
}

void ProcessView::addStep()
{
    captureRows();
    Step s;
    s.name = tr("New step %1").arg(m_rows.size() + 1);
    s.responsibleRole = Role::Reception;
    // Right after the selected step, where the user wants it; with none selected, before the
    // done/cancelled/on-hold steps that usually close the list. The rows' order is the order the
    // new version saves (each step's position).
    int at = static_cast<int>(m_rows.size());
    const QModelIndexList selected = m_steps->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        at = 0;
        for (const QModelIndex &index : selected)
            at = std::max(at, index.row() + 1);
    } else {
        while (at > 0 && m_rows[at - 1].kind != StepKind::Open)
            --at;
    }
    at = std::min(at, static_cast<int>(m_rows.size()));
    m_rows.insert(at, s);
    m_keys.insert(at, m_nextNewKey--);
    refill();
    m_steps->setCurrentCell(at, NameColumn);
    m_steps->selectRow(at);
}

void ProcessView::removeStep(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    captureRows();
    const qint64 key = m_keys[row];
    m_rows.removeAt(row);
    m_keys.removeAt(row);
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (it->first == key || it->second == key)
            it = m_links.erase(it);
        else
            ++it;
    }
    refill();
}

void ProcessView::moveStep(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= m_rows.size() || to >= m_rows.size())
        return;
    captureRows();
    m_rows.swapItemsAt(row, to);
    m_keys.swapItemsAt(row, to);
    refill();
    m_steps->setCurrentCell(to, NameColumn);
}

bool ProcessView::saveChanges()
{
    QStringList problems;
    WorkflowEdit edit;
    edit.workflowId = m_workflow.workflowId;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        auto s = readStep(row, &problems);
        if (s)
            edit.steps << *s;
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    for (int r = 0; r < m_keys.size(); ++r)
        for (int c = 0; c < m_keys.size(); ++c)
            if (r != c && m_links.contains({m_keys[r], m_keys[c]}))
                edit.transitions.append({r, c});
    const int initial = static_cast<int>(m_keys.indexOf(m_workflow.initialStepId));
    edit.initialIndex = initial >= 0 ? initial : 0;

    WorkflowEditor editor(m_session.db);
    auto removed = editor.removedStepsWithOrders(edit);
    if (!removed) {
        m_error->setText(removed.error().message);
        m_error->show();
        return false;
    }
    QStringList names;
    for (const auto &s : edit.steps)
        names << s.name;
    for (const auto &r : *removed) {
        const int chosen = m_chooseDestination(r, names);
        if (chosen < 0)
            return false;
        edit.destinations.insert(r.stepId, chosen);
    }
    auto saved = editor.save(edit, m_session.actor);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    reload();
    MessageBox::information(this, tr("Process map saved"),
                            tr("Version %1 of the process map is now in use.").arg(m_workflow.version));
    return true;
}

} // namespace ordo
