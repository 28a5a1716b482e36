#pragma once

#include "core/billing/Invoice.h"
#include "core/demo/DemoOrders.h"

#include <vector>

namespace ordo::demo {

// Ventanas Sol S.L., the demo company, as its invoices name it.
CompanyProfile company();

// Issues the orders' invoices in issue order the way InvoiceLedger::issue does, with its
// numbering and hash chain (invoicing::Counters, invoicing::seal) and each invoice's VERI*FACTU
// registro de alta (VerifactuService::Batch, stamped at the invoice's issue time), on bulk
// statements inside the caller's transaction; records the payments. Returns how many were issued.
Result<qint64> issueInvoices(Database &db, const CompanyProfile &company, std::vector<PendingInvoice> invoices,
                             const std::vector<CustomerInfo> &customers);

// Periodic reviews as the company runs them: the front desk daily, Marta weekly, Pilar monthly,
// each signed off for the periods before this one; this period's are still due.
Result<void> writeReviews(Database &db, const StaffPools &staff, qint64 nowSecs);

// What the company installed, as assets: each finished installation's windows (a line of 3 is 3
// assets, installed the day the work was done, with the legal 3 years of warranty), and the things
// some customers had from before Ordo (as a company registers them on its first days: some with a
// warranty about to end). Repair and maintenance orders name one of the customer's assets installed
// by then; a few customers have a yearly maintenance plan. Its own random numbers (from `seed`), so
// the orders stay what they were. Returns how many assets were written.
Result<qint64> writeAssets(Database &db, const std::vector<InstalledWork> &installed, const std::vector<ServiceWork> &services,
                           const std::vector<CustomerInfo> &customers, quint64 seed, qint64 startSecs, qint64 nowSecs);

// The price catalogue of a window company: PVC and aluminium windows, blinds, insect screens, glass
// by the square metre, labour by the hour and the call-out charge, at the prices its orders use.
Result<void> writeCatalogue(Database &db);

} // namespace ordo::demo
