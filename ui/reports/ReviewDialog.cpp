#include "ui/reports/ReviewDialog.h"
#include "ui/common/Palette.h"

#include "ui/common/MessageBox.h"
#include "ui/orders/OrderEditor.h"
#include "core/common/Clock.h"
#include "core/people/StaffRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

enum ItemColumn { HandledColumn, CheckColumn, ReferenceColumn, DescriptionColumn, CommentColumn, ItemColumns };

QString day(qint64 utc)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ReviewDialog::ReviewDialog(Session session, const Review &review, QWidget *parent)
    : QDialog(parent), m_session(session), m_review(review), m_items(new QTableWidget(this)),
      m_notes(new QPlainTextEdit(this)), m_status(new QLabel(this)), m_signOff(new QPushButton(tr("&Sign off"), this)),
      m_bulkComment(new QLineEdit(this)), m_markHandled(new QPushButton(tr("&Mark selected as handled"), this)),
      m_openOrder(new QPushButton(tr("&Open the order"), this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("%1 — %2 to %3").arg(review.planName, day(review.periodStart), day(review.periodEnd - 1)));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Mark each item as handled, or explain in its comment why it can stay as it is. "
                                "Changes are saved as you make them. Double-click an item to open its order."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_items->setObjectName(QStringLiteral("reviewItems"));
    m_items->setColumnCount(ItemColumns);
    m_items->setHorizontalHeaderLabels({tr("Handled"), tr("Check"), tr("Reference"), tr("What was found"), tr("Comment")});
    m_items->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_items->setColumnWidth(HandledColumn, 70);
    m_items->setColumnWidth(CheckColumn, 190);
    m_items->setColumnWidth(ReferenceColumn, 110);
    m_items->setColumnWidth(CommentColumn, 220);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_items, 1);

    // Several items handled at once, with one comment: what was done about them.
    auto *bulk = new QHBoxLayout;
    m_bulkComment->setObjectName(QStringLiteral("bulkComment"));
    m_bulkComment->setPlaceholderText(tr("Comment for the selected items (what was done)"));
    m_markHandled->setObjectName(QStringLiteral("markHandledButton"));
    m_openOrder->setObjectName(QStringLiteral("openOrderButton"));
    m_openOrder->setAutoDefault(false);
    m_markHandled->setAutoDefault(false);
    bulk->addWidget(m_openOrder);
    bulk->addWidget(m_bulkComment, 1);
    bulk->addWidget(m_markHandled);
    layout->addLayout(bulk);
    connect(m_markHandled, &QPushButton::clicked, this, &ReviewDialog::markSelectedHandled);
    connect(m_bulkComment, &QLineEdit::returnPressed, this, &ReviewDialog::markSelectedHandled);
    connect(m_openOrder, &QPushButton::clicked, this, [this] { openOrderOf(m_items->currentRow()); });
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != CommentColumn && column != HandledColumn)
            openOrderOf(row);
    });
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewDialog::updateButtons);

    layout->addWidget(new QLabel(tr("Notes for the record:"), this));
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setMaximumHeight(80);
    layout->addWidget(m_notes);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    buttons->addButton(m_signOff, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signOff, &QPushButton::clicked, this, [this] {
        if (signOff())
            accept();
    });
    layout->addWidget(buttons);

    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || (item->column() != HandledColumn && item->column() != CommentColumn))
            return;
        const int row = item->row();
        setItem(row, m_items->item(row, HandledColumn)->checkState() == Qt::Checked, m_items->item(row, CommentColumn)->text());
    });
    fill();
}

ReviewDialog::~ReviewDialog()
{
    // A comment still being typed is committed when the dialog hides, which QDialog's destructor
    // does after this one's members are gone: not saved then, rather than saved from a dead dialog.
    disconnect(m_items, nullptr, this, nullptr);
}

