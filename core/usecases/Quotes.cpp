#include "core/usecases/Quotes.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/MailOutbox.h"
#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/common/DocumentText.h"
#include "core/orders/EventLog.h"
#include "core/orders/OrderAccess.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"
#include "core/usecases/OrderMoves.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ordo {

namespace {

constexpr int DefaultValidityDays = 30;

QString linesJson(const QList<LineItem> &lines)
{
    QJsonArray array;
    for (const LineItem &l : lines)
        array.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), l.unitPrice},
                                 {QStringLiteral("vat_rate"), l.vatRate},
                                 {QStringLiteral("discount"), l.discount}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LineItem> linesFromJson(const QString &json)
{
    QList<LineItem> lines;
    int position = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        LineItem l;
        l.position = position++;
        l.description = o.value(QStringLiteral("description")).toString();
        l.quantity = o.value(QStringLiteral("quantity")).toInteger();
        l.unitPrice = o.value(QStringLiteral("unit_price")).toInteger();
        l.vatRate = BasisPoints(o.value(QStringLiteral("vat_rate")).toInteger());
        l.discount = BasisPoints(o.value(QStringLiteral("discount")).toInteger());
        lines << l;
    }
    return lines;
}

QString customerJson(const Quote &q)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), q.customerName},
                                                       {QStringLiteral("tax_id"), q.customerTaxId},
                                                       {QStringLiteral("address"), q.customerAddress},
                                                       {QStringLiteral("email"), q.customerEmail},
                                                       {QStringLiteral("site"), q.siteAddress},
                                                       {QStringLiteral("title"), q.title},
                                                       {QStringLiteral("order"), q.orderNumber}})
                                 .toJson(QJsonDocument::Compact));
}

const char *quoteColumns = "id, order_id, version, number, customer_id, customer, lines, valid_until, conditions, language, "
                           "issued_at, issued_by, state, sent_at, sent_to, decided_on, decided_by, recorded_by, recorded_at, "
                           "decision_note";

Quote readQuote(const QSqlQuery &q)
{
    Quote r;
    r.id = q.value(0).toLongLong();
    r.orderId = q.value(1).toLongLong();
    r.version = q.value(2).toInt();
    r.number = q.value(3).toString();
    r.customerId = q.value(4).toLongLong();
    const QJsonObject c = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    r.customerName = c.value(QStringLiteral("name")).toString();
    r.customerTaxId = c.value(QStringLiteral("tax_id")).toString();
    r.customerAddress = c.value(QStringLiteral("address")).toString();
    r.customerEmail = c.value(QStringLiteral("email")).toString();
    r.siteAddress = c.value(QStringLiteral("site")).toString();
    r.title = c.value(QStringLiteral("title")).toString();
    r.orderNumber = c.value(QStringLiteral("order")).toString();
    r.lines = linesFromJson(q.value(6).toString());
    r.totals = invoicing::totals(r.lines);
    r.validUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.conditions = q.value(8).toString();
    r.language = q.value(9).toString();
    r.issuedAt = q.value(10).toLongLong();
    r.issuedBy = q.value(11).toString();
    r.state = quoteStateFromKey(q.value(12).toString());
    if (!q.value(13).isNull())
        r.sentAt = q.value(13).toLongLong();
    r.sentTo = q.value(14).toString();
    r.decidedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    r.decidedBy = q.value(16).toString();
    r.recordedBy = q.value(17).toString();
    if (!q.value(18).isNull())
        r.recordedAt = q.value(18).toLongLong();
    r.decisionNote = q.value(19).toString();
    return r;
}

// A step's name compared without case or accents: "Presupuesto enviado" = "presupuesto ENVIADO".
QString plain(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    return out.simplified();
}

// The map's steps are found by their names, in either language: the default maps name them
// "Quote sent" and "Quote accepted" (in Spanish "Presupuesto enviado", "Presupuesto aceptado").
std::function<bool(const Step &)> stepNamed(const char *english, const char *spanish)
{
    const QStringList names{plain(QString::fromLatin1(english)), plain(QString::fromUtf8(spanish)),
                            plain(QCoreApplication::translate("ordo::DefaultWorkflow", english))};
    return [names](const Step &s) { return s.kind == StepKind::Open && names.contains(plain(s.name)); };
}

std::function<bool(const Step &)> quoteSentStep() { return stepNamed("Quote sent", "Presupuesto enviado"); }
std::function<bool(const Step &)> quoteAcceptedStep() { return stepNamed("Quote accepted", "Presupuesto aceptado"); }

