#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QHash>

namespace ordo {

class Database;

// What a person edits on an order (its step moves through WorkflowEngine).
struct OrderDetails
{
    Id customerId = 0;
    std::optional<Id> siteId;
    QString title;
    QString description;
    QString jobType;
    Priority priority = Priority::Normal;
    std::optional<qint64> dueAt;
    std::optional<Id> assigneeId;
    QList<LineItem> lines;
};

struct NewWorkOrder : OrderDetails
{
    Id workflowId = 0;              // 0: the company's default process
};

// Created descending (newest first) pages by key; every other order pages by offset.
enum class OrderSort { Created, Step, Customer, Title, Responsible, Assignee, Priority, Due };

struct OrderFilter
{
    std::optional<Id> stepId;
    std::optional<Id> customerId;
    bool openOnly = false;
    int limit = 100;                // 0: no limit
    std::optional<Id> beforeId;     // keyset paging (newest-first order): orders older than this one
    OrderSort sort = OrderSort::Created;
    bool descending = true;
    int offset = 0;                 // paging for the other sorts
};

// Work orders: creation with a gapless number per year, reading, notes. Moves between steps go
// through WorkflowEngine.
class WorkOrderService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WorkOrderService)

public:
    explicit WorkOrderService(Database &db) : m_db(db) {}

    Result<WorkOrder> create(const NewWorkOrder &order, const Actor &by);
    // Saves edited details; every changed field is written to the history. A different version in the
    // database means someone else saved first: a conflict, and nothing is written.
    Result<WorkOrder> update(Id orderId, qint64 expectedVersion, const OrderDetails &details, const Actor &by);
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
    // The order's editable details as saved, lines included: what update() takes, to change one thing.
    Result<OrderDetails> details(const WorkOrder &order) const;
    // Where the work is: the postcode of the order's site, or of its customer.
    Result<QString> workPostcode(Id orderId) const;
    Result<QList<OrderEvent>> history(Id orderId) const;
    Result<void> addNote(Id orderId, const Actor &by, const QString &body);

    // "WO-2026-00001": the next number of the year, taken inside the caller's transaction so that a
    // rolled-back creation leaves no gap.
    static Result<QString> takeNumber(Database &db, int year);
    // "WO-2026-00001"; the prefix is the company's (Settings: orders.prefix, "OT-" for a Spanish office).
    static QString formatNumber(int year, qint64 sequence, const QString &prefix = QStringLiteral("WO-"));
    // The company's prefix ("WO-" unless set), and the start of this year's numbers ("OT-2026-").
    static QString numberPrefix(Database &db);
    static QString yearPrefix(Database &db, int year);

private:
    Result<void> validate(const OrderDetails &details) const;
    Result<void> writeLines(Id orderId, const QList<LineItem> &lines);

    Database &m_db;
};

} // namespace ordo
