#include "ui/board/MoveCommand.h"

#include "core/usecases/OrderMoves.h"

namespace ordo {

MoveCommand::MoveCommand(Database &db, Actor actor, Id orderId, qint64 version, Id toStepId, const QString &text,
                         std::function<void(const Error &)> report)
    : QUndoCommand(text), m_db(db), m_actor(std::move(actor)), m_orderId(orderId), m_version(version),
      m_toStepId(toStepId), m_report(std::move(report))
{
}

void MoveCommand::redo()
{
    auto moved = OrderMoves(m_db).move(m_orderId, m_version, m_toStepId, m_actor);
    if (!moved) {
        m_succeeded = false;
        setObsolete(true);  // QUndoStack drops a command that failed
        m_report(moved.error());
        return;
    }
    m_succeeded = true;
    m_version = moved->order.version;
}

void MoveCommand::undo()
{
    auto back = OrderMoves(m_db).undoLastMove(m_orderId, m_version, m_actor);
    if (!back) {
        setObsolete(true);
        m_report(back.error());
        return;
    }
    m_version = back->order.version;
}

} // namespace ordo
