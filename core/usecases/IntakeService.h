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
    // A returning caller about a job already open: the call is added to that order (the notes, and
    // the visit when one is booked) instead of opening a new one.
    std::optional<Id> existingOrderId;
    bool bookVisit = true;            // false: the call is logged (a new order, or a note) with no visit
};

struct IntakeResult
{
    WorkOrder order;
    CalendarEntry appointment;        // id 0 when no visit was booked
    bool newOrder = true;
};

// What the front desk sees of a returning caller.
struct CallerHistory
{
    QList<WorkOrder> openOrders;      // newest first
    QList<WorkOrder> lastJobs;        // finished or cancelled, newest first
};

// Books a call in one transaction: the customer (when new), the order, its move to the step that
// schedules the visit, the assignment, the appointment and the notes. If the slot was taken meanwhile,
// nothing at all is saved and no order number is used up. A call about an open order adds to it; a
// call that needs no visit is logged as a new order in the map's first step, or as a note.
class IntakeService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::IntakeService)

public:
    explicit IntakeService(Database &db) : m_db(db) {}
    Result<IntakeResult> book(const IntakeRequest &request, const Actor &by);
    // The caller's open orders and their last few finished jobs.
    Result<CallerHistory> history(Id customerId, int lastJobs = 3) const;

private:
    Result<IntakeResult> addToOrder(const IntakeRequest &request, const Actor &by);
    // The accepted proposal booked for the order; taken meanwhile: a Conflict that says so.
    Result<CalendarEntry> bookVisit(Id orderId, const IntakeRequest &request, const Actor &by);

    Database &m_db;
};

} // namespace ordo
