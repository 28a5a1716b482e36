#pragma once

#include "core/common/Result.h"
#include "core/scheduling/AppointmentService.h"

namespace ordo {

class Database;

// Booking a visit as the office does (the desktop's visit dialog, the intake): the appointment,
// and what it means for the order, in one transaction. An installation or repair booked gives the
// order to the person booked and moves it on to the map's next step for their role ("Installation
// scheduled"); the responsible person follows the map (OrderMoves::visitBooked).
class VisitBooking final
{
public:
    explicit VisitBooking(Database &db) : m_db(db) {}

    Result<CalendarEntry> book(const AppointmentDraft &draft, const Actor &by, bool confirmed = false);

private:
    Database &m_db;
};

} // namespace ordo
