#pragma once

#include "core/common/Result.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/Scheduler.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// What the front desk gathers during a call.
struct IntakeRequest
{
    std::optional<Id> customerId;     // a returning customer
    Customer newCustomer;             // otherwise, the new one
    QString siteAddress;              // where the work is, when it is not the customer's address
    QString sitePostcode;
    QString siteCity;
    QString jobType;
    QString title;                    // empty: "Estimate visit"
    QString notes;
    Priority priority = Priority::Normal;
    AppointmentKind kind = AppointmentKind::Estimate;
    Proposal slot;                    // the proposal the caller accepted
};

struct IntakeResult
{
    WorkOrder order;
    CalendarEntry appointment;
};

// Books a call in one transaction: the customer (when new), the order, its move to the step that
// schedules the visit, the assignment, the appointment and the notes. If the slot was taken meanwhile,
// nothing at all is saved and no order number is used up.
class IntakeService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::IntakeService)

public:
    explicit IntakeService(Database &db) : m_db(db) {}
    Result<IntakeResult> book(const IntakeRequest &request, const Actor &by);

private:
    Database &m_db;
};

} // namespace ordo
