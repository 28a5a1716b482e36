#pragma once

#include "core/domain/Types.h"

#include <QList>
#include <QObject>

namespace ordo {

// Announces committed changes so that item models refresh only what they show.
//
// Services call announce…() where they change something. While the database has a write
// transaction open, the announcements are held and only emitted at the outermost COMMIT; a ROLLBACK
// drops them, so no view ever shows a row that was never saved. Outside a transaction (and for the
// changes other processes made, found by the ChangeWatcher) they are emitted at once.
class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void announceOrder(Id orderId) { post({Kind::Order, orderId}); }
    void announceOrdersReset() { post({Kind::OrdersReset, 0}); }
    void announceWorkflow(Id workflowId) { post({Kind::Workflow, workflowId}); }
    void announceStaff() { post({Kind::Staff, 0}); }
    void announceCustomers() { post({Kind::Customers, 0}); }
    void announceInvoices() { post({Kind::Invoices, 0}); }
    void announceReviews() { post({Kind::Reviews, 0}); }

    // Called by Database only: BEGIN holds, COMMIT emits what was held, ROLLBACK drops it.
    void hold() { m_holding = true; }
    void release();
    void discard();
    int pending() const { return static_cast<int>(m_pending.size()); }

signals:
    void orderChanged(ordo::Id orderId);
    void ordersReset();
    void workflowChanged(ordo::Id workflowId);
    void staffChanged();
    void customersChanged();
    void invoicesChanged();
    void reviewsChanged();

private:
    enum class Kind { Order, OrdersReset, Workflow, Staff, Customers, Invoices, Reviews };
    struct Change
    {
        Kind kind;
        Id id;
        bool operator==(const Change &) const = default;
    };
    void post(Change c);
    void emitNow(const Change &c);

    bool m_holding = false;
    QList<Change> m_pending;
};

} // namespace ordo
