#include "core/common/ChangeNotifier.h"

namespace ordo {

void ChangeNotifier::post(Change c)
{
    if (!m_holding) {
        emitNow(c);
        return;
    }
    if (!m_pending.contains(c))
        m_pending.append(c);
}

void ChangeNotifier::release()
{
    m_holding = false;
    // A slot may start a transaction of its own (and hold again): take the list first.
    const QList<Change> changes = std::exchange(m_pending, {});
    const bool reset = changes.contains(Change{Kind::OrdersReset, 0});
    for (const Change &c : changes) {
        if (reset && c.kind == Kind::Order)
            continue;  // the reset reloads every order anyway
        emitNow(c);
    }
}

void ChangeNotifier::discard()
{
    m_holding = false;
    m_pending.clear();
}

void ChangeNotifier::emitNow(const Change &c)
{
    switch (c.kind) {
    case Kind::Order: emit orderChanged(c.id); break;
    case Kind::OrdersReset: emit ordersReset(); break;
    case Kind::Workflow: emit workflowChanged(c.id); break;
    case Kind::Staff: emit staffChanged(); break;
    case Kind::Customers: emit customersChanged(); break;
    case Kind::Invoices: emit invoicesChanged(); break;
    case Kind::Reviews: emit reviewsChanged(); break;
    }
}

} // namespace ordo
