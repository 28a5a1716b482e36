#include "core/demo/DemoCompany.h"

#include "core/billing/Catalogue.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/reports/Reviews.h"
#include "core/storage/BulkInsert.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <unordered_map>

namespace ordo::demo {

namespace {

// The statements that write an issued invoice: its record (as a draft, issued at the end when
// its lines are in), lines, VAT and payment.
struct InvoiceInserts
{
    explicit InvoiceInserts(Database &db)
        : invoice(db, QStringLiteral(
              "INSERT INTO invoices (id, kind, status, series, year, sequence, number, order_id, customer_id, issued_at, "
              "due_at, issuer_name, issuer_tax_id, issuer_address, customer_name, customer_tax_id, customer_address, "
              "base_cents, vat_cents, total_cents, chain_index, previous_hash, hash, created_at, updated_at, operation_date, "
              "language, issuer_profile, hash_version, issued_by) "
              "VALUES (?, 'standard', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          line(db, QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, "
                                  "vat_rate, discount) VALUES (?, ?, ?, ?, ?, ?, ?)")),
          vat(db, QStringLiteral("INSERT INTO invoice_vat (invoice_id, rate, base_cents, vat_cents) VALUES (?, ?, ?, ?)")),
          payment(db, QStringLiteral("INSERT INTO payments (invoice_id, paid_at, amount_cents, method, note, created_at, "
                                     "created_by) VALUES (?, ?, ?, 'transfer', '', ?, 'Marta Sanz')"))
    {
    }

    Result<void> write(Id id, int year, qint64 sequence, const Invoice &inv, const PendingInvoice &p, Id customerId)
    {
        Result<void> r = invoice(id, inv.series, year, sequence, inv.number, p.orderId, customerId, *inv.issuedAt, *inv.dueAt,
                                 inv.issuerName, inv.issuerTaxId, inv.issuerAddress, inv.customerName, inv.customerTaxId,
                                 inv.customerAddress, inv.totals.base, inv.totals.vat, inv.totals.total, inv.chainIndex,
                                 inv.previousHash, inv.hash, p.issuedAt, p.issuedAt, inv.operationDate, inv.language,
                                 inv.issuerProfileId, inv.hashVersion, inv.issuedBy);
        for (const auto &l : p.lines)
            if (r)
                r = line(id, l.position, l.description, l.quantity, l.unitPrice, l.vatRate, 0);
        for (const auto &b : inv.totals.buckets)
            if (r)
                r = vat(id, b.rate, b.base, b.vat);
        if (r && p.paidAt)
            r = payment(id, *p.paidAt, inv.totals.total, *p.paidAt);
        return r;
    }

