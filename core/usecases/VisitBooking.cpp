#include "core/usecases/VisitBooking.h"

#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"

namespace ordo {

Result<CalendarEntry> VisitBooking::book(const AppointmentDraft &draft, const Actor &by, bool confirmed)
{
    return withTransaction(m_db, [&]() -> Result<CalendarEntry> {
        auto booked = AppointmentService(m_db).create(draft, by, confirmed);
        if (!booked)
            return booked.error();
        if (auto moved = OrderMoves(m_db).visitBooked(draft.orderId, draft.staffId, draft.kind, by); !moved)
            return moved.error();
        return booked;
    });
}

} // namespace ordo
