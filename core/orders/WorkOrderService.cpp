#include "core/orders/WorkOrderService.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

#include "core/common/Authorization.h"
#include "core/orders/OrderAccess.h"

#include "core/common/Clock.h"
#include "core/orders/EventLog.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/VersionedUpdate.h"
#include "core/workflow/Responsibility.h"
#include "core/workflow/WorkflowRepository.h"

#include <QSqlQuery>

namespace ordo {

namespace {

const QString selectOrder = QStringLiteral(
    "SELECT o.id, o.number, o.customer_id, c.name, o.site_id, coalesce(si.address, c.address), o.workflow_version_id, "
    "o.step_id, st.name, st.kind, o.responsible_id, coalesce(r.name, ''), o.assignee_id, coalesce(a.name, ''), "
    "o.priority, o.job_type, o.due_at, o.title, o.description, o.created_at, o.updated_at, o.step_entered_at, "
    "o.version "
    "FROM work_orders o "
    "JOIN customers c ON c.id = o.customer_id "
    "JOIN steps st ON st.id = o.step_id "
    "LEFT JOIN sites si ON si.id = o.site_id "
    "LEFT JOIN staff r ON r.id = o.responsible_id "
    "LEFT JOIN staff a ON a.id = o.assignee_id ");

std::optional<qint64> optionalValue(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

WorkOrder fromRow(const QSqlQuery &q)
{
    WorkOrder o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.customerId = q.value(2).toLongLong();
    o.customerName = q.value(3).toString();
    o.siteId = optionalValue(q.value(4));
    o.siteAddress = q.value(5).toString();
    o.workflowVersionId = q.value(6).toLongLong();
    o.stepId = q.value(7).toLongLong();
    o.stepName = q.value(8).toString();
    o.stepKind = stepKindFromKey(q.value(9).toString()).value_or(StepKind::Open);
    o.responsibleId = optionalValue(q.value(10));
    o.responsibleName = q.value(11).toString();
    o.assigneeId = optionalValue(q.value(12));
    o.assigneeName = q.value(13).toString();
    o.priority = static_cast<Priority>(std::clamp(q.value(14).toInt(), 0, 3));
    o.jobType = q.value(15).toString();
    o.dueAt = optionalValue(q.value(16));
    o.title = q.value(17).toString();
    o.description = q.value(18).toString();
    o.createdAt = q.value(19).toLongLong();
    o.updatedAt = q.value(20).toLongLong();
    o.stepEnteredAt = q.value(21).toLongLong();
    o.version = q.value(22).toLongLong();
    return o;
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString WorkOrderService::formatNumber(int year, qint64 sequence, const QString &prefix)
{
    return QStringLiteral("%1%2-%3").arg(prefix).arg(year).arg(sequence, 5, 10, QLatin1Char('0'));
}

Result<QString> WorkOrderService::takeNumber(Database &db, int year)
{
    Q_ASSERT(db.inTransaction());
    const QString counter = QStringLiteral("work_order:%1").arg(year);
    auto bumped = db.run(QStringLiteral("UPDATE sequences SET value = value + 1 WHERE name = ? RETURNING value"), {counter});
    if (!bumped)
        return bumped.error();
    qint64 value = 1;
    if (bumped->next()) {
        value = bumped->value(0).toLongLong();
    } else {
        auto inserted = db.run(QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, 1)"), {counter});
        if (!inserted)
            return inserted.error();
    }
    return formatNumber(year, value, numberPrefix(db));
}

QString WorkOrderService::numberPrefix(Database &db)
{
    return CompanySettings(db).value(QString(settings::OrdersPrefix), QStringLiteral("WO-"));
}

QString WorkOrderService::yearPrefix(Database &db, int year)
{
    return QStringLiteral("%1%2-").arg(numberPrefix(db)).arg(year);
}

Result<void> WorkOrderService::validate(const OrderDetails &n) const
{
    if (n.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The order needs a title: what is the job?"));
    if (n.customerId <= 0)
        return makeError(ErrorCode::Invalid, tr("The order needs a customer."));
    if (n.siteId) {
        // An order's site is one of its customer's addresses, never another customer's.
        auto owner = m_db.scalar(QStringLiteral("SELECT customer_id FROM sites WHERE id = ?"), {*n.siteId});
        if (!owner && owner.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, tr("That site address no longer exists."));
        if (!owner)
            return owner.error();
        if (owner->toLongLong() != n.customerId)
            return makeError(ErrorCode::Invalid, tr("That site is an address of another customer: choose one of this "
                                                    "customer's addresses, or type the address again."));
    }
    for (const auto &line : n.lines) {
        if (line.description.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Every line needs a description."));
        if (line.vatRate < 0 || line.vatRate > 10000 || line.discount < 0 || line.discount > 10000)
            return makeError(ErrorCode::Invalid, tr("“%1”: VAT and discount must be between 0 % and 100 %.")
                                                     .arg(line.description));
    }
    return {};
}

Result<void> WorkOrderService::writeLines(Id orderId, const QList<LineItem> &lines)
{
    int position = 0;
    for (const auto &line : lines) {
        auto r = m_db.run(QStringLiteral("INSERT INTO line_items (order_id, position, description, quantity, unit_price, "
                                         "vat_rate, discount) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {orderId, position++, line.description.trimmed(), line.quantity, line.unitPrice,
                           line.vatRate, line.discount});
        if (!r)
            return r.error();
    }
    return {};
}

Result<WorkOrder> WorkOrderService::create(const NewWorkOrder &n, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (auto valid = validate(n); !valid)
        return valid.error();

    Id orderId = 0;
    auto done = withTransaction(m_db, [&]() -> Result<Id> {
        WorkflowRepository workflows(m_db);
        auto wf = n.workflowId ? workflows.latest(n.workflowId) : workflows.defaultLatest();
        if (!wf)
            return wf.error();
        const Step *first = wf->step(wf->initialStepId);
        if (!first)
            return makeError(ErrorCode::Invalid, tr("The process map “%1” has no first step.").arg(wf->workflowName));

        auto customer = m_db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {n.customerId});
        if (!customer)
            return customer.error();
        if (customer->toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(n.customerId));

        auto responsible = resolveResponsible(m_db, *first, n.assigneeId, std::nullopt);
        if (!responsible)
            return responsible.error();

        const QDateTime now = Clock::now();
        const qint64 at = now.toSecsSinceEpoch();
        auto number = takeNumber(m_db, now.toLocalTime().date().year());
        if (!number)
            return number.error();

        auto id = m_db.scalar(
            QStringLiteral("INSERT INTO work_orders (number, customer_id, site_id, workflow_version_id, step_id, is_open, "
                           "responsible_id, assignee_id, priority, job_type, due_at, title, description, created_at, "
                           "updated_at, step_entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {*number, n.customerId, nullable(n.siteId), wf->id, first->id, isActive(first->kind) ? 1 : 0,
             nullable(*responsible), nullable(n.assigneeId), static_cast<int>(n.priority), n.jobType.trimmed(),
             nullable(n.dueAt), n.title.trimmed(), n.description.trimmed(), at, at, at});
        if (!id)
            return id.error();
        orderId = id->toLongLong();

        if (auto r = writeLines(orderId, n.lines); !r)
            return r.error();

        eventlog::Entry created{orderId, by, EventKind::Created, {}, {}, *number, std::nullopt, first->id, {}};
        if (auto r = eventlog::append(m_db, created, at); !r)
            return r.error();
        return orderId;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceOrder(orderId);
    return find(orderId);
}

namespace {

// The lines as facts for the history: quantity in thousandths, description, net in cents.
QVariantList linesFacts(const QList<LineItem> &lines)
{
    QVariantList list;
    for (const auto &l : lines)
        list << QVariantMap{{QStringLiteral("quantity"), l.quantity},
                            {QStringLiteral("description"), l.description.trimmed()},
                            {QStringLiteral("net"), l.net()}};
    return list;
}

bool sameLines(const QList<LineItem> &a, const QList<LineItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].description.trimmed() != b[i].description.trimmed() || a[i].quantity != b[i].quantity ||
            a[i].unitPrice != b[i].unitPrice || a[i].vatRate != b[i].vatRate || a[i].discount != b[i].discount)
            return false;
    return true;
}

QString epochText(const std::optional<qint64> &at)
{
    return at ? QString::number(*at) : QString();
}

} // namespace

Result<WorkOrder> WorkOrderService::update(Id orderId, qint64 expectedVersion, const OrderDetails &n, const Actor &by)
{
    if (auto allowed = authorizeOrder(m_db, by, orderId); !allowed)
        return allowed.error();
    if (auto valid = validate(n); !valid)
        return valid.error();
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto current = find(orderId);
        if (!current)
            return current.error();
        //: The subject of "%1 was changed by someone else meanwhile…"
        const QString what = tr("Order %1").arg(current->number);
        if (current->version != expectedVersion)
            return concurrentEdit(what);
        auto oldLines = lines(orderId);
        if (!oldLines)
            return oldLines.error();

        QList<eventlog::Entry> changes;
        auto changed = [&](const char *field, const QString &before, const QString &after, EventKind kind = EventKind::FieldChanged) {
            if (before != after)
                changes.append({orderId, by, kind, QLatin1String(field), before, after, std::nullopt, std::nullopt, {}});
        };
        changed("title", current->title, n.title.trimmed());
        changed("description", current->description, n.description.trimmed());
        changed("job_type", current->jobType, n.jobType.trimmed());
        changed("priority", toKey(current->priority), toKey(n.priority));
        changed("due_at", epochText(current->dueAt), epochText(n.dueAt));
        if (current->customerId != n.customerId) {
            // Two customers of one name (a web booking that could not tell them apart): the history
            // tells them apart by phone or e-mail, and the change is never taken for no change.
            auto name = m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {n.customerId});
            if (!name)
                return makeError(ErrorCode::NotFound, tr("There is no customer number %1.").arg(n.customerId));
            QString before = current->customerName;
            QString after = name->toString();
            if (before == after) {
                auto contact = [&](Id id) {
                    auto q = m_db.scalar(QStringLiteral("SELECT coalesce(nullif(phone, ''), email, '') FROM customers WHERE id = ?"), {id});
                    return q ? q->toString() : QString();
                };
                before += QStringLiteral(" (%1)").arg(contact(current->customerId));
                after += QStringLiteral(" (%1)").arg(contact(n.customerId));
            }
            changes.append({orderId, by, EventKind::FieldChanged, QStringLiteral("customer"), before, after, std::nullopt,
                            std::nullopt, {}});
        }
        if (current->siteId != n.siteId) {
            QString address;
            if (n.siteId) {
                auto a = m_db.scalar(QStringLiteral("SELECT address FROM sites WHERE id = ?"), {*n.siteId});
                if (!a)
                    return makeError(ErrorCode::NotFound, tr("That site address no longer exists."));
                address = a->toString();
            }
            changed("site", current->siteAddress, address);
        }
        if (current->assigneeId != n.assigneeId) {
            QString name;
            if (n.assigneeId) {
                auto a = m_db.scalar(QStringLiteral("SELECT name FROM staff WHERE id = ?"), {*n.assigneeId});
                if (!a)
                    return makeError(ErrorCode::NotFound, tr("That staff member no longer exists."));
                name = a->toString();
            }
            changed("assignee", current->assigneeName, name, EventKind::Assigned);
        }
        const bool linesChanged = !sameLines(*oldLines, n.lines);
        if (linesChanged)
            changes.append({orderId, by, EventKind::FieldChanged, QStringLiteral("lines"), {}, {}, std::nullopt, std::nullopt, {},
                            {{QStringLiteral("before"), linesFacts(*oldLines)}, {QStringLiteral("after"), linesFacts(n.lines)}}});
        if (changes.isEmpty())
            return true;

        const qint64 at = Clock::nowSecs();
        const VersionedUpdate update{"work_orders", orderId, expectedVersion,
                                     {{"customer_id", n.customerId}, {"site_id", nullable(n.siteId)},
                                      {"title", n.title.trimmed()}, {"description", n.description.trimmed()},
                                      {"job_type", n.jobType.trimmed()}, {"priority", static_cast<int>(n.priority)},
                                      {"due_at", nullable(n.dueAt)}, {"assignee_id", nullable(n.assigneeId)},
                                      {"updated_at", at}}};
        if (auto r = updateVersioned(m_db, update, what); !r)
            return r.error();
        if (linesChanged) {
            if (auto d = m_db.run(QStringLiteral("DELETE FROM line_items WHERE order_id = ?"), {orderId}); !d)
                return d.error();
            if (auto w = writeLines(orderId, n.lines); !w)
                return w.error();
        }
        for (const auto &e : changes)
            if (auto logged = eventlog::append(m_db, e, at); !logged)
                return logged.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceOrder(orderId);
    return find(orderId);
}

Result<WorkOrder> WorkOrderService::find(Id id) const
{
    auto q = m_db.run(selectOrder + QStringLiteral("WHERE o.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no work order with id %1.").arg(id));
    return fromRow(*q);
}

Result<WorkOrder> WorkOrderService::findByNumber(const QString &number) const
{
    auto q = m_db.run(selectOrder + QStringLiteral("WHERE o.number = ?"), {number.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no work order %1.").arg(number.trimmed()));
    return fromRow(*q);
}

namespace {

QString whereClause(const OrderFilter &f, QVariantList &values)
{
    QStringList conditions;
    if (f.stepId) {
        conditions << QStringLiteral("o.step_id = ?");
        values << *f.stepId;
    }
    if (f.customerId) {
        conditions << QStringLiteral("o.customer_id = ?");
        values << *f.customerId;
    }
    if (f.openOnly)
        conditions << QStringLiteral("o.is_open = 1");
    if (f.beforeId) {
        conditions << QStringLiteral("o.id < ?");
        values << *f.beforeId;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

} // namespace

Result<QList<WorkOrder>> WorkOrderService::list(const OrderFilter &filter) const
{
    QVariantList values;
    OrderFilter f = filter;
    const bool keyset = f.sort == OrderSort::Created && f.descending;
    if (!keyset)
        f.beforeId.reset();
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (f.sort) {
    case OrderSort::Created: order = QStringLiteral("o.id") + dir; break;
    case OrderSort::Step: order = QStringLiteral("st.position") + dir; break;
    case OrderSort::Customer: order = QStringLiteral("c.name") + dir; break;
    case OrderSort::Title: order = QStringLiteral("o.title") + dir; break;
    case OrderSort::Responsible: order = QStringLiteral("coalesce(r.name, '')") + dir; break;
    case OrderSort::Assignee: order = QStringLiteral("coalesce(a.name, '')") + dir; break;
    case OrderSort::Priority: order = QStringLiteral("o.priority") + dir; break;
    // Orders without a due date go last whichever way the dates run.
    case OrderSort::Due: order = QStringLiteral("CASE WHEN o.due_at IS NULL THEN 1 ELSE 0 END, o.due_at") + dir; break;
    }
    if (f.sort != OrderSort::Created)
        order += QStringLiteral(", o.id DESC");
    QString sql = selectOrder + whereClause(f, values) + QStringLiteral("ORDER BY ") + order;
    if (f.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << f.limit;
        if (!keyset && f.offset > 0) {
            sql += QStringLiteral(" OFFSET ?");
            values << f.offset;
        }
    }
    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    QList<WorkOrder> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<qint64> WorkOrderService::count(const OrderFilter &filter) const
{
    QVariantList values;
    OrderFilter unpaged = filter;
    unpaged.beforeId.reset();
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM work_orders o ") + whereClause(unpaged, values), values);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<WorkOrder>> WorkOrderService::search(const QString &text, int limit) const
{
    auto ids = search::orders(m_db, text, limit);
    if (!ids)
        return ids.error();
    QList<WorkOrder> result;
    if (ids->isEmpty())
        return result;
    QStringList marks;
    QVariantList values;
    for (Id id : *ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto q = m_db.run(selectOrder + QStringLiteral("WHERE o.id IN (%1) ORDER BY o.id DESC").arg(marks.join(QLatin1Char(','))),
                      values);
    if (!q)
        return q.error();
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<QHash<Id, qint64>> WorkOrderService::openCountsByStep() const
{
    auto q = m_db.run(QStringLiteral("SELECT step_id, count(*) FROM work_orders WHERE is_open = 1 GROUP BY step_id"));
    if (!q)
        return q.error();
    QHash<Id, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return counts;
}

Result<OrderDetails> WorkOrderService::details(const WorkOrder &order) const
{
    auto saved = lines(order.id);
    if (!saved)
        return saved.error();
    OrderDetails d;
    d.customerId = order.customerId;
    d.siteId = order.siteId;
    d.title = order.title;
    d.description = order.description;
    d.jobType = order.jobType;
    d.priority = order.priority;
    d.dueAt = order.dueAt;
    d.assigneeId = order.assigneeId;
    d.lines = *saved;
    return d;
}

Result<QList<LineItem>> WorkOrderService::lines(Id orderId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, position, description, quantity, unit_price, vat_rate, discount "
                                     "FROM line_items WHERE order_id = ? ORDER BY position"),
                      {orderId});
    if (!q)
        return q.error();
    QList<LineItem> result;
    while (q->next()) {
        LineItem l;
        l.id = q->value(0).toLongLong();
        l.position = q->value(1).toInt();
        l.description = q->value(2).toString();
        l.quantity = q->value(3).toLongLong();
        l.unitPrice = q->value(4).toLongLong();
        l.vatRate = q->value(5).toInt();
        l.discount = q->value(6).toInt();
        result.append(l);
    }
    return result;
}

Result<QList<OrderEvent>> WorkOrderService::history(Id orderId) const
{
    return eventlog::forOrder(m_db, orderId);
}

Result<void> WorkOrderService::addNote(Id orderId, const Actor &by, const QString &body)
{
    if (auto allowed = authorizeOrder(m_db, by, orderId); !allowed)
        return allowed;
    if (body.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The note is empty."));
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        const qint64 at = Clock::nowSecs();
        auto touched = m_db.run(QStringLiteral("UPDATE work_orders SET updated_at = ? WHERE id = ?"), {at, orderId});
        if (!touched)
            return touched.error();
        if (touched->numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("There is no work order with id %1.").arg(orderId));
        auto r = m_db.run(QStringLiteral("INSERT INTO order_notes (order_id, at, author_id, author_name, body) VALUES (?, ?, ?, ?, ?)"),
                          {orderId, at, nullable(by.staffId), by.name, body.trimmed()});
        if (!r)
            return r.error();
        eventlog::Entry e{orderId, by, EventKind::Note, {}, {}, {}, std::nullopt, std::nullopt, body.trimmed()};
        if (auto logged = eventlog::append(m_db, e, at); !logged)
            return logged.error();
        return true;
    });
    if (!done)
        return done.error();
    m_db.notifier().announceOrder(orderId);
    return {};
}

Result<QString> WorkOrderService::workPostcode(Id orderId) const
{
    auto postcode = m_db.scalar(QStringLiteral("SELECT coalesce(si.postcode, c.postcode) FROM work_orders o "
                                               "JOIN customers c ON c.id = o.customer_id LEFT JOIN sites si "
                                               "ON si.id = o.site_id WHERE o.id = ?"),
                                {orderId});
    if (!postcode)
        return postcode.error();
    return postcode->toString();
}

} // namespace ordo
