#include "ui/calendar/IntakeDialog.h"

#include "ui/common/Palette.h"
#include "ui/customers/CustomerForm.h"
#include "core/people/CustomerRepository.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {

IntakeDialog::IntakeDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_search(new QLineEdit(this)), m_customers(new QListWidget(this)),
      m_newCustomer(new CustomerForm(m_session.db, CustomerForm::Layout::Compact, this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("New call"));
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);

    m_search->setObjectName(QStringLiteral("intakeSearch"));
    m_search->setPlaceholderText(tr("Phone number or name of the caller…"));
    m_customers->setObjectName(QStringLiteral("intakeCustomers"));
    m_customers->setMaximumHeight(120);
    layout->addWidget(new QLabel(tr("<b>Who is calling?</b>"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_customers);
    layout->addWidget(m_newCustomer);  // the caller is new: the fields, started from what was typed
    m_newCustomer->hide();

    // A returning caller: what they have with us, and where this call goes.
    m_historyTitle = new QLabel(this);
    m_historyTitle->setObjectName(QStringLiteral("intakeHistoryTitle"));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("intakeHistory"));
    m_history->setMaximumHeight(110);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    m_historyTitle->hide();
    m_history->hide();

    auto *job = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("intakeKind"));
    for (AppointmentKind k : {AppointmentKind::Estimate, AppointmentKind::Repair, AppointmentKind::Installation,
                              AppointmentKind::FollowUp})
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_jobType = new QComboBox(this);
    m_jobType->setObjectName(QStringLiteral("intakeJobType"));
    m_jobType->setEditable(true);
    m_jobType->addItems({tr("Installation"), tr("Repair"), tr("Maintenance")});
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("intakeTitle"));
    m_title->setPlaceholderText(tr("What is it about? e.g. three old windows"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("intakeNotes"));
    m_notes->setMaximumHeight(60);
    m_notes->setTabChangesFocus(true);
    job->addRow(tr("Visit:"), m_kind);
    job->addRow(tr("Job type:"), m_jobType);
    job->addRow(tr("Job:"), m_title);
    job->addRow(tr("Notes:"), m_notes);
    layout->addLayout(job);

    m_needsVisit = new QCheckBox(tr("Book a visit"), this);
    m_needsVisit->setObjectName(QStringLiteral("intakeNeedsVisit"));
    m_needsVisit->setChecked(true);
    m_needsVisit->setToolTip(tr("Clear it for a call that needs nobody to go there: it is logged without a visit."));
    layout->addWidget(m_needsVisit);
    layout->addWidget(new QLabel(tr("<b>Proposed visits</b> — best first"), this));
    m_slots = new QListWidget(this);
    m_slots->setObjectName(QStringLiteral("intakeProposals"));
    layout->addWidget(m_slots, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_book = buttons->addButton(tr("Book this visit"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("intakeBook"));
    m_book->setDefault(true);
    m_book->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &IntakeDialog::search);
    // Enter in the search box: search now, then book if everything is known.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            search();
        }
    });
    connect(m_customers, &QListWidget::currentRowChanged, this, &IntakeDialog::chooseCustomer);
    connect(m_newCustomer, &CustomerForm::postcodeEntered, this, &IntakeDialog::refreshProposals);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IntakeDialog::refreshProposals);
    connect(m_slots, &QListWidget::currentRowChanged, this, &IntakeDialog::updateVisitChoice);
    connect(m_needsVisit, &QCheckBox::toggled, this, &IntakeDialog::updateVisitChoice);
    connect(m_history, &QListWidget::currentRowChanged, this, &IntakeDialog::updateVisitChoice);
    m_search->setFocus();
}

std::optional<Id> IntakeDialog::chosenOrder() const
{
    const QListWidgetItem *item = m_history->isHidden() ? nullptr : m_history->currentItem();
    const Id id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    return id ? std::optional<Id>(id) : std::nullopt;
}

void IntakeDialog::showHistory()
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    if (!m_customerId) {
        m_history->hide();
        m_historyTitle->hide();
        updateVisitChoice();
        return;
    }
    auto history = IntakeService(m_session.db).history(*m_customerId);
    if (!history) {
        m_error->setText(history.error().message);
        m_error->show();
        return;
    }
    const QLocale locale;
    auto *fresh = new QListWidgetItem(tr("New order for this call"), m_history);
    fresh->setData(Qt::UserRole, 0);
    for (const WorkOrder &o : history->openOrders) {
        const QString who = o.responsibleName.isEmpty() ? QString() : tr(", with %1").arg(o.responsibleName);
        auto *item = new QListWidgetItem(tr("Add to %1 — %2 (%3%4)").arg(o.number, o.title, o.stepName, who), m_history);
        item->setData(Qt::UserRole, o.id);
    }
    for (const WorkOrder &o : history->lastJobs) {
        auto *item = new QListWidgetItem(
            tr("Done: %1 — %2 (%3, %4)")
                .arg(o.number, o.title, o.stepName,
                     locale.toString(QDateTime::fromSecsSinceEpoch(o.stepEnteredAt).toLocalTime().date(), QLocale::ShortFormat)),
            m_history);
        item->setData(Qt::UserRole, 0);
        item->setFlags(Qt::ItemIsEnabled);  // to read, not to choose
    }
    const int open = static_cast<int>(history->openOrders.size());
    m_historyTitle->setText(open > 0 ? tr("<b>%n open order(s)</b> — is the call about one of them?", nullptr, open)
                                     : tr("<b>No open orders</b> — last jobs:"));
    m_history->setCurrentRow(0);
    const bool anything = open > 0 || !history->lastJobs.isEmpty();
    m_history->setVisible(anything);
    m_historyTitle->setVisible(anything);
    updateVisitChoice();
}

