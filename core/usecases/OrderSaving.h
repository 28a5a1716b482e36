#pragma once

#include "core/assets/Assets.h"
#include "core/orders/WorkOrderService.h"

#include <QCoreApplication>

namespace ordo {

// What the order editor gathered: the order's details, and who and where it is for.
struct OrderForm
{
    Id orderId = 0;                    // 0: a new order
    qint64 expectedVersion = 0;        // the version the editor loaded
    std::optional<Id> customerId;      // a customer picked from the list…
    Customer newCustomer;              // …or this one, created with the order
    std::optional<Id> siteId;          // the order's site when it was loaded
    QString siteAddress;               // where the work is, when not at the customer's address
    OrderDetails details;              // customerId and siteId are filled in here
    // When set: the customer's assets the order is about and why, replacing those it named before
    // (in the same transaction as the order).
    std::optional<QHash<Id, AssetReason>> assets;
};

struct SavedOrder
{
    WorkOrder order;
    bool customerCreated = false;
};

// Saving an order from the editor, in one transaction: the new customer (if any), the site (a new
// one when the address was typed or changed, never another customer's), the order itself. Nothing
// is saved when any part fails, and no dialog is shown while it runs.
class OrderSaving final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::OrderSaving)

public:
    explicit OrderSaving(Database &db) : m_db(db) {}

    Result<SavedOrder> save(const OrderForm &form, const Actor &by);

private:
    Result<std::optional<Id>> site(const OrderForm &form, Id customerId);

    Database &m_db;
};

} // namespace ordo
