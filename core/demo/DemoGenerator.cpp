#include "demo/DemoGenerator.h"

#include "billing/InvoiceService.h"
#include "reports/Reviews.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "orders/WorkOrderService.h"
#include "people/StaffRepository.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "workflow/WorkflowRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>
#include <map>
#include <unordered_map>
#include <vector>

namespace ordo {

namespace {

// SplitMix64: small, fast and the same on every platform (std distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(1000) < percent * 10; }
    // Roughly normal, mean 0, deviation 1 (sum of uniforms).
    double gaussian()
    {
        double sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += static_cast<double>(next() >> 11) / 9007199254740992.0;
        return (sum - 2.0) * 1.7320508;
    }
    template<typename Array>
    auto pick(const Array &array) -> decltype(array[0])
    {
        return array[static_cast<std::size_t>(below(static_cast<int>(array.size())))];
    }

private:
    quint64 m_state;
};

// Indexes of the default process map's steps (DefaultWorkflow.cpp).
enum StepIndex { Call, EstimateVisit, QuoteSent, QuoteAccepted, InstallScheduled, InProgress, WorkDone, Invoiced,
                 Paid, OnHold, Cancelled, StepCount };
constexpr std::array<double, StepCount> medianDays{0.2, 3, 6, 2, 9, 1, 1.5, 16, 0, 10, 0};
enum class Job { Installation, Repair, Maintenance };

constexpr qint64 Minute = 60;
constexpr qint64 HourSecs = 3600;
constexpr qint64 DaySecs = 86400;

struct SizeProfile
{
    qint64 orders;
    int spanDays;
    int targetActive;
};

SizeProfile profile(DemoSize size)
{
    switch (size) {
    case DemoSize::Small: return {50, 120, 25};
    case DemoSize::Medium: return {5000, 3 * 365, 500};
    case DemoSize::Large: return {100000, 4 * 365, 3000};
    case DemoSize::Huge: return {500000, 10 * 365, 3000};
    }
    return {50, 120, 25};
}

QString asciiFold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            folded += c.toLower();
    return folded;
}

QString dniLetter(int number)
{
    static const char letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
    return QString(QLatin1Char(letters[number % 23]));
}

// Local wall-clock time in Madrid to UTC seconds, one offset per day (read at noon, so exact for any
// time after the 02:00-03:00 change).
class LocalDays
{
public:
    LocalDays(const QDate &first, int count)
        : m_first(first)
    {
        QTimeZone tz("Europe/Madrid");
        if (!tz.isValid())
            tz = QTimeZone::systemTimeZone();
        m_midnightUtc.reserve(count);
        for (int d = 0; d < count; ++d) {
            const QDate date = first.addDays(d);
            const QDateTime noon(date, QTime(12, 0), tz);
            m_midnightUtc.push_back(QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() -
                                    tz.offsetFromUtc(noon));
        }
    }
    int count() const { return static_cast<int>(m_midnightUtc.size()); }
    qint64 at(int day, int minuteOfDay) const
    {
        day = std::clamp(day, 0, count() - 1);
        return m_midnightUtc[static_cast<std::size_t>(day)] + minuteOfDay * Minute;
    }
    // People work 08:00-19:00: a moment outside those hours moves to the next morning.
    qint64 officeHours(qint64 utc, Rng &rng) const
    {
        const int day = dayOf(utc);
        const qint64 minute = (utc - at(day, 0)) / Minute;
        if (minute < 8 * 60)
            return at(day, 8 * 60 + rng.below(90));
        if (minute >= 19 * 60)
            return at(day + 1, 8 * 60 + rng.below(90));
        return utc;
    }
    int dayOf(qint64 utc) const
    {
        // Good enough for picking the next working day: offsets are at most two hours.
        const qint64 first = m_midnightUtc.front();
        return static_cast<int>((utc - first) / DaySecs);
    }
    bool weekend(int day) const { return m_first.addDays(day).dayOfWeek() >= 6; }
    int year(int day) const { return m_first.addDays(day).year(); }

private:
    QDate m_first;
    std::vector<qint64> m_midnightUtc;
};

