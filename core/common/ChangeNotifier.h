#pragma once

#include "domain/Types.h"

#include <QObject>

namespace ordo {

// Announces committed changes so that item models refresh only what they show. Emitted after
// COMMIT, never from inside a transaction.
class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void orderChanged(ordo::Id orderId);
    void ordersReset();
    void workflowChanged(ordo::Id workflowId);
    void staffChanged();
    void customersChanged();
};

} // namespace ordo
