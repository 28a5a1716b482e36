#include "core/usecases/OrderSaving.h"

#include "core/common/Authorization.h"

#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"

namespace ordo {

Result<std::optional<Id>> OrderSaving::site(const OrderForm &form, Id customerId)
{
    const QString typed = form.siteAddress.trimmed();
    if (typed.isEmpty())
        return std::optional<Id>();
    CustomerRepository customers(m_db);
    // The site the order had, when it is the customer's and its address is still the one typed.
    if (form.siteId) {
        auto sites = customers.sites(customerId);
        if (!sites)
            return sites.error();
        for (const Site &s : *sites) {
            if (s.id == *form.siteId && s.address.trimmed() == typed)
                return std::optional<Id>(s.id);
        }
    }
    // A new or changed address is a new site of this customer: other orders at the old one keep it.
    Site s;
    s.customerId = customerId;
    s.address = typed;
    auto id = customers.addSite(s);
    if (!id)
        return id.error();
    return std::optional<Id>(*id);
}

Result<SavedOrder> OrderSaving::save(const OrderForm &form, const Actor &by)
{
    // The order's own permission is checked by WorkOrderService in this transaction; a new customer
    // is made here, so its permission is checked here.
    if (!form.customerId)
        if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
            return allowed.error();
    SavedOrder result;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        Id customerId = form.customerId.value_or(0);
        if (!customerId) {
            if (form.newCustomer.name.trimmed().isEmpty())
                return makeError(ErrorCode::Invalid, tr("Choose the customer, or give the new customer's name."));
            auto id = CustomerRepository(m_db).add(form.newCustomer);
            if (!id)
                return id.error();
            customerId = *id;
            result.customerCreated = true;
            m_db.notifier().announceCustomers();
        }
        auto siteId = site(form, customerId);
        if (!siteId)
            return siteId.error();
        OrderDetails details = form.details;
        details.customerId = customerId;
        details.siteId = *siteId;
        WorkOrderService orders(m_db);
        Result<WorkOrder> saved = form.orderId ? orders.update(form.orderId, form.expectedVersion, details, by)
                                               : [&]() -> Result<WorkOrder> {
                                                     NewWorkOrder n;
                                                     static_cast<OrderDetails &>(n) = details;
                                                     return orders.create(n, by);
                                                 }();
        if (!saved)
            return saved.error();
        result.order = *saved;
        if (form.assets) {
            // Naming the assets is part of saving the order, which `by` may do (checked above).
            Actor naming = by;
            naming.permissions.set(Permission::EditCustomers);
            AssetRegistry registry(m_db);
            auto before = registry.reasonsOf(saved->id);
            if (!before)
                return before.error();
            for (auto it = before->cbegin(); it != before->cend(); ++it)
                if (!form.assets->contains(it.key()))
                    if (auto r = registry.unlinkOrder(it.key(), saved->id, naming); !r)
                        return r.error();
            for (auto it = form.assets->cbegin(); it != form.assets->cend(); ++it)
                if (before->value(it.key(), AssetReason(-1)) != it.value())
                    if (auto r = registry.linkOrder(it.key(), saved->id, it.value(), naming); !r)
                        return r.error();
        }
        m_db.notifier().announceOrder(saved->id);  // held until COMMIT
        return true;
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace ordo
