#include "core/workflow/Responsibility.h"

#include "core/storage/Database.h"

namespace ordo {

Result<std::optional<Id>> resolveResponsible(const Database &db, const Step &step, std::optional<Id> assigneeId,
                                             std::optional<Id> currentResponsibleId)
{
    if (step.responsibleStaffId) {
        auto active = db.run(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND active = 1"), {*step.responsibleStaffId});
        if (!active)
            return active.error();
        if (active->next())
            return std::optional<Id>(*step.responsibleStaffId);
    }
    if (step.responsibleRole) {
        const QString role = toKey(*step.responsibleRole);
        if (assigneeId) {
            auto match = db.run(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = ? AND active = 1"),
                                {*assigneeId, role});
            if (!match)
                return match.error();
            if (match->next())
                return assigneeId;
        }
        auto leastLoaded = db.run(
            QStringLiteral("SELECT s.id FROM staff s WHERE s.role = ? AND s.active = 1 ORDER BY "
                           "(SELECT count(*) FROM work_orders w WHERE w.responsible_id = s.id AND w.is_open = 1), s.id "
                           "LIMIT 1"),
            {role});
        if (!leastLoaded)
            return leastLoaded.error();
        if (leastLoaded->next())
            return std::optional<Id>(leastLoaded->value(0).toLongLong());
    }
    return currentResponsibleId;
}

} // namespace ordo
