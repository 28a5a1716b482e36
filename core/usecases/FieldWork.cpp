#include "core/usecases/FieldWork.h"

#include "core/billing/InvoiceMail.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/MailOutbox.h"
#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/usecases/OrderMoves.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ordo {

namespace {

const QStringList onSiteKinds{QStringLiteral("on_my_way"), QStringLiteral("arrived"), QStringLiteral("paused"),
                              QStringLiteral("resumed"), QStringLiteral("finished")};
const QStringList allKinds = onSiteKinds + QStringList{QStringLiteral("note"), QStringLiteral("line"), QStringLiteral("photo"),
                                                       QStringLiteral("signature")};

QByteArray imageType(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return "image/png";
    if (data.size() > 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return "image/webp";
    return {};
}

QString hourOf(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc).toLocalTime().toString(QStringLiteral("HH:mm"));
}

// A refusal the phone is told about, and the office reads.
struct Refusal
{
    ErrorCode code = ErrorCode::Conflict;
    QString message;
};

} // namespace

Result<FieldJob> FieldWork::jobOf(const CalendarEntry &visit) const
{
    FieldJob job;
    job.visit = visit;
    WorkOrderService orders(m_db);
    auto order = orders.find(visit.appointment.orderId);
    if (!order)
        return order.error();
    job.order = *order;
    auto lines = orders.lines(order->id);
    if (!lines)
        return lines.error();
    job.lines = *lines;
    auto history = orders.history(order->id);
    if (!history)
        return history.error();
    for (auto it = history->crbegin(); it != history->crend() && job.notes.size() < 10; ++it)
        if (it->kind == EventKind::Note)
            job.notes << *it;
    if (order->siteId) {
        auto q = m_db.run(QStringLiteral("SELECT id FROM work_orders WHERE site_id = ? AND id <> ? ORDER BY created_at DESC LIMIT 5"),
                          {*order->siteId, order->id});
        if (!q)
            return q.error();
        while (q->next()) {
            auto earlier = orders.find(q->value(0).toLongLong());
            if (!earlier)
                return earlier.error();
            job.siteJobs << *earlier;
        }
    }
    auto state = m_db.run(QStringLiteral("SELECT kind, done_at FROM field_actions WHERE appointment_id = ? AND outcome = 'applied' "
                                         "AND kind IN ('on_my_way', 'arrived', 'paused', 'resumed', 'finished') ORDER BY id DESC LIMIT 1"),
                          {visit.appointment.id});
    if (!state)
        return state.error();
    if (state->next()) {
        job.onSite = state->value(0).toString() == QLatin1String("resumed") ? QStringLiteral("arrived") : state->value(0).toString();
        job.onSiteAt = state->value(1).toLongLong();
    }
    auto pictures = m_db.run(QStringLiteral("SELECT id, kind, signer FROM order_photos WHERE order_id = ? AND appointment_id = ? ORDER BY id"),
                             {order->id, visit.appointment.id});
    if (!pictures)
        return pictures.error();
    while (pictures->next()) {
        if (pictures->value(1).toString() == QLatin1String("signature")) {
            job.signedByCustomer = true;
            job.signedBy = pictures->value(2).toString();
        } else {
            job.photoIds << pictures->value(0).toLongLong();
        }
    }
    AssetRegistry assets(m_db);
    auto here = order->siteId ? assets.ofSite(*order->siteId) : assets.ofCustomer(order->customerId);
    if (!here)
        return here.error();
    for (const Asset &a : *here)
        if (a.active && a.siteId == order->siteId)
            job.siteAssets << a;
    auto named = assets.ofOrder(order->id);
    if (!named)
        return named.error();
    for (const Asset &a : *named)
        job.orderAssetIds << a.id;
    auto invoice = invoicing::wholeInvoiceOf(m_db, order->id);
    if (!invoice)
        return invoice.error();
    if (*invoice)
        job.invoiceNumber = (*invoice)->number;
    return job;
}

