#pragma once

#include "ui/common/Session.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/Scheduler.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace ordo {

// Books a visit for an existing order from the best free slots (the handler of a step that
// schedules a visit opens it when a card arrives there: "Quote accepted" asks for the installation).
class VisitDialog final : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(Session session, Id orderId, AppointmentKind kind, QWidget *parent = nullptr);
    bool book();
    const QList<Proposal> &proposals() const { return m_proposals; }
    // The visit booked, once book() succeeded (id 0 before).
    const CalendarEntry &booked() const { return m_booked; }

public slots:
    void accept() override;

private:
    void refresh();

    Session m_session;
    Id m_orderId;
    QString m_postcode;
    QList<Proposal> m_proposals;
    CalendarEntry m_booked;
    QComboBox *m_kind;
    QListWidget *m_slots;
    QLabel *m_error;
};

} // namespace ordo
