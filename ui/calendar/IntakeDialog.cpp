#include "ui/calendar/IntakeDialog.h"

#include "ui/common/Palette.h"
#include "ui/customers/CustomerForm.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"

#include <QComboBox>
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
    connect(m_slots, &QListWidget::currentRowChanged, this, [this](int row) { m_book->setEnabled(row >= 0); });
    m_search->setFocus();
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
}

bool IntakeDialog::book()
{
    const int row = m_slots->currentRow();
    if (row < 0 || row >= m_proposals.size()) {
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