Result<QList<FieldJob>> FieldWork::jobs(Id staffId, const QDate &from, int days) const
{
    const qint64 start = Clock::startOf(from);
    const qint64 end = Clock::startOf(from.addDays(std::clamp(days, 1, 31)));
    auto visits = AppointmentService(m_db).range(start, end, {staffId});
    if (!visits)
        return visits.error();
    QList<FieldJob> out;
    for (const CalendarEntry &v : *visits) {
        if (v.appointment.status == AppointmentStatus::Cancelled)
            continue;
        auto job = jobOf(v);
        if (!job)
            return job.error();
        out << *job;
    }
    return out;
}

Result<FieldJob> FieldWork::job(Id staffId, Id appointmentId) const
{
    auto visit = AppointmentService(m_db).find(appointmentId);
    if (!visit)
        return visit.error();
    if (visit->appointment.staffId != staffId)
        return makeError(ErrorCode::NotPermitted, tr("This visit is not yours."));
    return jobOf(*visit);
}

Result<FieldOutcome> FieldWork::apply(Id staffId, const FieldAction &action)
{
    if (action.key.trimmed().isEmpty() || action.key.size() > 100)
        return makeError(ErrorCode::Invalid, tr("The action has no key: update the app."));
    if (!allKinds.contains(action.type))
        return makeError(ErrorCode::Invalid, tr("Unknown action “%1”: update the app.").arg(action.type.left(40)));
    auto actor = Accounts(m_db).actorFor(staffId);
    if (!actor)
        return actor.error();
    const qint64 received = Clock::nowSecs();
    // The phone's clock says when it was done; a clock far off is not believed.
    const qint64 at = action.at > received - 14 * 86400 && action.at <= received + 600 ? action.at : received;

    FieldOutcome outcome;
    std::optional<Refusal> refusal;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        auto before = m_db.run(QStringLiteral("SELECT outcome, message FROM field_actions WHERE staff_id = ? AND idempotency_key = ?"),
                               {staffId, action.key});
        if (!before)
            return before.error();
        if (before->next()) {
            outcome.duplicate = true;
            if (before->value(0).toString() != QLatin1String("applied"))
                refusal = Refusal{before->value(0).toString() == QLatin1String("forbidden") ? ErrorCode::NotPermitted : ErrorCode::Conflict,
                                  before->value(1).toString()};
            return true;
        }
        AppointmentService appointments(m_db);
        auto visit = appointments.find(action.appointmentId);
        if (!visit)
            return visit.error();
        WorkOrderService orders(m_db);
        auto order = orders.find(visit->appointment.orderId);
        if (!order)
            return order.error();

        auto refuse = [&](ErrorCode code, const QString &message) -> Result<bool> {
            refusal = Refusal{code, message};
            if (code != ErrorCode::NotPermitted) {
                // The office reads what could not be applied.
                if (auto r = orders.addNote(order->id, *actor, tr("Not applied from the phone (%1, %2): %3")
                                                                    .arg(action.type, hourOf(at), message));
                    !r)
                    return r.error();
            }
            auto r = m_db.run(QStringLiteral("INSERT INTO field_actions (staff_id, idempotency_key, appointment_id, order_id, kind, "
                                             "done_at, received_at, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {staffId, action.key, action.appointmentId, order->id, action.type, at, received,
                               code == ErrorCode::NotPermitted ? QStringLiteral("forbidden") : QStringLiteral("refused"), message});
            if (!r)
                return r.error();
            return true;
        };

        if (visit->appointment.staffId != staffId)
            return refuse(ErrorCode::NotPermitted, tr("This visit is not yours (any more): the office gave it to %1.").arg(visit->staffName));
        if (visit->appointment.status == AppointmentStatus::Cancelled)
            return refuse(ErrorCode::Conflict, tr("The office cancelled this visit."));
        if (!isActive(order->stepKind) && action.type != QLatin1String("note"))
            return refuse(ErrorCode::Conflict, tr("Order %1 is closed (%2): call the office.").arg(order->number, order->stepName));

        const QVariantMap &p = action.payload;
        const QString who = actor->name;
        if (action.type == QLatin1String("note")) {
            const QString text = p.value(QStringLiteral("text")).toString().trimmed();
            if (text.isEmpty() || text.size() > MaxNoteChars)
                return makeError(ErrorCode::Invalid, tr("A note has between 1 and %1 characters.").arg(MaxNoteChars));
            if (auto r = orders.addNote(order->id, *actor, text); !r)
                return r.error();
        } else if (action.type == QLatin1String("line")) {
            LineItem line;
            line.description = p.value(QStringLiteral("description")).toString().trimmed().left(200);
            const double quantity = p.value(QStringLiteral("quantity")).toDouble();
            line.quantity = static_cast<Milli>(std::llround(quantity * 1000));
            line.unitPrice = p.value(QStringLiteral("unitPriceCents")).toLongLong();
            line.vatRate = static_cast<BasisPoints>(p.value(QStringLiteral("vatBp"), 2100).toInt());
            if (line.description.isEmpty() || line.quantity <= 0 || line.quantity > 100000000 || line.unitPrice < 0 ||
                line.unitPrice > 100000000 || line.vatRate < 0 || line.vatRate > 10000)
                return makeError(ErrorCode::Invalid, tr("A line needs a description, a quantity above zero and a price."));
            auto details = orders.details(*order);
            if (!details)
                return details.error();
            line.position = static_cast<int>(details->lines.size());
            details->lines << line;
            if (auto r = orders.update(order->id, order->version, *details, *actor); !r)
                return r.error();
        } else if (action.type == QLatin1String("photo") || action.type == QLatin1String("signature")) {
            const bool signature = action.type == QLatin1String("signature");
            const QByteArray data = QByteArray::fromBase64(p.value(signature ? QStringLiteral("png") : QStringLiteral("data")).toString().toLatin1());
            const QByteArray mime = imageType(data);
            if (data.isEmpty() || data.size() > MaxPhotoBytes || mime.isEmpty() || (signature && mime != "image/png"))
                return makeError(ErrorCode::Invalid, signature ? tr("The signature did not arrive as a picture: sign again.")
                                                               : tr("Only photos (JPEG, PNG or WebP) up to 3 MB can be kept."));
            const QString signer = p.value(QStringLiteral("name")).toString().trimmed().left(100);
            if (signature && signer.isEmpty())
                return makeError(ErrorCode::Invalid, tr("Write the name of the person who signs."));
            if (auto r = m_db.run(QStringLiteral("INSERT INTO order_photos (order_id, appointment_id, kind, mime, data, bytes, signer, "
                                                 "taken_at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {order->id, action.appointmentId, signature ? QStringLiteral("signature") : QStringLiteral("photo"),
                                   QString::fromLatin1(mime), QString::fromLatin1(data.toBase64()), data.size(), signer, at, staffId});
                !r)
                return r.error();
            if (auto r = orders.addNote(order->id, *actor, signature ? tr("Signed on the phone by %1 at %2.").arg(signer, hourOf(at))
                                                                     : tr("Photo taken on site at %1.").arg(hourOf(at)));
                !r)
                return r.error();
        } else {
            // On my way, arrived, paused, resumed, finished: the visit's progress in the order's history.
            const QString words = action.type == QLatin1String("on_my_way") ? tr("%1 is on the way (%2).")
                                  : action.type == QLatin1String("arrived") ? tr("%1 arrived on site at %2.")
                                  : action.type == QLatin1String("paused")  ? tr("%1 paused the work at %2.")
                                  : action.type == QLatin1String("resumed") ? tr("%1 went on with the work at %2.")
                                                                            : tr("%1 finished the work at %2.");
            if (auto r = orders.addNote(order->id, *actor, words.arg(who, hourOf(at))); !r)
                return r.error();
            if (action.type == QLatin1String("arrived") || action.type == QLatin1String("finished")) {
                // Along the map: arriving starts the technician's next step ("In progress"); finishing goes on
                // to the step that makes the invoice ("Work completed"), whose handler does what the company set.
                OrderMoves moves(m_db);
                bool invoiceStepReached = false;
                for (int hop = 0; hop < 3; ++hop) {
                    auto current = orders.find(order->id);
                    if (!current)
                        return current.error();
                    auto targets = moves.allowedTargets(order->id);
                    if (!targets)
                        return targets.error();
                    std::optional<Step> next;
                    for (const Step &s : *targets) {
                        if (s.kind != StepKind::Open)
                            continue;
                        if (action.type == QLatin1String("finished") && s.handler == StepHandler::CreateInvoice) {
                            next = s;
                            break;
                        }
                        if (!next && s.responsibleRole == Role::Technician && s.id != current->stepId)
                            next = s;
                    }
                    if (!next)
                        break;
                    // A step behind the current one (another day is needed) is not where finishing goes.
                    auto here = m_db.scalar(QStringLiteral("SELECT position FROM steps WHERE id = ?"), {current->stepId});
                    if (!here)
                        return here.error();
                    if (next->position <= here->toInt())
                        break;
                    auto moved = moves.move(order->id, current->version, next->id, *actor, QString());
                    if (!moved)
                        return refuse(ErrorCode::Conflict, moved.error().message);
                    if (next->handler == StepHandler::CreateInvoice)
                        invoiceStepReached = true;
                    if (action.type == QLatin1String("arrived") || next->handler == StepHandler::CreateInvoice)
                        break;
                }
                if (action.type == QLatin1String("finished")) {
                    auto fresh = appointments.find(action.appointmentId);
                    if (!fresh)
                        return fresh.error();
                    if (fresh->appointment.status == AppointmentStatus::Planned)
                        if (auto r = appointments.setStatus(fresh->appointment.id, fresh->version, AppointmentStatus::Done, *actor); !r)
                            return r.error();
                    if (invoiceStepReached)
                        if (auto r = invoiceOnFinish(order->id, *actor, outcome); !r)
                            return r.error();
                }
            }
        }
        if (auto r = m_db.run(QStringLiteral("INSERT INTO field_actions (staff_id, idempotency_key, appointment_id, order_id, kind, "
                                             "done_at, received_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, 'applied')"),
                              {staffId, action.key, action.appointmentId, order->id, action.type, at, received});
            !r)
            return r.error();
        outcome.applied = true;
        m_db.notifier().announceOrder(order->id);
        return true;
    });
    if (!done)
        return done.error();
    if (refusal)
        return makeError(refusal->code, refusal->message);
    auto job = this->job(staffId, action.appointmentId);
    if (job)
        outcome.job = *job;
    return outcome;
}

