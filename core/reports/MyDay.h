#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>

namespace ordo {

class Database;

// One thing that needs the person today, one click from its place.
struct MyDayItem
{
    enum class Kind { OverdueOrder, Visit, Review, InvoiceToIssue, InvoiceToChase };
    Kind kind = Kind::OverdueOrder;
    Id id = 0;          // the order, the visit, the review plan or the invoice
    Id orderId = 0;     // the order it belongs to (0 for a review)
    QString title;      // "OT-2026-0123 · Carmen López"
    QString detail;     // "3 days past the target in Presupuesto enviado", "09:00–13:00 · Installation · Calle Mayor 12"
    qint64 at = 0;      // what the list is sorted by: since when it waits, or when the visit starts
};

// "My day" (Mi día): what needs the signed-in person today — the open orders they are responsible
// for that are past their step's target or their due date, their visits of the day, the periodic
// reviews assigned to them that are due, and, for who may issue invoices or record payments, the
// drafts waiting to be issued and the issued invoices past due and not paid. Each list is short
// (its first `limit` items, with the full count), read through indexes: the cost follows what is
// open today, not the years of history (invoices to chase: those due in the last 12 months).
struct MyDay
{
    QDate day;
    QList<MyDayItem> overdue;
    QList<MyDayItem> visits;
    QList<MyDayItem> reviews;
    QList<MyDayItem> toIssue;
    QList<MyDayItem> toChase;
    int overdueTotal = 0;
    int toIssueTotal = 0;
    int toChaseTotal = 0;
    bool showsInvoices = false;     // the person may issue invoices or record payments
    bool showsReviews = false;      // the person signs reviews

    bool isEmpty() const
    {
        return overdue.isEmpty() && visits.isEmpty() && reviews.isEmpty() && toIssue.isEmpty() && toChase.isEmpty();
    }
};

class MyDayReport final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::MyDayReport)

public:
    explicit MyDayReport(Database &db) : m_db(db) {}

    // `who` must be a person (staffId). `now` is the moment "past target" is measured at.
    Result<MyDay> load(const Actor &who, qint64 now, int limit = 50) const;

private:
    Database &m_db;
};

} // namespace ordo