void ReviewDialog::fill()
{
    m_filling = true;
    const bool frozen = m_review.signedAt.has_value();
    m_items->setRowCount(static_cast<int>(m_review.items.size()));
    for (int row = 0; row < m_review.items.size(); ++row) {
        const ReviewItem &item = m_review.items[row];
        auto *handled = new QTableWidgetItem;
        handled->setFlags(frozen ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        handled->setCheckState(item.handled ? Qt::Checked : Qt::Unchecked);
        if (!item.handledBy.isEmpty() && item.handledAt)
            handled->setToolTip(tr("By %1 on %2")
                                    .arg(item.handledBy, QLocale().toString(QDateTime::fromSecsSinceEpoch(*item.handledAt).toLocalTime(),
                                                                            QLocale::ShortFormat)));
        m_items->setItem(row, HandledColumn, handled);
        auto readOnly = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            cell->setToolTip(text);
            return cell;
        };
        m_items->setItem(row, CheckColumn, readOnly(displayName(item.check)));
        m_items->setItem(row, ReferenceColumn, readOnly(item.reference));
        m_items->setItem(row, DescriptionColumn, readOnly(item.description));
        auto *comment = new QTableWidgetItem(item.comment);
        comment->setFlags(frozen ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        comment->setToolTip(tr("Explain why this item can stay as it is"));
        m_items->setItem(row, CommentColumn, comment);
    }
    m_items->resizeRowsToContents();  // what was found, in full: it wraps onto a second line
    m_notes->setPlainText(m_review.notes);
    m_notes->setReadOnly(frozen);
    m_signOff->setVisible(!frozen);
    m_bulkComment->setVisible(!frozen);
    m_markHandled->setVisible(!frozen);
    updateButtons();
    if (frozen) {
        m_status->setText(tr("Signed off by %1 on %2.")
                              .arg(m_review.signedBy,
                                   QLocale().toString(QDateTime::fromSecsSinceEpoch(*m_review.signedAt).toLocalTime(),
                                                      QLocale::ShortFormat)));
    } else {
        const auto open = std::count_if(m_review.items.begin(), m_review.items.end(),
                                        [](const ReviewItem &i) { return !i.handled && i.comment.trimmed().isEmpty(); });
        m_status->setText(m_review.items.isEmpty() ? tr("Nothing was found: the review can be signed off.")
                                                   : tr("%n item(s) still to handle or explain.", nullptr, static_cast<int>(open)));
    }
    m_filling = false;
}

bool ReviewDialog::setItem(int row, bool handled, const QString &comment)
{
    if (row < 0 || row >= m_review.items.size())
        return false;
    ReviewService reviews(m_session.db);
    auto saved = reviews.setItem(m_review.items[row].id, handled, comment, m_session.actor);
    if (!saved) {
        MessageBox::warning(this, tr("Review"), saved.error().message);
        if (auto again = reviews.find(m_review.id))
            m_review = *again;
        fill();
        return false;
    }
    m_review.items[row].handled = handled;
    m_review.items[row].comment = comment;
    m_review.items[row].handledBy = m_session.actor.name;
    m_review.items[row].handledAt = Clock::nowSecs();
    m_filling = true;
    m_items->item(row, HandledColumn)->setCheckState(handled ? Qt::Checked : Qt::Unchecked);
    m_items->item(row, CommentColumn)->setText(comment);
    m_filling = false;
    fill();
    return true;
}

void ReviewDialog::updateButtons()
{
    const bool chosen = m_items->selectionModel() && m_items->selectionModel()->hasSelection();
    m_markHandled->setEnabled(chosen);
    m_openOrder->setEnabled(chosen);
}

bool ReviewDialog::markSelectedHandled()
{
    QList<Id> ids;
    QList<int> rows;
    for (const QModelIndex &index : m_items->selectionModel()->selectedRows()) {
        if (index.row() < m_review.items.size()) {
            ids << m_review.items[index.row()].id;
            rows << index.row();
        }
    }
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the items to mark as handled first (Ctrl or Shift + click for several)."));
        return false;
    }
    ReviewService reviews(m_session.db);
    auto done = reviews.handleItems(ids, m_bulkComment->text(), m_session.actor);
    if (auto again = reviews.find(m_review.id))
        m_review = *again;
    fill();
    if (!done) {
        MessageBox::warning(this, tr("Review"), done.error().message);
        return false;
    }
    m_bulkComment->clear();
    m_status->setText(tr("%n item(s) marked as handled.", nullptr, static_cast<int>(ids.size())) + QLatin1Char(' ') +
                      m_status->text());
    return true;
}