class QuoteMailText
{
    Q_DECLARE_TR_FUNCTIONS(ordo::QuoteMail)
};

} // namespace

QuoteTerms Quotes::defaultTerms() const
{
    const CompanySettings settings(m_db);
    bool ok = false;
    int days = settings.value(settings::QuoteValidityDays).toInt(&ok);
    if (!ok || days <= 0)
        days = DefaultValidityDays;
    QuoteTerms terms;
    terms.validUntil = Clock::today().addDays(days);
    terms.conditions = settings.value(settings::QuoteConditions,
                                      tr("Prices include installation and removal of the old material. "
                                         "Payment: 50 % on acceptance, the rest on completion."));
    terms.conditionsSet = true;
    return terms;
}

Result<void> Quotes::setDefaults(int validityDays, const QString &conditions, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageCompany); !allowed)
        return allowed.error();
    if (validityDays <= 0 || validityDays > 3650)
        return makeError(ErrorCode::Invalid, tr("A quote is valid for 1 to 3650 days."));
    CompanySettings settings(m_db);
    return withTransaction(m_db, [&]() -> Result<void> {
        if (auto r = settings.setValue(settings::QuoteValidityDays, QString::number(validityDays)); !r)
            return r.error();
        return settings.setValue(settings::QuoteConditions, conditions);
    });
}

Result<Quote> Quotes::build(Id orderId, const QuoteTerms &terms) const
{
    WorkOrderService orders(m_db);
    auto order = orders.find(orderId);
    if (!order)
        return order.error();
    auto lines = orders.lines(orderId);
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return makeError(ErrorCode::Invalid, tr("Order %1 has no lines to quote. Add what the job includes and its prices "
                                                "first.").arg(order->number));
    auto customer = CustomerRepository(m_db).find(order->customerId);
    if (!customer)
        return customer.error();
    const QuoteTerms defaults = defaultTerms();
    Quote q;
    q.orderId = orderId;
    q.orderNumber = order->number;
    auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM quotes WHERE order_id = ?"), {orderId});
    if (!last)
        return last.error();
    q.version = last->toInt() + 1;
    q.number = QStringLiteral("%1-P%2").arg(order->number).arg(q.version);
    q.customerId = customer->id;
    q.customerName = customer->name;
    q.customerTaxId = customer->taxId;
    QStringList address{customer->address, QStringLiteral("%1 %2").arg(customer->postcode, customer->city).trimmed()};
    address.removeAll(QString());
    q.customerAddress = address.join(QStringLiteral(", "));
    q.customerEmail = customer->email;
    q.siteAddress = order->siteAddress;
    q.title = order->title;
    q.language = DocumentText::normalize(customer->language);
    q.lines = *lines;
    q.totals = invoicing::totals(q.lines);
    q.validUntil = terms.validUntil.isValid() ? terms.validUntil : defaults.validUntil;
    q.conditions = terms.conditionsSet || !terms.conditions.isEmpty() ? terms.conditions : defaults.conditions;
    q.issuedAt = Clock::nowSecs();
    if (q.validUntil < Clock::today())
        return makeError(ErrorCode::Invalid, tr("The quote would be valid until %1, which has passed. Choose a later date.")
                                                 .arg(QLocale().toString(q.validUntil, QLocale::ShortFormat)));
    return q;
}

Result<Quote> Quotes::preview(Id orderId, const QuoteTerms &terms) const
{
    auto q = build(orderId, terms);
    if (!q)
        return q.error();
    Quote preview = *q;
    preview.id = 0;
    return preview;
}

Result<Quote> Quotes::issue(Id orderId, const QuoteTerms &terms, const Actor &by)
{
    if (auto allowed = authorizeOrder(m_db, by, orderId); !allowed)
        return allowed.error();
    auto issued = withTransaction(m_db, [&]() -> Result<Quote> {
        auto q = build(orderId, terms);
        if (!q)
            return q.error();
        q->issuedBy = by.name;
        auto id = m_db.scalar(QStringLiteral("INSERT INTO quotes (order_id, version, number, customer_id, customer, lines, "
                                             "total_cents, valid_until, conditions, language, issued_at, issued_by, state) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                              {q->orderId, q->version, q->number, q->customerId, customerJson(*q), linesJson(q->lines),
                               q->totals.total, q->validUntil.toString(Qt::ISODate), sqlValue(q->conditions), q->language,
                               q->issuedAt, sqlValue(q->issuedBy), toKey(QuoteState::Issued)});
        if (!id)
            return id.error();
        q->id = id->toLongLong();
        eventlog::Entry e{orderId, by, EventKind::FieldChanged, QStringLiteral("quote"), {}, q->number,
                          std::nullopt, std::nullopt, {},
                          {{QStringLiteral("fact"), QStringLiteral("quote_issued")},
                           {QStringLiteral("number"), q->number},
                           {QStringLiteral("total"), q->totals.total},
                           {QStringLiteral("valid_until"), q->validUntil.toString(Qt::ISODate)}}};
        if (auto logged = eventlog::append(m_db, e, q->issuedAt); !logged)
            return logged.error();
        return *q;
    });
    if (issued)
        m_db.notifier().announceOrder(orderId);
    return issued;
}