// Who is busy when, so that the demo never double-books anyone (as Ordo itself would not).
class Diary
{
public:
    // The first free start at or after `wantedMinute` on `day` (or a later working day) for
    // `duration` minutes within 08:00-`lastMinute`; books it and returns (day, minute).
    std::pair<int, int> book(Id staff, int day, int wantedMinute, int duration, int lastMinute, const LocalDays &days)
    {
        for (int d = day; d < day + 120; ++d) {
            if (days.weekend(d))
                continue;
            auto &taken = m_busy[key(staff, d)];
            auto free = [&](int start) {
                return std::none_of(taken.begin(), taken.end(), [&](const std::pair<int, int> &b) {
                    return b.first < start + duration && b.second > start;
                });
            };
            // The wanted time if free, else the first free time of that day, else the next days.
            const int first = d == day && wantedMinute + duration <= lastMinute && free(wantedMinute) ? wantedMinute : -1;
            int start = first;
            for (int s = 8 * 60; start < 0 && s + duration <= lastMinute; s += 30)
                if (free(s))
                    start = s;
            if (start >= 0) {
                taken.emplace_back(start, start + duration);
                return {d, start};
            }
        }
        return {day, wantedMinute};  // four months fully booked: never with the staff created above
    }

private:
    static quint64 key(Id staff, int day) { return (static_cast<quint64>(staff) << 32) | static_cast<quint32>(day); }
    std::unordered_map<quint64, std::vector<std::pair<int, int>>> m_busy;
};

struct Person
{
    Id id;
    QString name;
};

struct StaffPools
{
    QList<Person> reception;
    QList<Person> sales;
    QList<QStringList> salesTerritory;
    QList<Person> technicians;
    QList<Person> admin;
    Person owner;
};

Result<StaffPools> createStaff(Database &db, qint64 orders, double ordersPerDay, Rng &rng)
{
    StaffRepository repo(db);
    StaffPools pools;
    const QStringList palette{QStringLiteral("#1e88e5"), QStringLiteral("#e53935"), QStringLiteral("#43a047"),
                              QStringLiteral("#fb8c00"), QStringLiteral("#8e24aa"), QStringLiteral("#00897b"),
                              QStringLiteral("#6d4c41"), QStringLiteral("#3949ab"), QStringLiteral("#c0ca33"),
                              QStringLiteral("#d81b60")};
    int colour = 0;
    auto add = [&](const QString &name, Role role, QStringList territory, QStringList skills) -> Result<Person> {
        StaffMember m;
        m.name = name;
        m.role = role;
        m.colour = palette[colour++ % palette.size()];
        m.territory = std::move(territory);
        m.skills = std::move(skills);
        m.email = asciiFold(name.section(QLatin1Char(' '), 0, 0)) + QStringLiteral("@ventanassol.es");
        if (role == Role::Technician)
            m.hours = WorkingHours{0b0011111, 8 * 60, 16 * 60};
        auto id = repo.add(m);
        if (!id)
            return id.error();
        return Person{*id, name};
    };
    auto extraName = [&]() {
        return QString::fromUtf8(rng.pick(demo::data::firstNames)) + QLatin1Char(' ') +
               QString::fromUtf8(rng.pick(demo::data::surnames));
    };

    // Enough hands that visits do not pile up: a salesperson does a few estimates a day, a
    // technician about one installation; about half the calls become an installation.
    const int receptionists = 1 + static_cast<int>(orders / 100000);
    const int salesReps = 2 + static_cast<int>(ordersPerDay / 3);
    const int technicians = 2 + static_cast<int>(ordersPerDay);
    const int admins = 1 + static_cast<int>(orders / 200000);
    const QStringList prefixes{QStringLiteral("280"), QStringLiteral("281"), QStringLiteral("282")};

    for (int i = 0; i < receptionists; ++i) {
        auto p = add(i == 0 ? QStringLiteral("Lucía Romero") : extraName(), Role::Reception, {}, {});
        if (!p)
            return p.error();
        pools.reception.append(*p);
    }
    for (int i = 0; i < salesReps; ++i) {
        // Most sites are in the city (280xx): three of every five extra people cover it.
        QStringList territory = i == 0 ? QStringList{prefixes[0]}
                              : i == 1 ? QStringList{prefixes[1], prefixes[2]}
                                       : QStringList{prefixes[i % 5 < 3 ? 0 : i % 5 - 2]};
        const QString name = i == 0 ? QStringLiteral("Javier Ruiz") : i == 1 ? QStringLiteral("Ana Torres") : extraName();
        auto p = add(name, Role::Sales, territory, {QStringLiteral("estimate")});
        if (!p)
            return p.error();
        pools.sales.append(*p);
        pools.salesTerritory.append(territory);
    }
    for (int i = 0; i < technicians; ++i) {
        const QString name = i == 0 ? QStringLiteral("Rubén Molina") : i == 1 ? QStringLiteral("Sergio Castro") : extraName();
        QStringList skills{QStringLiteral("pvc"), QStringLiteral("aluminium")};
        if (i % 2 == 0)
            skills << QStringLiteral("blinds");
        auto p = add(name, Role::Technician, {}, skills);
        if (!p)
            return p.error();
        pools.technicians.append(*p);
    }
    for (int i = 0; i < admins; ++i) {
        auto p = add(i == 0 ? QStringLiteral("Marta Sanz") : extraName(), Role::Admin, {}, {});
        if (!p)
            return p.error();
        pools.admin.append(*p);
    }
    auto owner = add(QStringLiteral("Pilar Navarro"), Role::Owner, {}, {});
    if (!owner)
        return owner.error();
    pools.owner = *owner;
    return pools;
}

