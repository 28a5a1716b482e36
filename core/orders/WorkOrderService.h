#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>

namespace ordo {

class Database;

struct NewWorkOrder
{
    Id customerId = 0;
    std::optional<Id> siteId;
    QString title;
    QString description;
    QString jobType;
    Priority priority = Priority::Normal;
    std::optional<qint64> dueAt;
    std::optional<Id> assigneeId;
    Id workflowId = 0;              // 0: the company's default process
    QList<LineItem> lines;
};

struct OrderFilter
{
    std::optional<Id> stepId;
    bool openOnly = false;
    int limit = 100;                // 0: no limit
    std::optional<Id> beforeId;     // keyset paging: orders older than this one
};

// Work orders: creation with a gapless number per year, reading, notes. Moves between steps go
// through WorkflowEngine.
class WorkOrderService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WorkOrderService)

public:
    explicit WorkOrderService(Database &db) : m_db(db) {}

    Result<WorkOrder> create(const NewWorkOrder &order, const Actor &by);
    Result<WorkOrder> find(Id id) const;
    Result<WorkOrder> findByNumber(const QString &number) const;
    // Newest first.
    Result<QList<WorkOrder>> list(const OrderFilter &filter) const;
    Result<qint64> count(const OrderFilter &filter) const;
    // Orders matching every typed word (number, customer, phone, address, title, description), newest first.
    Result<QList<WorkOrder>> search(const QString &text, int limit = 200) const;
    // Open orders per step id, for column headers and overviews (reads the open-orders index only).
    Result<QHash<Id, qint64>> openCountsByStep() const;
    Result<QList<LineItem>> lines(Id orderId) const;
    Result<QList<OrderEvent>> history(Id orderId) const;
    Result<void> addNote(Id orderId, const Actor &by, const QString &body);

    // "WO-2026-00001": the next number of the year, taken inside the caller's transaction so that a
    // rolled-back creation leaves no gap.
    static Result<QString> takeNumber(Database &db, int year);
    static QString formatNumber(int year, qint64 sequence);

private:
    Database &m_db;
};

} // namespace ordo