Result<Quote> Quotes::find(Id quoteId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM quotes WHERE id = ?").arg(QLatin1String(quoteColumns)), {quoteId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("That quote no longer exists."));
    return readQuote(*q);
}

Result<Quote> Quotes::findByNumber(const QString &number) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM quotes WHERE number = ?").arg(QLatin1String(quoteColumns)), {number.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no quote %1.").arg(number.trimmed()));
    return readQuote(*q);
}

Result<QList<Quote>> Quotes::forOrder(Id orderId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM quotes WHERE order_id = ? ORDER BY version DESC").arg(QLatin1String(quoteColumns)),
                      {orderId});
    if (!q)
        return q.error();
    QList<Quote> out;
    while (q->next())
        out << readQuote(*q);
    return out;
}

Result<Id> Quotes::send(Id quoteId, const QByteArray &pdf, const Actor &by, const QString &to)
{
    auto quote = find(quoteId);
    if (!quote)
        return quote.error();
    if (auto allowed = authorizeOrder(m_db, by, quote->orderId); !allowed)
        return allowed.error();
    if (auto allowed = authorize(by, Permission::SendInvoices); !allowed)
        return allowed.error();
    if (pdf.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The quote's PDF could not be made, so nothing was sent."));
    const CompanyProfile company = CompanyProfiles(m_db).load();
    const DocumentText text(quote->language);
    auto t = [&](const char *source) { return text.translate("ordo::QuoteMail", source); };
    MailMessage message;
    message.to = to.trimmed().isEmpty() ? quote->customerEmail : to.trimmed();
    if (message.to.isEmpty())
        return makeError(ErrorCode::Invalid, tr("%1 has no e-mail address. Type the address to send the quote to.")
                                                 .arg(quote->customerName));
    message.subject = t(QT_TRANSLATE_NOOP("ordo::QuoteMail", "Quote %1 — %2")).arg(quote->number, company.legalName);
    message.body = t(QT_TRANSLATE_NOOP("ordo::QuoteMail", "Dear customer,\n\nPlease find attached our quote %1 for %2, "
                                                          "valid until %3. To accept it, sign it and send it back to us, "
                                                          "or simply answer this e-mail.\n\nKind regards,\n%4"))
                       .arg(quote->number, money::formatEuros(quote->totals.total, text.locale()), text.date(quote->validUntil),
                            company.legalName);
    //: The attached PDF's file name: "Presupuesto OT-2026-00012-P1.pdf".
    message.attachmentName = t(QT_TRANSLATE_NOOP("ordo::QuoteMail", "Quote %1.pdf")).arg(quote->number);
    message.attachment = pdf;
    if (!company.email.isEmpty())
        message.replyTo = company.legalName.isEmpty() ? company.email
                                                      : QStringLiteral("%1 <%2>").arg(company.legalName, company.email);
    const qint64 now = Clock::nowSecs();
    auto queued = withTransaction(m_db, [&]() -> Result<Id> {
        auto id = MailOutbox(m_db).enqueue(message, QStringLiteral("quote:%1").arg(quoteId));
        if (!id)
            return id.error();
        // A quote answered already keeps its answer; sending it again only records the sending.
        if (auto r = m_db.run(QStringLiteral("UPDATE quotes SET sent_at = ?, sent_to = ?, state = CASE WHEN state = 'issued' "
                                             "THEN 'sent' ELSE state END WHERE id = ?"),
                              {now, message.to, quoteId});
            !r)
            return r.error();
        eventlog::Entry e{quote->orderId, by, EventKind::FieldChanged, QStringLiteral("quote"), {}, quote->number,
                          std::nullopt, std::nullopt, {},
                          {{QStringLiteral("fact"), QStringLiteral("quote_sent")},
                           {QStringLiteral("number"), quote->number},
                           {QStringLiteral("to"), message.to}}};
        if (auto logged = eventlog::append(m_db, e, now); !logged)
            return logged.error();
        if (!quote->isDecided())
            if (auto moved = OrderMoves(m_db).advanceTo(quote->orderId, quoteSentStep(), by); !moved)
                return moved.error();
        return *id;
    });
    if (queued)
        m_db.notifier().announceOrder(quote->orderId);
    return queued;
}

Result<Quote> Quotes::accept(Id quoteId, const QuoteDecision &decision, const Actor &by)
{
    return decide(quoteId, QuoteState::Accepted, decision, by);
}

Result<Quote> Quotes::reject(Id quoteId, const QuoteDecision &decision, const Actor &by)
{
    return decide(quoteId, QuoteState::Rejected, decision, by);
}

Result<Quote> Quotes::decide(Id quoteId, QuoteState state, const QuoteDecision &decision, const Actor &by)
{
    auto before = find(quoteId);
    if (!before)
        return before.error();
    if (auto allowed = authorizeOrder(m_db, by, before->orderId); !allowed)
        return allowed.error();
    const QDate on = decision.on.isValid() ? decision.on : Clock::today();
    if (decision.person.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, state == QuoteState::Accepted ? tr("Say who accepted the quote.")
                                                                           : tr("Say who refused the quote."));
    if (on > Clock::today())
        return makeError(ErrorCode::Invalid, tr("The customer's answer cannot be dated after today."));
    const qint64 now = Clock::nowSecs();
    auto decided = withTransaction(m_db, [&]() -> Result<Quote> {
        // Read again inside the transaction: two offices recording the same answer at once.
        auto quote = find(quoteId);
        if (!quote)
            return quote.error();
        const QString when = QLocale().toString(quote->decidedOn, QLocale::ShortFormat);
        if (quote->state == QuoteState::Accepted)
            return makeError(ErrorCode::Conflict, tr("Quote %1 was already accepted by %2 on %3 (recorded by %4).")
                                                      .arg(quote->number, quote->decidedBy, when, quote->recordedBy));
        if (quote->state == QuoteState::Rejected)
            return makeError(ErrorCode::Conflict, tr("Quote %1 was already refused by %2 on %3 (recorded by %4).")
                                                      .arg(quote->number, quote->decidedBy, when, quote->recordedBy));
        if (state == QuoteState::Accepted && quote->expiredOn(on) && !decision.evenIfExpired)
            return makeError(ErrorCode::Invalid, tr("Quote %1 was valid until %2. Record the acceptance anyway, or issue a "
                                                    "new quote with today's prices.")
                                                     .arg(quote->number, QLocale().toString(quote->validUntil, QLocale::ShortFormat)));
        if (auto r = m_db.run(QStringLiteral("UPDATE quotes SET state = ?, decided_on = ?, decided_by = ?, recorded_by = ?, "
                                             "recorded_at = ?, decision_note = ? WHERE id = ?"),
                              {toKey(state), on.toString(Qt::ISODate), decision.person.trimmed(), sqlValue(by.name), now,
                               sqlValue(decision.note.trimmed()), quoteId});
            !r)
            return r.error();
        eventlog::Entry e{quote->orderId, by, EventKind::FieldChanged, QStringLiteral("quote"), {}, quote->number,
                          std::nullopt, std::nullopt, decision.note.trimmed(),
                          {{QStringLiteral("fact"), state == QuoteState::Accepted ? QStringLiteral("quote_accepted")
                                                                                  : QStringLiteral("quote_rejected")},
                           {QStringLiteral("number"), quote->number},
                           {QStringLiteral("person"), decision.person.trimmed()},
                           {QStringLiteral("on"), on.toString(Qt::ISODate)}}};
        if (auto logged = eventlog::append(m_db, e, now); !logged)
            return logged.error();
        if (state == QuoteState::Accepted) {
            // Handed over on paper and accepted at once: through "quote sent" when the map goes that way.
            OrderMoves moves(m_db);
            auto moved = moves.advanceTo(quote->orderId, quoteAcceptedStep(), by);
            if (!moved)
                return moved.error();
            if (!*moved) {
                const auto accepted = quoteAcceptedStep();
                auto sent = moves.advanceTo(quote->orderId, quoteSentStep(), by, {},
                                            [accepted](const Step &s) { return !accepted(s); });
                if (!sent)
                    return sent.error();
                if (*sent)
                    if (auto again = moves.advanceTo(quote->orderId, quoteAcceptedStep(), by); !again)
                        return again.error();
            }
        }
        return find(quoteId);
    });
    if (decided)
        m_db.notifier().announceOrder(before->orderId);
    return decided;
}

} // namespace ordo