std::optional<qint64> nullId(std::optional<Id> id)
{
    return id;
}

} // namespace

std::optional<DemoSize> demoSizeFromKey(const QString &key)
{
    if (key == QLatin1String("small"))
        return DemoSize::Small;
    if (key == QLatin1String("medium"))
        return DemoSize::Medium;
    if (key == QLatin1String("large"))
        return DemoSize::Large;
    if (key == QLatin1String("huge"))
        return DemoSize::Huge;
    return std::nullopt;
}

qint64 DemoGenerator::orderCount(DemoSize size)
{
    return profile(size).orders;
}

Result<DemoReport> DemoGenerator::generate(const Options &options)
{
    QElapsedTimer timer;
    timer.start();

    auto existing = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM work_orders) + (SELECT count(*) FROM customers) "
                                               "+ (SELECT count(*) FROM staff)"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return makeError(ErrorCode::Invalid, tr("This database already has data; demo data goes only into a new, empty "
                                                "database so that nothing real gets mixed with it."));

    auto wf = WorkflowRepository(m_db).defaultLatest();
    if (!wf)
        return wf.error();
    if (wf->steps.size() != StepCount || wf->version != 1)
        return makeError(ErrorCode::Invalid, tr("Demo data needs the default process map, unchanged."));
    QSet<QPair<int, int>> allowed;
    for (const auto &t : wf->transitions) {
        const Step *from = wf->step(t.fromStepId);
        const Step *to = wf->step(t.toStepId);
        allowed.insert({from->position, to->position});
    }

    const SizeProfile size = profile(options.size);
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : Clock::now();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QDate today = now.toTimeZone(QTimeZone("Europe/Madrid")).date();
    const QDate firstDay = today.addDays(-size.spanDays - 1);
    const LocalDays days(firstDay, size.spanDays + 400);
    const double rate = static_cast<double>(size.orders) / size.spanDays;
    const double lifeScale = std::min(1.0, size.targetActive / (rate * 46.0));

    Rng rng(options.seed);
    DemoReport report;
    Clock::Override pinnedClock(now);  // staff and sequences stamped with the demo's "now", not the real one

    struct BulkMode
    {
        Database &db;
        explicit BulkMode(Database &d) : db(d) { db.setBulkMode(true); }
        ~BulkMode() { db.setBulkMode(false); }
    } bulkMode(m_db);
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    search::BulkIndexing indexing(m_db);
    auto pools = createStaff(m_db, size.orders, rate, rng);
    if (!pools)
        return pools.error();
    report.staff = pools->reception.size() + pools->sales.size() + pools->technicians.size() + pools->admin.size() + 1;

    BulkInsert insertCustomer(m_db, QStringLiteral(
        "INSERT INTO customers (id, name, tax_id, phone, phone2, email, address, postcode, city, notes, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert insertSite(m_db, QStringLiteral(
        "INSERT INTO sites (id, customer_id, address, postcode, city, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    BulkInsert insertOrder(m_db, QStringLiteral(
        "INSERT INTO work_orders (id, number, customer_id, site_id, workflow_version_id, step_id, is_open, "
        "responsible_id, assignee_id, priority, job_type, due_at, title, description, created_at, updated_at, "
        "step_entered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert insertLine(m_db, QStringLiteral(
        "INSERT INTO line_items (order_id, position, description, quantity, unit_price, vat_rate, discount) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert insertEvent(m_db, QStringLiteral(
        "INSERT INTO order_events (order_id, at, actor_id, actor_name, kind, field, old_value, new_value, "
        "from_step_id, to_step_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert insertAppointment(m_db, QStringLiteral(
        "INSERT INTO appointments (order_id, staff_id, starts_at, ends_at, kind, status, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert insertNote(m_db, QStringLiteral(
        "INSERT INTO order_notes (order_id, at, author_id, author_name, body) VALUES (?, ?, ?, ?, ?)"));

    std::vector<Id> stepIds(StepCount);
    for (const auto &s : wf->steps)
        stepIds[static_cast<std::size_t>(s.position)] = s.id;
    const QString kindKey[] = {toKey(EventKind::Created), toKey(EventKind::StepMoved), toKey(EventKind::Assigned),
                               toKey(EventKind::Note)};
    const QString stepField = QStringLiteral("step");
    const QString responsibleField = QStringLiteral("responsible");
    const QString empty;

    struct CustomerInfo
    {
        Id id;
        Id siteId;
        int placeIndex;
        QString name;
        QString taxId;
        QString address;     // as an invoice prints it
    };
    // Invoices of the last two years (when the company started invoicing with Ordo), numbered
    // and chained in issue order once every order is written.
    struct PendingInvoice
    {
        Id orderId;
        int customer;        // index into customers
        qint64 issuedAt;
        std::optional<qint64> paidAt;
        QList<InvoiceLine> lines;
    };
    std::vector<PendingInvoice> pendingInvoices;
    const qint64 invoicingFrom = nowSecs - 730 * DaySecs;
    std::vector<CustomerInfo> customers;
    customers.reserve(static_cast<std::size_t>(size.orders));
    std::map<int, qint64> sequenceByYear;
    Diary diary;
    const qint64 totalMinutes = static_cast<qint64>(size.spanDays) * 720;

    for (qint64 i = 0; i < size.orders; ++i) {
        const Id orderId = i + 1;
        const qint64 m = i * totalMinutes / size.orders;
        const int createdDay = static_cast<int>(m / 720);
        const qint64 created = days.at(createdDay, 8 * 60 + static_cast<int>(m % 720));

        // The customer: new, or one who comes back.
        CustomerInfo customer{};
        if (!customers.empty() && rng.chance(22)) {
            customer = customers[static_cast<std::size_t>(rng.below(static_cast<int>(customers.size())))];
        } else {
            customer.id = static_cast<Id>(customers.size()) + 1;
            customer.siteId = customer.id;
            customer.placeIndex = rng.below(static_cast<int>(demo::data::places.size()));
            const auto &place = demo::data::places[static_cast<std::size_t>(customer.placeIndex)];
            const QString first = QString::fromUtf8(rng.pick(demo::data::firstNames));
            const QString surname1 = QString::fromUtf8(rng.pick(demo::data::surnames));
            const QString surname2 = QString::fromUtf8(rng.pick(demo::data::surnames));
            const QString street = QString::fromUtf8(rng.pick(demo::data::streets));
            const int number = rng.between(1, 160);
            QString address = QStringLiteral("%1 %2").arg(street).arg(number);
            if (rng.chance(70))
                address += QStringLiteral(", %1º %2").arg(rng.between(1, 9)).arg(QChar(u'A' + rng.below(4)));
            QString name;
            QString taxId;
            if (rng.chance(8)) {
                name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(rng.pick(demo::data::companies)), street).arg(number);
                const int cif = rng.between(10000000, 99999999);
                taxId = QStringLiteral("B%1").arg(cif);
            } else {
                name = QStringLiteral("%1 %2 %3").arg(first, surname1, surname2);
                const int dni = rng.between(10000000, 79999999);
                taxId = QString::number(dni) + dniLetter(dni);
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
                                                       .arg(QLatin1String(rng.pick(demo::data::emailDomains)))
                                                 : QString();
            const QString postcode = QLatin1String(place.postcode);
            const QString city = QString::fromUtf8(place.city);
            if (auto r = insertCustomer(customer.id, name, taxId, phone, phone2, email, address, postcode, city,
                                        empty, created, created); !r)
                return r.error();
            if (auto r = insertSite(customer.siteId, customer.id, address, postcode, city, created); !r)
                return r.error();
            customer.name = name;
            customer.taxId = taxId;
            customer.address = QStringLiteral("%1, %2 %3").arg(address, postcode, city);
            customers.push_back(customer);
        }
        const QString postcode = QLatin1String(demo::data::places[static_cast<std::size_t>(customer.placeIndex)].postcode);

        // The job and the path it will take through the map.
        const int jobRoll = rng.below(100);
        const Job job = jobRoll < 60 ? Job::Installation : jobRoll < 90 ? Job::Repair : Job::Maintenance;
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
            path.push_back(InstallScheduled);
            path.push_back(InProgress);
            if (rng.chance(5)) {
                path.push_back(InstallScheduled);
                path.push_back(InProgress);
            }
            path.push_back(WorkDone);
            path.push_back(Invoiced);
            path.push_back(Paid);
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
            if (!allowed.contains({path[k - 1], path[k]}))
                return makeError(ErrorCode::Invalid, tr("The demo generator took a move the map forbids."));

        // People on this order.
        Id salesId = 0;
        QString salesName;
        {
            QList<int> covering;
            for (int s = 0; s < pools->sales.size(); ++s)
                for (const auto &prefix : pools->salesTerritory[s])
                    if (postcode.startsWith(prefix))
                        covering.append(s);
            const int s = covering.isEmpty() ? rng.below(static_cast<int>(pools->sales.size()))
                                             : covering[rng.below(static_cast<int>(covering.size()))];
            salesId = pools->sales[s].id;
            salesName = pools->sales[s].name;
        }
        const Person &tech = pools->technicians[rng.below(static_cast<int>(pools->technicians.size()))];
        const Person &desk = pools->reception[static_cast<int>(orderId % pools->reception.size())];
        const Person &office = pools->admin[static_cast<int>(orderId % pools->admin.size())];
        auto responsibleFor = [&](int step) -> Person {
            switch (step) {
            case EstimateVisit: return Person{salesId, salesName};
            case InstallScheduled:
            case InProgress: return tech;
            case WorkDone:
            case Invoiced:
            case Paid: return office;
            default: return desk;
            }
        };

        // Walk the path through time.
        struct Move
        {
            int from;
            int to;
            qint64 at;
        };
        std::vector<Move> moves;
        struct Visit
        {
            Id staffId;
            qint64 start;
            qint64 end;
            AppointmentKind kind;
        };
        std::vector<Visit> visits;
        qint64 t = created;
        int current = Call;
        std::optional<Id> assignee;
        for (std::size_t k = 1; k < path.size(); ++k) {
            qint64 leave = t + static_cast<qint64>(medianDays[static_cast<std::size_t>(current)] * lifeScale *
                                                   std::exp(0.6 * rng.gaussian()) * DaySecs);
            if (current == EstimateVisit || current == InstallScheduled) {
                int day = days.dayOf(t) + 1 + (current == InstallScheduled ? static_cast<int>(std::llround(
                                                       (leave - t) / static_cast<double>(DaySecs))) : rng.between(0, 2));
                while (days.weekend(day))
                    ++day;
                Visit v{};
                if (current == EstimateVisit) {
                    const auto [d, minute] = diary.book(salesId, day, rng.between(9, 16) * 60, 60, 17 * 60, days);
                    v = {salesId, days.at(d, minute), 0, AppointmentKind::Estimate};
                    v.end = v.start + HourSecs;
                } else {
                    const bool small = job != Job::Installation;
                    const int hours = small ? rng.between(1, 2) : rng.between(4, 8);
                    const auto [d, minute] =
                        diary.book(tech.id, day, small ? rng.between(8, 14) * 60 : 8 * 60, hours * 60, 16 * 60, days);
                    v = {tech.id, days.at(d, minute), 0, job == Job::Repair ? AppointmentKind::Repair : AppointmentKind::Installation};
                    v.end = v.start + hours * HourSecs;
                }
                visits.push_back(v);
                leave = current == EstimateVisit ? v.end + rng.between(1, 48) * HourSecs : v.start;
            }
            if (current == InProgress && !visits.empty())
                leave = std::max(leave, visits.back().end + rng.between(0, 3) * HourSecs);
            leave = days.officeHours(leave, rng);
            if (leave > nowSecs)
                break;
            moves.push_back({current, path[k], leave});
            t = leave;
            current = path[k];
            if (current == EstimateVisit)
                assignee = salesId;
            else if (current == InstallScheduled)
                assignee = tech.id;
        }
        const bool open = current != Paid && current != Cancelled;

        // The order row, then its history.
        const int year = days.year(days.dayOf(created));
        const QString orderNumber = WorkOrderService::formatNumber(year, ++sequenceByYear[year]);
        const int items = rng.between(1, 6);
        QString title;
        QString jobType;
        switch (job) {
        case Job::Installation:
            title = QString::fromUtf8(rng.pick(demo::data::installTitles)).arg(items + 1);
            jobType = tr("Installation");
            break;
        case Job::Repair:
            title = QString::fromUtf8(rng.pick(demo::data::repairTitles));
            jobType = tr("Repair");
            break;
        case Job::Maintenance:
            title = QString::fromUtf8(rng.pick(demo::data::maintenanceTitles));
            jobType = tr("Maintenance");
            break;
        }
        const int priorityRoll = rng.below(100);
        const int priority = priorityRoll < 15 ? 0 : priorityRoll < 85 ? 1 : priorityRoll < 97 ? 2 : 3;
        const qint64 due = created + (job == Job::Repair ? 10 : 45) * DaySecs;
        const Person finalResponsible = responsibleFor(current);
        const qint64 lastAt = moves.empty() ? created : moves.back().at;
        if (auto r = insertOrder(orderId, orderNumber, customer.id, customer.siteId, wf->id,
                                 stepIds[static_cast<std::size_t>(current)], open ? 1 : 0, finalResponsible.id,
                                 nullId(assignee), priority, jobType, due, title, empty, created, lastAt, lastAt,
                                 static_cast<qint64>(1 + moves.size()));
            !r)
            return r.error();

        if (auto r = insertEvent(orderId, created, desk.id, desk.name, kindKey[0], empty, empty, orderNumber,
                                 nullId(std::nullopt), stepIds[Call], empty);
            !r)
            return r.error();
        ++report.events;
        Person holder = desk;
        for (const Move &mv : moves) {
            const Person actor = responsibleFor(mv.from);
            if (auto r = insertEvent(orderId, mv.at, actor.id, actor.name, kindKey[1], stepField,
                                     wf->steps[mv.from].name, wf->steps[mv.to].name,
                                     stepIds[static_cast<std::size_t>(mv.from)], stepIds[static_cast<std::size_t>(mv.to)], empty);
                !r)
                return r.error();
            ++report.events;
            const Person next = responsibleFor(mv.to);
            if (next.id != holder.id) {
                if (auto r = insertEvent(orderId, mv.at, actor.id, actor.name, kindKey[2], responsibleField, holder.name,
                                         next.name, nullId(std::nullopt), nullId(std::nullopt), empty);
                    !r)
                    return r.error();
                ++report.events;
                holder = next;
            }
        }
        if (rng.chance(12)) {
            const QString body = QString::fromUtf8(rng.pick(demo::data::notes));
            const qint64 at = created + rng.between(1, 90) * Minute;
            if (at <= nowSecs) {
                if (auto r = insertNote(orderId, at, desk.id, desk.name, body); !r)
                    return r.error();
                if (auto r = insertEvent(orderId, at, desk.id, desk.name, kindKey[3], empty, empty, empty,
                                         nullId(std::nullopt), nullId(std::nullopt), body);
                    !r)
                    return r.error();
                ++report.events;
            }
        }

        // Appointments: done when over, planned when ahead, cancelled when the order was.
        for (const Visit &v : visits) {
            QString status = toKey(AppointmentStatus::Planned);
            if (v.end <= nowSecs)
                status = toKey(rng.chance(3) ? AppointmentStatus::Missed : AppointmentStatus::Done);
            else if (current == Cancelled)
                status = toKey(AppointmentStatus::Cancelled);
            const qint64 booked = std::min(v.start, nowSecs);
            if (auto r = insertAppointment(orderId, v.staffId, v.start, v.end, toKey(v.kind), status, empty, booked, booked); !r)
                return r.error();
            ++report.appointments;
        }

        // Lines of the quote.
        QList<InvoiceLine> orderLines;
        if (!(current == Cancelled && moves.size() <= 1)) {
            int position = 0;
            auto line = [&](const demo::data::Product &p, qint64 quantity, int vatRate) -> Result<void> {
                ++report.lineItems;
                orderLines.append({position, QString::fromUtf8(p.description), quantity, static_cast<qint64>(p.unitPriceCents),
                                   vatRate, 0});
                return insertLine(orderId, position++, QString::fromUtf8(p.description), quantity,
                                  static_cast<qint64>(p.unitPriceCents), vatRate, 0);
            };
            const int vatRate = rng.chance(10) ? 1000 : 2100;
            Result<void> r;
            if (job == Job::Installation) {
                const qint64 count = (items + 1) * 1000;
                r = line(rng.pick(demo::data::windows), count, vatRate);
                if (r)
                    r = line(demo::data::extras[0], count, vatRate);
                if (r)
                    r = line(demo::data::extras[1], count, vatRate);
                if (r && rng.chance(50))
                    r = line(demo::data::extras[2], count, vatRate);
                if (r && rng.chance(25))
                    r = line(demo::data::extras[3], count, vatRate);
            } else {
                r = line(demo::data::repairs[0], rng.between(1, job == Job::Maintenance ? 6 : 3) * 1000, 2100);
                if (r)
                    r = line(demo::data::repairs[1], 1000, 2100);
                if (r && job == Job::Repair)
                    r = line(demo::data::repairs[static_cast<std::size_t>(rng.between(2, 5))], 1000, 2100);
            }
            if (!r)
                return r.error();
        }

        for (const Move &mv : moves) {
            if (mv.to != Invoiced || mv.at < invoicingFrom || orderLines.isEmpty())
                continue;
            PendingInvoice inv{orderId, static_cast<int>(customer.id - 1), mv.at, std::nullopt, orderLines};
            for (const Move &later : moves)
                if (later.from == Invoiced && later.to == Paid)
                    inv.paidAt = later.at;
            pendingInvoices.push_back(std::move(inv));
        }

        ++report.orders;
        report.openOrders += open ? 1 : 0;
        // One transaction for the whole company: a failure leaves the database as empty as it was.
        if (orderId % 20000 == 0 && options.progress)
            options.progress(static_cast<int>(orderId * 100 / size.orders));
    }
    report.customers = static_cast<qint64>(customers.size());

    // The company's data, and its invoices in issue order: gapless numbers per year, chained by hash.
    {
        CompanyProfile company;
        company.legalName = QStringLiteral("Ventanas Sol S.L.");
        company.taxId = QStringLiteral("B86123457");
        company.address = QStringLiteral("Calle del Sol 5");
        company.postcode = QStringLiteral("28004");
        company.city = QStringLiteral("Madrid");
        company.phone = QStringLiteral("910 000 000");
        company.email = QStringLiteral("facturas@ventanassol.es");
        company.iban = QStringLiteral("ES91 2100 0418 4502 0005 1332");
        if (auto r = InvoiceService(m_db).saveCompany(company); !r)
            return r.error();
        std::stable_sort(pendingInvoices.begin(), pendingInvoices.end(),
                         [](const PendingInvoice &a, const PendingInvoice &b) { return a.issuedAt < b.issuedAt; });
        BulkInsert insertInvoice(m_db, QStringLiteral(
            "INSERT INTO invoices (id, kind, status, series, year, sequence, number, order_id, customer_id, issued_at, due_at, "
            "issuer_name, issuer_tax_id, issuer_address, customer_name, customer_tax_id, customer_address, base_cents, vat_cents, "
            "total_cents, chain_index, previous_hash, hash, created_at, updated_at) "
            "VALUES (?, 'standard', 'draft', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        BulkInsert insertInvoiceLine(m_db, QStringLiteral(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, vat_rate, discount) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        BulkInsert insertVat(m_db, QStringLiteral("INSERT INTO invoice_vat (invoice_id, rate, base_cents, vat_cents) VALUES (?, ?, ?, ?)"));
        BulkInsert insertPayment(m_db, QStringLiteral(
            "INSERT INTO payments (invoice_id, paid_at, amount_cents, method, note, created_at, created_by) "
            "VALUES (?, ?, ?, 'transfer', '', ?, 'Marta Sanz')"));
        std::map<int, qint64> invoiceSequence;
        QString previousHash;
        const QString issuerAddress = company.fullAddress();
        Id invoiceId = 0;
        for (const PendingInvoice &p : pendingInvoices) {
            Invoice inv;
            inv.status = InvoiceStatus::Issued;
            const int year = QDateTime::fromSecsSinceEpoch(p.issuedAt).toTimeZone(QTimeZone("Europe/Madrid")).date().year();
            const qint64 sequence = ++invoiceSequence[year];
            inv.number = InvoiceService::formatNumber(QString(), year, sequence);
            inv.issuedAt = p.issuedAt;
            inv.dueAt = p.issuedAt + 30 * DaySecs;
            inv.issuerName = company.legalName;
            inv.issuerTaxId = company.taxId;
            inv.issuerAddress = issuerAddress;
            const CustomerInfo &c = customers[static_cast<std::size_t>(p.customer)];
            inv.customerName = c.name;
            inv.customerTaxId = c.taxId;
            inv.customerAddress = c.address;
            inv.lines = p.lines;
            QList<money::LineInput> in;
            for (const auto &l : p.lines)
                in.append({l.quantity, l.unitPrice, l.vatRate, l.discount});
            inv.totals = money::totals(in);
            inv.chainIndex = ++invoiceId;
            inv.previousHash = previousHash;
            inv.hash = InvoiceService::computeHash(inv);
            previousHash = inv.hash;
            if (auto r = insertInvoice(invoiceId, year, sequence, inv.number, p.orderId, c.id, *inv.issuedAt, *inv.dueAt,
                                       inv.issuerName, inv.issuerTaxId, inv.issuerAddress, inv.customerName, inv.customerTaxId,
                                       inv.customerAddress, inv.totals.base, inv.totals.vat, inv.totals.total, inv.chainIndex,
                                       inv.previousHash, inv.hash, p.issuedAt, p.issuedAt);
                !r)
                return r.error();
            for (const auto &l : p.lines)
                if (auto r = insertInvoiceLine(invoiceId, l.position, l.description, l.quantity, l.unitPrice, l.vatRate, 0); !r)
                    return r.error();
            for (const auto &b : inv.totals.buckets)
                if (auto r = insertVat(invoiceId, b.rate, b.base, b.vat); !r)
                    return r.error();
            if (p.paidAt)
                if (auto r = insertPayment(invoiceId, *p.paidAt, inv.totals.total, *p.paidAt); !r)
                    return r.error();
        }
        // Issued in one statement, now that their lines are in.
        if (auto r = m_db.run(QStringLiteral("UPDATE invoices SET status = 'issued' WHERE status = 'draft'")); !r)
            return r.error();
        for (const auto &[year, value] : invoiceSequence)
            if (auto r = m_db.run(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, ?)"),
                                  {QStringLiteral("invoice::%1").arg(year), value}); !r)
                return r.error();
        report.invoices = static_cast<qint64>(pendingInvoices.size());
    }

    // Periodic reviews as the company runs them: the front desk daily, Marta weekly, Pilar monthly,
    // each signed off for the periods before this one; this period's are still due.
    {
        ReviewService reviews(m_db);
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
            {QT_TR_NOOP("Morning check of the board"), Cadence::Daily, pools->reception.first(),
             {ReviewCheck::PastTarget, ReviewCheck::VisitsWithoutOutcome, ReviewCheck::Unassigned}, 5},
            {QT_TR_NOOP("Friday review of open orders"), Cadence::Weekly, pools->admin.first(), all, 6},
            {QT_TR_NOOP("Monthly review of unpaid invoices"), Cadence::Monthly, pools->owner,
             {ReviewCheck::UnpaidInvoices, ReviewCheck::MissedReviews}, 3},
        };
        const QStringList notes{tr("Called the customers with quotes waiting; two visits rebooked."),
                                tr("All clear."), tr("Reminded the technicians to close their visits the same day.")};
        int note = 0;
        for (const auto &plan : plans) {
            ReviewPlan p;
            p.name = tr(plan.name);
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
                if (auto r = m_db.run(QStringLiteral("INSERT INTO reviews (plan_id, period_start, period_end, opened_at, signed_at, "
                                                     "signed_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                      {*planId, start, end, signedAt - HourSecs, signedAt, plan.person.name,
                                       notes[note++ % notes.size()]});
                    !r)
                    return r.error();
            }
        }
    }

    if (auto r = indexing.finish(); !r)
        return r.error();
    for (const auto &[year, value] : sequenceByYear) {
        auto r = m_db.run(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, ?)"),
                          {QStringLiteral("work_order:%1").arg(year), value});
        if (!r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (options.progress)
        options.progress(100);
    report.milliseconds = timer.elapsed();
    m_db.notifier().announceOrdersReset();
    return report;
}

} // namespace ordo