bool ReviewDialog::openOrderOf(int row)
{
    if (row < 0 || row >= m_review.items.size())
        return false;
    auto order = ReviewService(m_session.db).orderOf(m_review.items[row]);
    if (!order) {
        MessageBox::warning(this, tr("Review"), order.error().message);
        return false;
    }
    if (!*order) {
        m_status->setText(tr("“%1” is about no order.").arg(m_review.items[row].reference));
        return false;
    }
    // Over this dialog, which stays open: the reviewer comes back to the checklist.
    auto *editor = new OrderEditor(m_session, **order, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return true;
}

bool ReviewDialog::signOff()
{
    auto signedOff = ReviewService(m_session.db).signOff(m_review.id, m_session.actor, m_notes->toPlainText().trimmed());
    if (!signedOff) {
        MessageBox::warning(this, tr("Review not signed off"), signedOff.error().message);
        return false;
    }
    m_review = *signedOff;
    fill();
    return true;
}

ReviewPlanDialog::ReviewPlanDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_cadence(new QComboBox(this)),
      m_person(new QComboBox(this)), m_inactiveDays(new QSpinBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPlanDialog"));
    setWindowTitle(tr("New review plan"));
    setMinimumWidth(460);  // the name's example reads in full
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("planName"));
    m_name->setPlaceholderText(tr("e.g. Friday check of open orders"));
    form->addRow(tr("&Name:"), m_name);
    for (Cadence c : {Cadence::Daily, Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly})
        m_cadence->addItem(displayName(c), static_cast<int>(c));
    m_cadence->setObjectName(QStringLiteral("planCadence"));
    m_cadence->setCurrentIndex(1);
    form->addRow(tr("&Every:"), m_cadence);
    if (auto staff = StaffRepository(session.db).list(true)) {
        for (const StaffMember &s : *staff)
            m_person->addItem(tr("%1 (%2)").arg(s.name, displayName(s.role)), s.id);
    }
    m_person->setObjectName(QStringLiteral("planPerson"));
    form->addRow(tr("Done &by:"), m_person);
    m_inactiveDays->setObjectName(QStringLiteral("planInactiveDays"));
    m_inactiveDays->setRange(1, 365);
    m_inactiveDays->setValue(7);
    m_inactiveDays->setSuffix(tr(" days"));
    form->addRow(tr("&Inactive after:"), m_inactiveDays);
    layout->addLayout(form);

    auto *box = new QGroupBox(tr("What it checks"), this);
    auto *boxLayout = new QVBoxLayout(box);
    for (ReviewCheck c : {ReviewCheck::InactiveOrders, ReviewCheck::PastTarget, ReviewCheck::VisitsWithoutOutcome,
                          ReviewCheck::Unassigned, ReviewCheck::UnpaidInvoices, ReviewCheck::MissedReviews}) {
        auto *check = new QCheckBox(displayName(c), box);
        check->setChecked(true);
        check->setProperty("check", static_cast<int>(c));
        check->setObjectName(QStringLiteral("planCheck%1").arg(m_checks.size()));
        m_checks << check;
        boxLayout->addWidget(check);
    }
    layout->addWidget(box);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("planButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ReviewPlanDialog::save()
{
    ReviewPlan plan;
    plan.name = m_name->text().trimmed();
    plan.cadence = static_cast<Cadence>(m_cadence->currentData().toInt());
    plan.staffId = m_person->currentData().toLongLong();
    plan.inactiveDays = m_inactiveDays->value();
    for (QCheckBox *c : m_checks)
        if (c->isChecked())
            plan.checks << static_cast<ReviewCheck>(c->property("check").toInt());
    if (plan.staffId == 0) {
        m_error->setText(tr("Choose who does the review."));
        return false;
    }
    auto id = ReviewService(m_session.db).addPlan(plan);
    if (!id) {
        m_error->setText(id.error().message);
        return false;
    }
    m_planId = *id;
    return true;
}

} // namespace ordo