FinishInvoice FieldWork::finishInvoice(Database &db)
{
    const QString v = CompanySettings(db).value(QString(settings::FieldFinishInvoice));
    if (v == QLatin1String("issue"))
        return FinishInvoice::Issue;
    if (v == QLatin1String("issue_and_mail"))
        return FinishInvoice::IssueAndMail;
    return FinishInvoice::Draft;
}

Result<void> FieldWork::setFinishInvoice(Database &db, FinishInvoice choice, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageCompany); !allowed)
        return allowed.error();
    const QString v = choice == FinishInvoice::Issue          ? QStringLiteral("issue")
                      : choice == FinishInvoice::IssueAndMail ? QStringLiteral("issue_and_mail")
                                                              : QStringLiteral("draft");
    return withTransaction(db, [&]() { return CompanySettings(db).setValue(QString(settings::FieldFinishInvoice), v); });
}

Result<void> FieldWork::invoiceOnFinish(Id orderId, const Actor &technician, FieldOutcome &outcome)
{
    const FinishInvoice choice = finishInvoice(m_db);
    if (choice == FinishInvoice::Draft)
        return {};
    // The company chose it, so the map issues (and mails) the invoice, signed with the technician's
    // name; they need no invoice permission of their own.
    Actor asTheMap = technician;
    asTheMap.permissions.set(Permission::DraftInvoices);
    asTheMap.permissions.set(Permission::IssueInvoices);
    asTheMap.permissions.set(Permission::SendInvoices);
    // The finished job stands whatever happens to the invoice: a refusal (the customer's tax ID
    // missing, the company's data incomplete) undoes only what the issuing wrote, and says why.
    if (auto r = m_db.run(QStringLiteral("SAVEPOINT finish_invoice")); !r)
        return r.error();
    Result<void> done;
    QString mailedTo;
    QString number;
    auto issued = InvoiceIssuing(m_db).issueForOrder(orderId, asTheMap);
    if (!issued) {
        done = issued.error();
    } else {
        number = issued->number;
        if (choice == FinishInvoice::IssueAndMail && !issued->customerEmail.trimmed().isEmpty()) {
            auto mail = prepareInvoiceMail(m_db, issued->id, {}, asTheMap);
            if (!mail)
                done = mail.error();
            else if (auto queued = MailOutbox(m_db).enqueue(mail->message, MailOutbox::invoicePurpose(issued->id)); !queued)
                done = queued.error();
            else
                mailedTo = mail->message.to;
        }
    }
    if (!done) {
        const ErrorCode code = done.error().code;
        // The database failing is not a refusal: the whole action fails and the phone tries again.
        if (code == ErrorCode::Storage || code == ErrorCode::DiskFull || code == ErrorCode::Io || code == ErrorCode::Damaged)
            return done.error();
        if (auto r = m_db.run(QStringLiteral("ROLLBACK TO finish_invoice")); !r)
            return r.error();
        if (auto r = m_db.run(QStringLiteral("RELEASE finish_invoice")); !r)
            return r.error();
        outcome.invoiceProblem = done.error().message;
        return WorkOrderService(m_db).addNote(orderId, technician,
                                             tr("The invoice was not issued on finishing and waits as a draft: %1")
                                                 .arg(done.error().message));
    }
    if (auto r = m_db.run(QStringLiteral("RELEASE finish_invoice")); !r)
        return r.error();
    outcome.invoiceNumber = number;
    outcome.invoiceMailedTo = mailedTo;
    if (choice == FinishInvoice::IssueAndMail && mailedTo.isEmpty())
        return WorkOrderService(m_db).addNote(orderId, technician,
                                             tr("Invoice %1 issued on finishing. The customer has no e-mail address: print it "
                                                "or send it from the office.").arg(number));
    return {};
}

Result<std::pair<QByteArray, QByteArray>> FieldWork::photo(Id staffId, Id photoId) const
{
    auto q = m_db.run(QStringLiteral("SELECT p.mime, p.data FROM order_photos p JOIN appointments a ON a.id = p.appointment_id "
                                     "WHERE p.id = ? AND a.staff_id = ?"),
                      {photoId, staffId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no such photo among your jobs."));
    return std::pair{q->value(0).toString().toLatin1(), QByteArray::fromBase64(q->value(1).toString().toLatin1())};
}

Result<qint64> FieldWork::pictureCount(Id orderId) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM order_photos WHERE order_id = ?"), {orderId});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<FieldWork::Picture>> FieldWork::pictures(Id orderId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, kind, mime, data, signer, taken_at FROM order_photos WHERE order_id = ? ORDER BY id"), {orderId});
    if (!q)
        return q.error();
    QList<Picture> out;
    while (q->next())
        out << Picture{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString().toLatin1(),
                       QByteArray::fromBase64(q->value(3).toString().toLatin1()), q->value(4).toString(), q->value(5).toLongLong()};
    return out;
}

} // namespace ordo
