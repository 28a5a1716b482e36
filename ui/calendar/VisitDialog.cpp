#include "ui/calendar/VisitDialog.h"
#include "ui/common/Palette.h"

#include "core/orders/WorkOrderService.h"
#include "core/scheduling/AppointmentService.h"
#include "core/storage/Database.h"
#include "core/usecases/VisitBooking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ordo {

VisitDialog::VisitDialog(Session session, Id orderId, AppointmentKind kind, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_orderId(orderId), m_kind(new QComboBox(this)),
      m_slots(new QListWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("visitDialog"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    auto order = WorkOrderService(m_session.db).find(orderId);
    if (order) {
        setWindowTitle(tr("Book a visit for %1").arg(order->number));
        layout->addWidget(new QLabel(tr("<b>%1</b> — %2, %3").arg(order->number.toHtmlEscaped(), order->customerName.toHtmlEscaped(),
                                                                  order->siteAddress.toHtmlEscaped()),
                                     this));
        auto postcode = WorkOrderService(m_session.db).workPostcode(orderId);
        m_postcode = postcode ? *postcode : QString();
    }
    m_kind->setObjectName(QStringLiteral("visitKind"));
    for (AppointmentKind k : {AppointmentKind::Installation, AppointmentKind::Repair, AppointmentKind::Estimate,
                              AppointmentKind::FollowUp})
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_slots->setObjectName(QStringLiteral("visitProposals"));
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_kind);
    layout->addWidget(m_slots, 1);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *bookButton = buttons->addButton(tr("Book this visit"), QDialogButtonBox::AcceptRole);
    bookButton->setObjectName(QStringLiteral("visitBook"));
    bookButton->setDefault(true);
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("visitNotNow"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &VisitDialog::refresh);
    refresh();
}

void VisitDialog::refresh()
{
    m_slots->clear();
    SlotRequest request;
    request.kind = static_cast<AppointmentKind>(m_kind->currentData().toInt());
    request.postcode = m_postcode;
    request.durationMinutes = request.kind == AppointmentKind::Installation ? 360 : request.kind == AppointmentKind::Repair ? 120 : 60;
    auto proposals = Scheduler(m_session.db).propose(request, AssignmentPolicy::load(m_session.db));
    if (!proposals) {
        m_error->setText(proposals.error().message);
        m_error->show();
        m_proposals.clear();
        return;
    }
    m_error->hide();
    m_proposals = *proposals;
    for (const auto &p : m_proposals)
        m_slots->addItem(p.explanation);
    m_slots->setCurrentRow(m_proposals.isEmpty() ? -1 : 0);
}

bool VisitDialog::book()
{
    const int row = m_slots->currentRow();
    if (row < 0 || row >= m_proposals.size()) {
        m_error->setText(tr("Choose one of the proposed visits."));
        m_error->show();
        return false;
    }
    const Proposal &p = m_proposals[row];
    auto booked = VisitBooking(m_session.db).book({m_orderId, p.staffId, p.startsAt, p.endsAt,
                                                   static_cast<AppointmentKind>(m_kind->currentData().toInt()), {}},
                                                  m_session.actor);
    if (!booked) {
        m_error->setText(booked.error().message);
        m_error->show();
        refresh();
        return false;
    }
    m_booked = *booked;
    return true;
}

void VisitDialog::accept()
{
    if (book())
        QDialog::accept();
}

} // namespace ordo
