#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QUndoCommand>

#include <functional>

namespace ordo {

class Database;

// A card move on the undo stack. redo() is an engine move along the map; undo() is the engine's
// undo of that move. Each is a real change with its own history entry; a failure shows its reason
// through `report` and leaves the order as it was.
class MoveCommand final : public QUndoCommand
{
public:
    MoveCommand(Database &db, Actor actor, Id orderId, qint64 version, Id toStepId, const QString &text,
                std::function<void(const Error &)> report);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    Database &m_db;
    Actor m_actor;
    Id m_orderId;
    qint64 m_version;       // the order's version before the next redo/undo
    Id m_toStepId;
    std::function<void(const Error &)> m_report;
    bool m_succeeded = false;
};

} // namespace ordo