void IntakeDialog::updateVisitChoice()
{
    const bool visit = m_needsVisit->isChecked();
    m_slots->setEnabled(visit);
    if (!visit)
        m_book->setText(chosenOrder() ? tr("Add the call to the order") : tr("Log the call"));
    else
        m_book->setText(tr("Book this visit"));
    m_book->setEnabled(!visit || m_slots->currentRow() >= 0);
}

void IntakeDialog::search()
{
    const QString text = m_search->text().trimmed();
    const QSignalBlocker block(m_customers);
    m_customers->clear();
    if (text.size() < 2)
        return;
    auto found = CustomerRepository(m_session.db).search(text, 8);
    if (!found) {
        m_error->setText(found.error().message);
        m_error->show();
        return;
    }
    for (const auto &c : *found) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3 %4").arg(c.name, c.phone, c.address, c.postcode),
                                         m_customers);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.postcode);
    }
    auto *fresh = new QListWidgetItem(tr("New customer: %1").arg(text), m_customers);
    fresh->setData(Qt::UserRole, 0);
    // One match is almost surely the caller; otherwise the list waits for a choice.
    m_customers->setCurrentRow(found->size() == 1 ? 0 : found->isEmpty() ? 0 : -1);
    chooseCustomer(m_customers->currentRow());
}

void IntakeDialog::chooseCustomer(int row)
{
    QListWidgetItem *item = row >= 0 ? m_customers->item(row) : nullptr;
    if (!item) {
        // Several customers match: show who is free meanwhile; the territory counts once one is chosen.
        m_customerId.reset();
        m_customerPostcode.clear();
        m_newCustomer->hide();
        showHistory();
        refreshProposals();
        return;
    }
    const Id id = item->data(Qt::UserRole).toLongLong();
    if (id) {
        m_customerId = id;
        m_customerPostcode = item->data(Qt::UserRole + 1).toString();
        m_newCustomer->hide();
    } else {
        m_customerId.reset();
        m_customerPostcode.clear();
        m_newCustomer->show();
        m_newCustomer->takeSearchText(m_search->text());
    }
    showHistory();
    refreshProposals();
}

QString IntakeDialog::postcode() const
{
    return m_customerId ? m_customerPostcode : m_newCustomer->customer().postcode.trimmed();
}

void IntakeDialog::refreshProposals()
{
    m_slots->clear();
    m_proposals.clear();
    SlotRequest request;
    request.kind = static_cast<AppointmentKind>(m_kind->currentData().toInt());
    request.postcode = postcode();
    request.durationMinutes = request.kind == AppointmentKind::Installation ? 240 : 60;
    auto proposals = Scheduler(m_session.db).propose(request, AssignmentPolicy::load(m_session.db));
    if (!proposals) {
        m_error->setText(proposals.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_proposals = *proposals;
    for (const auto &p : m_proposals) {
        auto *item = new QListWidgetItem(p.explanation, m_slots);
        QPixmap chip(12, 12);
        chip.fill(QColor(p.staffColour));
        item->setIcon(QIcon(chip));
    }
    m_slots->setCurrentRow(m_proposals.isEmpty() ? -1 : 0);
    updateVisitChoice();
}

bool IntakeDialog::book()
{
    const bool visit = m_needsVisit->isChecked();
    const int row = m_slots->currentRow();
    if (visit && (row < 0 || row >= m_proposals.size())) {
        m_error->setText(tr("Choose one of the proposed visits."));
        m_error->show();
        return false;
    }
    IntakeRequest request;
    request.customerId = m_customerId;
    if (!m_customerId) {
        // Said next to the fields when they are open; otherwise the core's words say it below.
        if (!m_newCustomer->isHidden() && !m_newCustomer->validate())
            return false;
        request.newCustomer = m_newCustomer->customer();
    }
    request.kind = static_cast<AppointmentKind>(m_kind->currentData().toInt());
    request.jobType = m_jobType->currentText();
    request.title = m_title->text();
    request.notes = m_notes->toPlainText();
    request.bookVisit = visit;
    request.existingOrderId = chosenOrder();
    if (visit)
        request.slot = m_proposals[row];
    auto booked = IntakeService(m_session.db).book(request, m_session.actor);
    if (!booked) {
        m_error->setText(booked.error().message);
        m_error->show();
        if (booked.error().code == ErrorCode::Conflict)
            refreshProposals();  // the slot went: show what is free now
        return false;
    }
    m_result = *booked;
    return true;
}

void IntakeDialog::accept()
{
    if (book())
        QDialog::accept();
}

} // namespace ordo
