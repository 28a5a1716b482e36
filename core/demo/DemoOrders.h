#pragma once

#include "core/billing/Invoice.h"
#include "core/demo/DemoSupport.h"
#include "core/storage/BulkInsert.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace ordo::demo {

struct CustomerInfo
{
    Id id = 0;
    Id siteId = 0;
    int placeIndex = 0;
    QString name;
    QString taxId;
    QString address;     // as an invoice prints it
};

// An invoice of the last two years (when the company started invoicing with Ordo), numbered and
// chained in issue order once every order is written.
struct PendingInvoice
{
    Id orderId;
    int customer;        // index into the customers
    qint64 issuedAt;
    std::optional<qint64> paidAt;
    QList<LineItem> lines;
    std::optional<qint64> workDoneAt;   // when the job was finished: the invoice's operation date
};

// A finished installation (its first line's windows become assets), or a repair or maintenance order
// (about one of the customer's assets, when they have one by then).
struct InstalledWork
{
    Id orderId;
    Id customerId;
    Id siteId;
    qint64 doneAt;
    QString description;
    int units;
};

struct ServiceWork
{
    Id orderId;
    Id customerId;
    qint64 createdAt;
    bool repair;
};

// What the demo's orders are written against: the map, the calendar, the people and the span.
struct OrderContext
{
    const WorkflowVersion &workflow;
    const LocalDays &days;
    const StaffPools &staff;
    SizeProfile size;
    qint64 nowSecs = 0;
    double lifeScale = 1;           // how much faster than the medians orders move, for a busy company
};

// Writes the demo's orders one after the other, each with its customer (new or returning), site,
// lines, history, note and visits, on bulk statements inside the caller's transaction. Remembers the
// customers and the invoices to issue, and the order numbers given per year.
class OrderWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::DemoGenerator)

public:
    OrderWriter(Database &db, const OrderContext &context, Rng &rng, DemoReport &report);

    // The order at `index` (0 first), created at its moment of the demo's span.
    Result<void> write(qint64 index);

    const std::vector<CustomerInfo> &customers() const { return m_customers; }
    std::vector<PendingInvoice> &invoices() { return m_invoices; }
    const std::map<int, qint64> &orderNumbers() const { return m_sequenceByYear; }
    const std::vector<InstalledWork> &installed() const { return m_installed; }
    const std::vector<ServiceWork> &services() const { return m_services; }

private:
    struct Move
    {
        int from;
        int to;
        qint64 at;
    };
    struct Visit
    {
        Id staffId;
        qint64 start;
        qint64 end;
        AppointmentKind kind;
    };
    // The people an order passes through.
    struct Crew
    {
        Person sales;
        Person tech;
        Person desk;
        Person office;
        Person responsibleFor(int step) const;
    };
    // Where an order got to by "now", and how.
    struct Walk
    {
        std::vector<Move> moves;
        std::vector<Visit> visits;
        int current = Call;
        std::optional<Id> assignee;
        bool open() const { return current != Paid && current != Cancelled; }
    };

    Result<CustomerInfo> customerFor(qint64 created);
    Result<CustomerInfo> newCustomer(qint64 created);
    Result<std::vector<int>> planPath(Job job);
    Crew crewFor(Id orderId, const QString &postcode);
    Walk walk(const std::vector<int> &path, Job job, qint64 created, const Crew &crew);
    std::optional<Visit> bookVisit(int step, Job job, qint64 from, qint64 leave, const Crew &crew);
    Result<void> writeOrderRow(Id orderId, const CustomerInfo &customer, Job job, qint64 created, const Walk &walk,
                               const Crew &crew, const QString &number, int items);
    Result<void> writeHistory(Id orderId, qint64 created, const Walk &walk, const Crew &crew, const QString &number);
    Result<void> writeNote(Id orderId, qint64 created, const Person &desk);
    Result<void> writeVisits(Id orderId, const Walk &walk);
    Result<QList<LineItem>> writeLines(Id orderId, Job job, int items, const Walk &walk);
    void collectInvoices(Id orderId, const CustomerInfo &customer, const Walk &walk, const QList<LineItem> &lines);

    Database &m_db;
    OrderContext m_context;
    Rng &m_rng;
    DemoReport &m_report;
    QSet<QPair<int, int>> m_allowed;        // moves the map allows, by step position
    std::vector<Id> m_stepIds;              // by position
    Diary m_diary;
    std::vector<CustomerInfo> m_customers;
    std::vector<PendingInvoice> m_invoices;
    std::vector<InstalledWork> m_installed;
    std::vector<ServiceWork> m_services;
    std::map<int, qint64> m_sequenceByYear;
    qint64 m_invoicingFrom = 0;

    BulkInsert m_insertCustomer;
    BulkInsert m_insertSite;
    BulkInsert m_insertOrder;
    BulkInsert m_insertLine;
    BulkInsert m_insertEvent;
    BulkInsert m_insertAppointment;
    BulkInsert m_insertNote;
};

} // namespace ordo::demo