    BulkInsert invoice;
    BulkInsert line;
    BulkInsert vat;
    BulkInsert payment;
};

} // namespace

CompanyProfile company()
{
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B86123452");
    company.address = QStringLiteral("Calle del Sol 5");
    company.postcode = QStringLiteral("28004");
    company.city = QStringLiteral("Madrid");
    company.phone = QStringLiteral("910 000 000");
    company.email = QStringLiteral("facturas@ventanassol.es");
    company.iban = QStringLiteral("ES91 2100 0418 4502 0005 1332");
    return company;
}

Result<qint64> issueInvoices(Database &db, const CompanyProfile &company, std::vector<PendingInvoice> invoices,
                             const std::vector<CustomerInfo> &customers)
{
    std::stable_sort(invoices.begin(), invoices.end(),
                     [](const PendingInvoice &a, const PendingInvoice &b) { return a.issuedAt < b.issuedAt; });
    InvoiceInserts insert(db);
    const QString issuerAddress = company.fullAddress();
    const QTimeZone madrid("Europe/Madrid");  // the company's year, wherever the demo is made
    auto tail = invoicing::chainTail(db);
    if (!tail)
        return tail.error();
    CompanyProfile printed = company;
    const VerifactuSettings verifactu = VerifactuService(db).settings();
    printed.qrBaseUrl = verifactu.qrBaseUrl();
    printed.qrLegend = verifactu.qrLegend();
    auto profile = invoicing::storeIssuerProfile(db, printed, invoices.empty() ? 0 : invoices.front().issuedAt);
    if (!profile)
        return profile.error();
    Id invoiceId = 0;
    invoicing::Counters counters(db);
    // Each invoice's registro de alta, built and chained as issuing makes it. The demo's installation
    // has a number of its own instead of a random one, so that the same seed gives the same records.
    if (auto r = CompanySettings(db).setValue(QString(settings::VerifactuInstallation), QStringLiteral("ORDO-DEMO")); !r)
        return r.error();
    VerifactuService::Batch records(db);
    for (const PendingInvoice &p : invoices) {
        const int year = QDateTime::fromSecsSinceEpoch(p.issuedAt).toTimeZone(madrid).date().year();
        auto sequence = counters.take(company.series, year);
        if (!sequence)
            return sequence.error();
        const CustomerInfo &c = customers[static_cast<std::size_t>(p.customer)];
        Invoice inv;
        inv.status = InvoiceStatus::Issued;
        inv.series = company.series;
        inv.number = invoicing::formatNumber(company.series, year, *sequence);
        inv.issuedAt = p.issuedAt;
        inv.dueAt = p.issuedAt + static_cast<qint64>(company.paymentDays) * DaySecs;
        inv.issuerName = company.legalName;
        inv.issuerTaxId = company.taxId;
        inv.issuerAddress = issuerAddress;
        inv.customerName = c.name;
        inv.customerTaxId = c.taxId;
        inv.customerAddress = c.address;
        inv.lines = p.lines;
        inv.totals = invoicing::totals(p.lines);
        inv.customerId = c.id;
        inv.orderId = p.orderId;
        inv.issuerProfileId = *profile;
        inv.issuedBy = QStringLiteral("Marta Sanz");
        // The day the work was done, when it was not the day of the invoice.
        if (p.workDoneAt) {
            const QDate done = QDateTime::fromSecsSinceEpoch(*p.workDoneAt).toTimeZone(madrid).date();
            if (done != QDateTime::fromSecsSinceEpoch(p.issuedAt).toTimeZone(madrid).date())
                inv.operationDate = done.toString(Qt::ISODate);
        }
        *tail = invoicing::seal(inv, *tail);
        inv.id = ++invoiceId;
        if (auto r = insert.write(inv.id, year, *sequence, inv, p, c.id); !r)
            return r.error();
        // Stamped with the moment the invoice was issued, not the demo's "now".
        const Clock::ThreadOverride issuing(QDateTime::fromSecsSinceEpoch(p.issuedAt, Qt::UTC));
        if (auto r = records.recordIssue(inv); !r)
            return r.error();
    }
    // Issued in one statement, now that their lines are in.
    if (auto r = db.run(QStringLiteral("UPDATE invoices SET status = 'issued' WHERE status = 'draft'")); !r)
        return r.error();
    return static_cast<qint64>(invoices.size());
}

Result<void> writeCatalogue(Database &db)
{
    struct Entry
    {
        const char *code;
        const char *description;
        Cents price;
        const char *unit;
        CatalogueItem::Kind kind;
    };
    constexpr auto Product = CatalogueItem::Kind::Product, Service = CatalogueItem::Kind::Service;
    static constexpr Entry entries[] = {
        {"VPVC-OB-120", "Ventana PVC oscilobatiente 120×140", 38500, "ud", Product},
        {"VPVC-PR-100", "Ventana PVC practicable 100×120", 31200, "ud", Product},
        {"VALU-CO-150", "Ventana aluminio RPT corredera 150×120", 42900, "ud", Product},
        {"VALU-AB-060", "Ventana abatible baño 60×60", 18900, "ud", Product},
        {"BPVC-140", "Balconera PVC dos hojas 140×220", 79800, "ud", Product},
        {"PTER-200", "Puerta de terraza corredera 200×220", 112000, "ud", Product},
        {"PERS-ALU", "Persiana de aluminio térmico con lamas", 16400, "ud", Product},
        {"PERS-MOT", "Motor de persiana tubular", 18900, "ud", Product},
        {"PERS-CIN", "Cambio de cinta de persiana", 3500, "ud", Service},
        {"MOSQ-ENR", "Mosquitera enrollable", 7800, "ud", Product},
        {"MOSQ-COR", "Mosquitera corredera de aluminio", 6900, "ud", Product},
        {"VIDR-4164", "Vidrio doble bajo emisivo 4/16/4", 6200, "m²", Product},
        {"TAPJ", "Remate de tapajuntas", 2300, "m", Product},
        {"RETIR", "Retirada de ventana antigua y escombro", 4500, "ud", Service},
        {"INST", "Instalación y sellado con espuma y silicona", 9000, "ud", Service},
        {"HERR-AJ", "Ajuste de herrajes oscilobatientes", 4200, "ud", Service},
        {"MO-H", "Mano de obra (hora)", 3800, "h", Service},
        {"DESP", "Desplazamiento", 2500, "ud", Service},
    };
    Catalogue catalogue(db);
    for (const Entry &e : entries) {
        CatalogueItem item;
        item.code = QString::fromUtf8(e.code);
        item.description = QString::fromUtf8(e.description);
        item.unitPrice = e.price;
        item.unit = QString::fromUtf8(e.unit);
        item.kind = e.kind;
        if (auto r = catalogue.add(item, Actor{}); !r)
            return r.error();
    }
    return {};
}

Result<void> writeReviews(Database &db, const StaffPools &staff, qint64 nowSecs)
{
    ReviewService reviews(db);
    const QList<ReviewCheck> all{ReviewCheck::InactiveOrders, ReviewCheck::PastTarget, ReviewCheck::VisitsWithoutOutcome,
                                 ReviewCheck::Unassigned, ReviewCheck::UnpaidInvoices, ReviewCheck::MissedReviews};
    const struct
    {
        const char *name;
        Cadence cadence;
        Person person;
        QList<ReviewCheck> checks;
        int periods;
    } plans[] = {
        {QT_TRANSLATE_NOOP("ordo::DemoGenerator", "Morning check of the board"), Cadence::Daily, staff.reception.first(),
         {ReviewCheck::PastTarget, ReviewCheck::VisitsWithoutOutcome, ReviewCheck::Unassigned}, 5},
        {QT_TRANSLATE_NOOP("ordo::DemoGenerator", "Friday review of open orders"), Cadence::Weekly, staff.admin.first(), all, 6},
        {QT_TRANSLATE_NOOP("ordo::DemoGenerator", "Monthly review of unpaid invoices"), Cadence::Monthly, staff.owner,
         {ReviewCheck::UnpaidInvoices, ReviewCheck::MissedReviews}, 3},
    };
    const QStringList notes{DemoGenerator::tr("Called the customers with quotes waiting; two visits rebooked."),
                            DemoGenerator::tr("All clear."),
                            DemoGenerator::tr("Reminded the technicians to close their visits the same day.")};
    int note = 0;
    for (const auto &plan : plans) {
        ReviewPlan p;
        p.name = DemoGenerator::tr(plan.name);
        p.cadence = plan.cadence;
        p.staffId = plan.person.id;
        p.checks = plan.checks;
        auto planId = reviews.addPlan(p);
        if (!planId)
            return planId.error();
        // Earlier periods, signed a few hours after they ended.
        qint64 at = ReviewService::period(plan.cadence, nowSecs).first;
        for (int k = 0; k < plan.periods; ++k) {
            const auto [start, end] = ReviewService::period(plan.cadence, at - 1);
            at = start;
            const qint64 signedAt = std::min(nowSecs, end + 9 * HourSecs);
            if (auto r = db.run(QStringLiteral("INSERT INTO reviews (plan_id, period_start, period_end, opened_at, signed_at, "
                                               "signed_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {*planId, start, end, signedAt - HourSecs, signedAt, plan.person.name,
                                 notes[note++ % notes.size()]}); !r)
                return r.error();
        }
    }
    return {};
}

namespace {

// The local day of a moment, near enough for demo data (the demo's times are office hours in Madrid).
QDate dayOf(qint64 secs)
{
    return QDate::fromJulianDay(2440588 + (secs + 3600) / DaySecs);
}

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct EarlierThing
{
    const char *type;
    const char *model;
};

// What customers had installed before the company used Ordo.
const EarlierThing earlierThings[] = {
    {"Ventana", "Ventana aluminio corredera 150×120"},
    {"Ventana", "Ventana PVC abatible 80×100"},
    {"Persiana", "Persiana motorizada Somfy"},
    {"Persiana", "Persiana de aluminio térmico"},
    {"Puerta", "Puerta de entrada Hörmann"},
    {"Mosquitera", "Mosquitera enrollable"},
};

} // namespace

Result<qint64> writeAssets(Database &db, const std::vector<InstalledWork> &installed, const std::vector<ServiceWork> &services,
                           const std::vector<CustomerInfo> &customers, quint64 seed, qint64 startSecs, qint64 nowSecs)
{
    Rng rng(seed ^ 0xA55E7A55E7ULL);
    BulkInsert insertAsset(db, QStringLiteral("INSERT INTO assets (id, customer_id, site_id, asset_type, model, installed_on, "
                                              "warranty_until, source_order_id, source_line, source_unit, created_at, created_by, "
                                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert insertLink(db, QStringLiteral("INSERT INTO asset_orders (asset_id, order_id, reason, linked_at) VALUES (?, ?, ?, ?)"));
    BulkInsert insertPlan(db, QStringLiteral("INSERT INTO maintenance_plans (customer_id, site_id, title, job_type, every_months, "
                                             "first_due, lead_days, created_at, created_by) VALUES (?, ?, ?, ?, 12, ?, 30, ?, ?)"));
    const QString by = QStringLiteral("Marta Ruiz");
    const QDate today = dayOf(nowSecs);
    struct Kept
    {
        Id id;
        qint64 installedAt;
    };
    std::unordered_map<Id, std::vector<Kept>> byCustomer;
    Id next = 0;

    // From before Ordo: about a third of the customers, registered on the company's first days.
    for (const CustomerInfo &c : customers) {
        if (!rng.chance(35))
            continue;
        const int count = rng.between(1, 3);
        for (int k = 0; k < count; ++k) {
            const EarlierThing &thing = earlierThings[rng.below(int(std::size(earlierThings)))];
            // Some with the 3 years of warranty ending within the next 90 days, the others older.
            const QDate on = rng.chance(15) ? today.addMonths(-36).addDays(rng.between(1, 85))
                                            : dayOf(startSecs).addDays(-rng.between(200, 3000));
            const qint64 at = QDateTime(on, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const qint64 registered = std::max(startSecs, at) + rng.between(0, 20) * DaySecs;
            if (auto r = insertAsset(++next, c.id, std::optional<qint64>(c.siteId), QString::fromUtf8(thing.type),
                                     QString::fromUtf8(thing.model), dayText(on), dayText(on.addMonths(36)), std::optional<qint64>(),
                                     std::optional<qint64>(), std::optional<qint64>(), registered, by, registered);
                !r)
                return r.error();
            byCustomer[c.id].push_back({next, at});
        }
        // A yearly check of what they have, for one in four of them.
        if (rng.chance(25)) {
            QDate due = today.addDays(rng.between(10, 300));
            if (auto r = insertPlan(c.id, std::optional<qint64>(c.siteId), QStringLiteral("Revisión anual de ventanas y persianas"),
                                    QString(), dayText(due), nowSecs - rng.between(5, 60) * DaySecs, by);
                !r)
                return r.error();
        }
    }

    // Each finished installation's windows, unit by unit.
    for (const InstalledWork &w : installed) {
        const QDate on = dayOf(w.doneAt);
        const QString type = w.description.section(QLatin1Char(' '), 0, 0);
        for (int unit = 1; unit <= std::min(w.units, 50); ++unit) {
            if (auto r = insertAsset(++next, w.customerId, std::optional<qint64>(w.siteId), type, w.description, dayText(on),
                                     dayText(on.addMonths(36)), std::optional<qint64>(w.orderId), std::optional<qint64>(1),
                                     std::optional<qint64>(unit), w.doneAt, by, w.doneAt);
                !r)
                return r.error();
            if (auto r = insertLink(next, w.orderId, QStringLiteral("installed"), w.doneAt); !r)
                return r.error();
            byCustomer[w.customerId].push_back({next, w.doneAt});
        }
    }

    // Repairs and maintenance about one of the things the customer had by then.
    for (const ServiceWork &s : services) {
        auto found = byCustomer.find(s.customerId);
        if (found == byCustomer.end())
            continue;
        std::vector<Id> before;
        for (const Kept &k : found->second)
            if (k.installedAt < s.createdAt)
                before.push_back(k.id);
        if (before.empty())
            continue;
        const Id about = before[static_cast<std::size_t>(rng.below(int(before.size())))];
        if (auto r = insertLink(about, s.orderId, s.repair ? QStringLiteral("repair") : QStringLiteral("maintenance"), s.createdAt); !r)
            return r.error();
    }
    return next;
}

} // namespace ordo::demo
