#include "core/demo/DemoOrders.h"
#include "core/common/Collation.h"

#include "core/domain/TaxIds.h"

#include "core/demo/DemoData.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"

#include <cmath>

namespace ordo::demo {

namespace {

// Median days an order stays in each step of the default map, before the company's pace.
constexpr std::array<double, StepCount> medianDays{0.2, 3, 6, 2, 9, 1, 1.5, 16, 0, 10, 0};

QString dniLetter(int number)
{
    static const char letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
    return QString(QLatin1Char(letters[number % 23]));
}

std::optional<qint64> nullId(std::optional<Id> id)
{
    return id;
}

const QString empty;

} // namespace

OrderWriter::OrderWriter(Database &db, const OrderContext &context, Rng &rng, DemoReport &report)
    : m_db(db), m_context(context), m_rng(rng), m_report(report),
      m_insertCustomer(db, QStringLiteral("INSERT INTO customers (id, name, tax_id, phone, phone2, email, address, postcode, "
                                          "city, notes, created_at, updated_at, sort_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_insertSite(db, QStringLiteral("INSERT INTO sites (id, customer_id, address, postcode, city, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)")),
      m_insertOrder(db, QStringLiteral("INSERT INTO work_orders (id, number, customer_id, site_id, workflow_version_id, step_id, "
                                       "is_open, responsible_id, assignee_id, priority, job_type, due_at, title, description, "
                                       "created_at, updated_at, step_entered_at, version) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_insertLine(db, QStringLiteral("INSERT INTO line_items (order_id, position, description, quantity, unit_price, vat_rate, "
                                      "discount) VALUES (?, ?, ?, ?, ?, ?, ?)")),
      m_insertEvent(db, QStringLiteral("INSERT INTO order_events (order_id, at, actor_id, actor_name, kind, field, old_value, "
                                       "new_value, from_step_id, to_step_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_insertAppointment(db, QStringLiteral("INSERT INTO appointments (order_id, staff_id, starts_at, ends_at, kind, status, "
                                             "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_insertNote(db, QStringLiteral("INSERT INTO order_notes (order_id, at, author_id, author_name, body) VALUES (?, ?, ?, ?, ?)"))
{
    const WorkflowVersion &wf = context.workflow;
    for (const auto &t : wf.transitions)
        m_allowed.insert({wf.step(t.fromStepId)->position, wf.step(t.toStepId)->position});
    m_stepIds.resize(StepCount);
    for (const auto &s : wf.steps)
        m_stepIds[static_cast<std::size_t>(s.position)] = s.id;
    m_invoicingFrom = context.nowSecs - 730 * DaySecs;
    m_customers.reserve(static_cast<std::size_t>(context.size.orders));
}

Result<void> OrderWriter::write(qint64 index)
{
    const Id orderId = index + 1;
    const qint64 totalMinutes = static_cast<qint64>(m_context.size.spanDays) * 720;
    const qint64 m = index * totalMinutes / m_context.size.orders;
    const qint64 created = m_context.days.at(static_cast<int>(m / 720), 8 * 60 + static_cast<int>(m % 720));

    auto customer = customerFor(created);
    if (!customer)
        return customer.error();
    const QString postcode = QLatin1String(data::places[static_cast<std::size_t>(customer->placeIndex)].postcode);

    // The job and the path it will take through the map, the people on it, and how far it got.
    const int jobRoll = m_rng.below(100);
    const Job job = jobRoll < 60 ? Job::Installation : jobRoll < 90 ? Job::Repair : Job::Maintenance;
    auto path = planPath(job);
    if (!path)
        return path.error();
    const Crew crew = crewFor(orderId, postcode);
    const Walk done = walk(*path, job, created, crew);

    // The order row, then its history, note, visits and lines.
    const int year = m_context.days.year(m_context.days.dayOf(created));
    const QString number = WorkOrderService::formatNumber(year, ++m_sequenceByYear[year]);
    const int items = m_rng.between(1, 6);
    Result<void> r = writeOrderRow(orderId, *customer, job, created, done, crew, number, items);
    if (r)
        r = writeHistory(orderId, created, done, crew, number);
    if (r)
        r = writeNote(orderId, created, crew.desk);
    if (r)
        r = writeVisits(orderId, done);
    if (!r)
        return r.error();
    auto lines = writeLines(orderId, job, items, done);
    if (!lines)
        return lines.error();
    collectInvoices(orderId, *customer, done, *lines);
    if (job != Job::Installation) {
        m_services.push_back({orderId, customer->id, created, job == Job::Repair});
    } else if (!lines->isEmpty()) {
        for (const Move &mv : done.moves)
            if (mv.to == WorkDone) {
                const LineItem &first = lines->first();
                m_installed.push_back({orderId, customer->id, customer->siteId, mv.at, first.description,
                                       static_cast<int>(std::max<qint64>(1, first.quantity / 1000))});
                break;
            }
    }

    ++m_report.orders;
    m_report.openOrders += done.open() ? 1 : 0;
    return {};
}

Result<CustomerInfo> OrderWriter::customerFor(qint64 created)
{
    // A new customer, or one who comes back.
    if (!m_customers.empty() && m_rng.chance(22))
        return m_customers[static_cast<std::size_t>(m_rng.below(static_cast<int>(m_customers.size())))];
    auto customer = newCustomer(created);
    if (customer)
        m_customers.push_back(*customer);
    return customer;
}

Result<CustomerInfo> OrderWriter::newCustomer(qint64 created)
{
    Rng &rng = m_rng;
    CustomerInfo customer;
    customer.id = static_cast<Id>(m_customers.size()) + 1;
    customer.siteId = customer.id;
    customer.placeIndex = rng.below(static_cast<int>(data::places.size()));
    const auto &place = data::places[static_cast<std::size_t>(customer.placeIndex)];
    const QString first = QString::fromUtf8(rng.pick(data::firstNames));
    const QString surname1 = QString::fromUtf8(rng.pick(data::surnames));
    const QString surname2 = QString::fromUtf8(rng.pick(data::surnames));
    const QString street = QString::fromUtf8(rng.pick(data::streets));
    const int number = rng.between(1, 160);
    QString address = QStringLiteral("%1 %2").arg(street).arg(number);
    if (rng.chance(70))
        address += QStringLiteral(", %1º %2").arg(rng.between(1, 9)).arg(QChar(u'A' + rng.below(4)));
    if (rng.chance(8)) {
        customer.name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(rng.pick(data::companies)), street).arg(number);
        const int cif = rng.between(10000000, 99999999);
        // Seven digits and the control digit that makes it a real-looking CIF (TaxIds.h).
        const QString body = QStringLiteral("B%1").arg(cif / 10);
        for (int control = 0; control <= 9; ++control)
            if (isValidSpanishTaxId(body + QString::number(control)))
                customer.taxId = body + QString::number(control);
    } else {
        customer.name = QStringLiteral("%1 %2 %3").arg(first, surname1, surname2);
        const int dni = rng.between(10000000, 79999999);
        customer.taxId = QString::number(dni) + dniLetter(dni);
    }
    const QString phone = QStringLiteral("6%1 %2 %3")
                              .arg(rng.between(0, 99), 2, 10, QLatin1Char('0'))
                              .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'))
                              .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'));
    const QString phone2 = rng.chance(30) ? QStringLiteral("91%1 %2 %3")
                                                .arg(rng.between(0, 9))
                                                .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'))
                                                .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'))
                                          : QString();
    const QString email = rng.chance(65) ? QStringLiteral("%1.%2%3@%4")
                                               .arg(asciiFold(first), asciiFold(surname1))
                                               .arg(rng.between(1, 99))
                                               .arg(QLatin1String(rng.pick(data::emailDomains)))
                                         : QString();
    const QString postcode = QLatin1String(place.postcode);
    const QString city = QString::fromUtf8(place.city);
    if (auto r = m_insertCustomer(customer.id, customer.name, customer.taxId, phone, phone2, email, address, postcode, city,
                                  empty, created, created, collation::sortKey(customer.name)); !r)
        return r.error();
    if (auto r = m_insertSite(customer.siteId, customer.id, address, postcode, city, created); !r)
        return r.error();
    customer.address = QStringLiteral("%1, %2 %3").arg(address, postcode, city);
    return customer;
}

Result<std::vector<int>> OrderWriter::planPath(Job job)
{
    Rng &rng = m_rng;
    std::vector<int> path{Call};
    auto quoteLoop = [&](bool allowRevisit) {
        path.push_back(EstimateVisit);
        path.push_back(QuoteSent);
        if (allowRevisit && rng.chance(10)) {
            path.push_back(EstimateVisit);
            path.push_back(QuoteSent);
        }
    };
    bool rejected = false;
    if (job == Job::Installation || (job == Job::Repair && rng.chance(10))) {
        quoteLoop(job == Job::Installation);
        rejected = rng.chance(20);
        if (!rejected)
            path.push_back(QuoteAccepted);
    } else if (job == Job::Maintenance) {
        path.push_back(QuoteSent);
        rejected = rng.chance(15);
        if (!rejected)
            path.push_back(QuoteAccepted);
    }
    if (rejected) {
        path.push_back(Cancelled);
    } else {
        path.insert(path.end(), {InstallScheduled, InProgress});
        if (rng.chance(5))
            path.insert(path.end(), {InstallScheduled, InProgress});
        path.insert(path.end(), {WorkDone, Invoiced, Paid});
    }
    if (rng.chance(3)) {  // gives up early
        const std::size_t at = 1 + static_cast<std::size_t>(rng.below(std::min<int>(3, static_cast<int>(path.size()) - 1)));
        path.resize(at);
        path.push_back(Cancelled);
    }
    if (rng.chance(4)) {  // paused for a while, then resumed
        const std::size_t at = 1 + static_cast<std::size_t>(rng.below(static_cast<int>(path.size()) - 1));
        if (path[at] != Paid && path[at] != Cancelled && path[at - 1] != OnHold)
            path.insert(path.begin() + static_cast<std::ptrdiff_t>(at), OnHold);
    }
    for (std::size_t k = 1; k < path.size(); ++k)
        if (!m_allowed.contains({path[k - 1], path[k]}))
            return makeError(ErrorCode::Invalid, tr("The demo generator took a move the map forbids."));
    return path;
}

OrderWriter::Crew OrderWriter::crewFor(Id orderId, const QString &postcode)
{
    const StaffPools &pools = m_context.staff;
    // A salesperson whose territory covers the site, when there is one.
    QList<int> covering;
    for (int s = 0; s < pools.sales.size(); ++s)
        for (const auto &prefix : pools.salesTerritory[s])
            if (postcode.startsWith(prefix))
                covering.append(s);
    const int s = covering.isEmpty() ? m_rng.below(static_cast<int>(pools.sales.size()))
                                     : covering[m_rng.below(static_cast<int>(covering.size()))];
    Crew crew;
    crew.sales = pools.sales[s];
    crew.tech = pools.technicians[m_rng.below(static_cast<int>(pools.technicians.size()))];
    crew.desk = pools.reception[static_cast<int>(orderId % pools.reception.size())];
    crew.office = pools.admin[static_cast<int>(orderId % pools.admin.size())];
    return crew;
}

Person OrderWriter::Crew::responsibleFor(int step) const
{
    switch (step) {
    case EstimateVisit: return sales;
    case InstallScheduled:
    case InProgress: return tech;
    case WorkDone:
    case Invoiced:
    case Paid: return office;
    default: return desk;
    }
}

OrderWriter::Walk OrderWriter::walk(const std::vector<int> &path, Job job, qint64 created, const Crew &crew)
{
    const LocalDays &days = m_context.days;
    Walk w;
    qint64 t = created;
    for (std::size_t k = 1; k < path.size(); ++k) {
        qint64 leave = t + static_cast<qint64>(medianDays[static_cast<std::size_t>(w.current)] * m_context.lifeScale *
                                               std::exp(0.6 * m_rng.gaussian()) * DaySecs);
        if (auto visit = bookVisit(w.current, job, t, leave, crew)) {
            w.visits.push_back(*visit);
            leave = w.current == EstimateVisit ? visit->end + m_rng.between(1, 48) * HourSecs : visit->start;
        }
        if (w.current == InProgress && !w.visits.empty())
            leave = std::max(leave, w.visits.back().end + m_rng.between(0, 3) * HourSecs);
        leave = days.officeHours(leave, m_rng);
        if (leave > m_context.nowSecs)
            break;
        w.moves.push_back({w.current, path[k], leave});
        t = leave;
        w.current = path[k];
        if (w.current == EstimateVisit)
            w.assignee = crew.sales.id;
        else if (w.current == InstallScheduled)
            w.assignee = crew.tech.id;
    }
    return w;
}

std::optional<OrderWriter::Visit> OrderWriter::bookVisit(int step, Job job, qint64 from, qint64 leave, const Crew &crew)
{
    if (step != EstimateVisit && step != InstallScheduled)
        return std::nullopt;
    // The visit on a working day after the order came here: an estimate within a few days, the
    // work when the order would leave the step.
    const LocalDays &days = m_context.days;
    int day = days.dayOf(from) + 1 + (step == InstallScheduled ? static_cast<int>(std::llround(
                                              (leave - from) / static_cast<double>(DaySecs))) : m_rng.between(0, 2));
    while (days.weekend(day))
        ++day;
    if (step == EstimateVisit) {
        const auto [d, minute] = m_diary.book(crew.sales.id, day, m_rng.between(9, 16) * 60, 60, 17 * 60, days);
        const qint64 start = days.at(d, minute);
        return Visit{crew.sales.id, start, start + HourSecs, AppointmentKind::Estimate};
    }
    const bool small = job != Job::Installation;
    const int hours = small ? m_rng.between(1, 2) : m_rng.between(4, 8);
    const auto [d, minute] =
        m_diary.book(crew.tech.id, day, small ? m_rng.between(8, 14) * 60 : 8 * 60, hours * 60, 16 * 60, days);
    const qint64 start = days.at(d, minute);
    return Visit{crew.tech.id, start, start + hours * HourSecs,
                 job == Job::Repair ? AppointmentKind::Repair : AppointmentKind::Installation};
}

Result<void> OrderWriter::writeOrderRow(Id orderId, const CustomerInfo &customer, Job job, qint64 created, const Walk &walk,
                                        const Crew &crew, const QString &number, int items)
{
    QString title;
    QString jobType;
    switch (job) {
    case Job::Installation:
        title = QString::fromUtf8(m_rng.pick(data::installTitles)).arg(items + 1);
        jobType = tr("Installation");
        break;
    case Job::Repair:
        title = QString::fromUtf8(m_rng.pick(data::repairTitles));
        jobType = tr("Repair");
        break;
    case Job::Maintenance:
        title = QString::fromUtf8(m_rng.pick(data::maintenanceTitles));
        jobType = tr("Maintenance");
        break;
    }
    const int priorityRoll = m_rng.below(100);
    const int priority = priorityRoll < 15 ? 0 : priorityRoll < 85 ? 1 : priorityRoll < 97 ? 2 : 3;
    const qint64 due = created + (job == Job::Repair ? 10 : 45) * DaySecs;
    const qint64 lastAt = walk.moves.empty() ? created : walk.moves.back().at;
    return m_insertOrder(orderId, number, customer.id, customer.siteId, m_context.workflow.id,
                         m_stepIds[static_cast<std::size_t>(walk.current)], walk.open() ? 1 : 0,
                         crew.responsibleFor(walk.current).id, nullId(walk.assignee), priority, jobType, due, title, empty,
                         created, lastAt, lastAt, static_cast<qint64>(1 + walk.moves.size()));
}

Result<void> OrderWriter::writeHistory(Id orderId, qint64 created, const Walk &walk, const Crew &crew, const QString &number)
{
    static const QString createdKind = toKey(EventKind::Created), movedKind = toKey(EventKind::StepMoved),
                         assignedKind = toKey(EventKind::Assigned), stepField = QStringLiteral("step"),
                         responsibleField = QStringLiteral("responsible");
    const WorkflowVersion &wf = m_context.workflow;
    if (auto r = m_insertEvent(orderId, created, crew.desk.id, crew.desk.name, createdKind, empty, empty, number,
                               nullId(std::nullopt), m_stepIds[Call], empty); !r)
        return r.error();
    ++m_report.events;
    Person holder = crew.desk;
    for (const Move &mv : walk.moves) {
        const Person actor = crew.responsibleFor(mv.from);
        if (auto r = m_insertEvent(orderId, mv.at, actor.id, actor.name, movedKind, stepField, wf.steps[mv.from].name,
                                   wf.steps[mv.to].name, m_stepIds[static_cast<std::size_t>(mv.from)],
                                   m_stepIds[static_cast<std::size_t>(mv.to)], empty); !r)
            return r.error();
        ++m_report.events;
        const Person next = crew.responsibleFor(mv.to);
        if (next.id != holder.id) {
            if (auto r = m_insertEvent(orderId, mv.at, actor.id, actor.name, assignedKind, responsibleField, holder.name,
                                       next.name, nullId(std::nullopt), nullId(std::nullopt), empty); !r)
                return r.error();
            ++m_report.events;
            holder = next;
        }
    }
    return {};
}

Result<void> OrderWriter::writeNote(Id orderId, qint64 created, const Person &desk)
{
    static const QString noteKind = toKey(EventKind::Note);
    if (!m_rng.chance(12))
        return {};
    const QString body = QString::fromUtf8(m_rng.pick(data::notes));
    const qint64 at = created + m_rng.between(1, 90) * Minute;
    if (at > m_context.nowSecs)
        return {};
    if (auto r = m_insertNote(orderId, at, desk.id, desk.name, body); !r)
        return r;
    if (auto r = m_insertEvent(orderId, at, desk.id, desk.name, noteKind, empty, empty, empty,
                               nullId(std::nullopt), nullId(std::nullopt), body); !r)
        return r;
    ++m_report.events;
    return {};
}

Result<void> OrderWriter::writeVisits(Id orderId, const Walk &walk)
{
    // Done when over, planned when ahead, cancelled when the order was.
    const qint64 now = m_context.nowSecs;
    for (const Visit &v : walk.visits) {
        QString status = toKey(AppointmentStatus::Planned);
        if (v.end <= now)
            status = toKey(m_rng.chance(3) ? AppointmentStatus::Missed : AppointmentStatus::Done);
        else if (walk.current == Cancelled)
            status = toKey(AppointmentStatus::Cancelled);
        const qint64 booked = std::min(v.start, now);
        if (auto r = m_insertAppointment(orderId, v.staffId, v.start, v.end, toKey(v.kind), status, empty, booked, booked); !r)
            return r;
        ++m_report.appointments;
    }
    return {};
}

Result<QList<LineItem>> OrderWriter::writeLines(Id orderId, Job job, int items, const Walk &walk)
{
    // The quote's lines; none for an order cancelled at the call.
    QList<LineItem> lines;
    if (walk.current == Cancelled && walk.moves.size() <= 1)
        return lines;
    int position = 0;
    auto line = [&](const data::Product &p, qint64 quantity, int vatRate) -> Result<void> {
        ++m_report.lineItems;
        lines.append({0, position, QString::fromUtf8(p.description), quantity, static_cast<qint64>(p.unitPriceCents), vatRate, 0});
        return m_insertLine(orderId, position++, QString::fromUtf8(p.description), quantity,
                            static_cast<qint64>(p.unitPriceCents), vatRate, 0);
    };
    Rng &rng = m_rng;
    const int vatRate = rng.chance(10) ? 1000 : 2100;
    Result<void> r;
    if (job == Job::Installation) {
        const qint64 count = (items + 1) * 1000;
        r = line(rng.pick(data::windows), count, vatRate);
        if (r)
            r = line(data::extras[0], count, vatRate);
        if (r)
            r = line(data::extras[1], count, vatRate);
        if (r && rng.chance(50))
            r = line(data::extras[2], count, vatRate);
        if (r && rng.chance(25))
            r = line(data::extras[3], count, vatRate);
    } else {
        r = line(data::repairs[0], rng.between(1, job == Job::Maintenance ? 6 : 3) * 1000, 2100);
        if (r)
            r = line(data::repairs[1], 1000, 2100);
        if (r && job == Job::Repair)
            r = line(data::repairs[static_cast<std::size_t>(rng.between(2, 5))], 1000, 2100);
    }
    if (!r)
        return r.error();
    return lines;
}

void OrderWriter::collectInvoices(Id orderId, const CustomerInfo &customer, const Walk &walk, const QList<LineItem> &lines)
{
    for (const Move &mv : walk.moves) {
        if (mv.to != Invoiced || mv.at < m_invoicingFrom || lines.isEmpty())
            continue;
        PendingInvoice inv{orderId, static_cast<int>(customer.id - 1), mv.at, std::nullopt, lines};
        for (const Move &later : walk.moves) {
            if (later.from == Invoiced && later.to == Paid)
                inv.paidAt = later.at;
            if (later.to == WorkDone && later.at <= mv.at)
                inv.workDoneAt = later.at;
        }
        m_invoices.push_back(std::move(inv));
    }
}

} // namespace ordo::demo
