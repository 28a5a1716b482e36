#include "core/billing/VerifactuService.h"

#include "core/billing/InvoiceNumbering.h"
#include "core/billing/TaxCauses.h"

#include "core/common/Authorization.h"
#include "core/storage/SettingsKeys.h"

#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "core/storage/Settings.h"
#include "core/storage/BulkInsert.h"
#include "core/storage/Database.h"

#include <QUuid>

#ifndef ORDO_VERSION
#define ORDO_VERSION "0"
#endif

namespace ordo {

namespace {

using verifactu::RecordKind;

const QString selectRecord = QStringLiteral(
    "SELECT v.id, v.issuer_nif, v.chain_index, v.kind, v.invoice_id, v.invoice_number, v.issue_date, v.invoice_type, "
    "v.quota_total, v.amount_total, v.previous_huella, v.generated_at, v.huella, v.xml, v.reason, v.state, i.issuer_name, "
    "v.csv, v.error_code, v.answer, v.attempts, v.last_attempt_at, v.corrects "
    "FROM verifactu_records v JOIN invoices i ON i.id = v.invoice_id ");

VerifactuRecord fromRow(const QSqlQuery &q)
{
    VerifactuRecord r;
    r.id = q.value(0).toLongLong();
    r.issuerNif = q.value(1).toString();
    r.chainIndex = q.value(2).toLongLong();
    r.kind = q.value(3).toString() == QLatin1String("anulacion") ? RecordKind::Anulacion : RecordKind::Alta;
    r.invoiceId = q.value(4).toLongLong();
    r.invoiceNumber = q.value(5).toString();
    r.issueDate = q.value(6).toString();
    r.invoiceType = q.value(7).toString();
    r.quotaTotal = q.value(8).toString();
    r.amountTotal = q.value(9).toString();
    r.previousHuella = q.value(10).toString();
    r.generatedAt = q.value(11).toString();
    r.huella = q.value(12).toString();
    r.xml = q.value(13).toString().toUtf8();
    r.reason = q.value(14).toString();
    r.state = q.value(15).toString();
    r.issuerName = q.value(16).toString();
    r.csv = q.value(17).toString();
    r.errorCode = q.value(18).toString();
    r.errorText = q.value(19).toString();
    r.attempts = q.value(20).toInt();
    if (!q.value(21).isNull())
        r.lastAttemptAt = q.value(21).toLongLong();
    if (!q.value(22).isNull())
        r.corrects = q.value(22).toLongLong();
    return r;
}

QDate localDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().date();
}

} // namespace

QString VerifactuSettings::qrBaseUrl() const
{
    const QString base = production ? qrUrlProduction : qrUrlTest;
    if (mode == Mode::Verifactu)
        return base;
    // Invoices of a system that does not send its records are checked by the AEAT's other service.
    return base.endsWith(QLatin1String("ValidarQR")) ? base + QStringLiteral("NoVerifactu") : base;
}

QString VerifactuSettings::qrLegend() const
{
    // Orden HAC/1177/2024, art. 20: only invoices whose records are sent carry the legend.
    return mode == Mode::Verifactu ? VerifactuService::tr("Invoice verifiable at the AEAT's electronic office") : QString();
}

QString VerifactuService::stateText(const QString &state)
{
    if (state == QLatin1String("pending"))
        return tr("waiting to be sent to the AEAT");
    if (state == QLatin1String("kept"))
        return tr("kept (no VERI*FACTU)");
    if (state == QLatin1String("accepted"))
        return tr("accepted by the AEAT");
    if (state == QLatin1String("accepted_with_errors"))
        return tr("accepted with errors");
    if (state == QLatin1String("rejected"))
        return tr("rejected by the AEAT");
    return state;
}

VerifactuSettings VerifactuService::settings() const
{
    CompanySettings s(m_db);
    VerifactuSettings v;
    v.mode = s.value(QString(settings::VerifactuMode), QStringLiteral("verifactu")) == QLatin1String("no_verifactu")
                 ? VerifactuSettings::Mode::NoVerifactu
                 : VerifactuSettings::Mode::Verifactu;
    v.production = s.value(QString(settings::VerifactuEnvironment)) == QLatin1String("production");
    v.qrUrlTest = s.value(QString(settings::VerifactuQrUrlTest), v.qrUrlTest);
    v.qrUrlProduction = s.value(QString(settings::VerifactuQrUrlProduction), v.qrUrlProduction);
    v.producerName = s.value(QString(settings::VerifactuProducerName));
    v.producerNif = s.value(QString(settings::VerifactuProducerNif));
    v.zeroVat = s.value(QString(settings::VerifactuZeroVat), v.zeroVat);
    v.rectifyingType = s.value(QString(settings::VerifactuRectifyingType), v.rectifyingType);
    v.endpointTest = s.value(QString(settings::VerifactuEndpointTest), v.endpointTest);
    v.endpointProduction = s.value(QString(settings::VerifactuEndpointProduction), v.endpointProduction);
    return v;
}

Result<void> VerifactuService::saveSettings(const VerifactuSettings &v, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageCompany); !allowed)
        return allowed;
    static const QStringList zeroKeys{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3"), QStringLiteral("E4"),
                                      QStringLiteral("E5"), QStringLiteral("E6"), QStringLiteral("S2"), QStringLiteral("N1"),
                                      QStringLiteral("N2")};
    static const QStringList rectifyingKeys{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R4")};
    if (!zeroKeys.contains(v.zeroVat))
        return makeError(ErrorCode::Invalid, tr("Lines at 0 % VAT must be exempt (E1–E6), reverse charge (S2) or not subject (N1, N2)."));
    if (!rectifyingKeys.contains(v.rectifyingType))
        return makeError(ErrorCode::Invalid, tr("Rectifying invoices are of type R1, R2, R3 or R4."));
    if (!v.producerNif.trimmed().isEmpty() && !verifactu::isSpanishNif(verifactu::normalizeNif(v.producerNif)))
        return makeError(ErrorCode::Invalid, tr("The software producer's NIF “%1” is not a Spanish NIF.").arg(v.producerNif.trimmed()));
    for (const QString &url : {v.qrUrlTest, v.qrUrlProduction})
        if (!url.trimmed().startsWith(QLatin1String("https://")))
            return makeError(ErrorCode::Invalid, tr("The AEAT's addresses for the QR code start with https://."));
    for (const QString &url : {v.endpointTest, v.endpointProduction})
        if (!url.trimmed().startsWith(QLatin1String("https://")))
            return makeError(ErrorCode::Invalid, tr("The AEAT's addresses for sending records start with https://."));
    return withTransaction(m_db, [&]() -> Result<void> {
        CompanySettings s(m_db);
        const QList<QPair<QString, QString>> values{
            {QString(settings::VerifactuMode), v.mode == VerifactuSettings::Mode::Verifactu ? QStringLiteral("verifactu")
                                                                                              : QStringLiteral("no_verifactu")},
            {QString(settings::VerifactuEnvironment), v.production ? QStringLiteral("production") : QStringLiteral("test")},
            {QString(settings::VerifactuQrUrlTest), v.qrUrlTest.trimmed()},
            {QString(settings::VerifactuQrUrlProduction), v.qrUrlProduction.trimmed()},
            {QString(settings::VerifactuProducerName), v.producerName.trimmed()},
            {QString(settings::VerifactuProducerNif), verifactu::normalizeNif(v.producerNif)},
            {QString(settings::VerifactuZeroVat), v.zeroVat},
            {QString(settings::VerifactuRectifyingType), v.rectifyingType},
            {QString(settings::VerifactuEndpointTest), v.endpointTest.trimmed()},
            {QString(settings::VerifactuEndpointProduction), v.endpointProduction.trimmed()}};
        for (const auto &[key, value] : values)
            if (auto r = s.setValue(key, value); !r)
                return r;
        return {};
    });
}

verifactu::SoftwareInfo VerifactuService::software(const CompanyProfile &company)
{
    return software(company, settings());
}

verifactu::SoftwareInfo VerifactuService::software(const CompanyProfile &company, const VerifactuSettings &v)
{
    CompanySettings s(m_db);
    verifactu::SoftwareInfo info;
    // Without a producer of its own, the company that runs Ordo answers for it (its declaración responsable).
    info.producerName = v.producerName.isEmpty() ? company.legalName : v.producerName;
    info.producerNif = v.producerNif.isEmpty() ? company.taxId : v.producerNif;
    info.version = QStringLiteral(ORDO_VERSION);
    info.installation = s.value(QString(settings::VerifactuInstallation));
    if (info.installation.isEmpty()) {
        // One number per installation (database), made once and kept.
        info.installation = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        if (auto r = s.setValue(QString(settings::VerifactuInstallation), info.installation); !r)
            qWarning("ordo.billing: could not keep the VERI*FACTU installation number");
    }
    return info;
}

Result<VerifactuService::ChainTail> VerifactuService::chainTail(const QString &issuerNif) const
{
    // The chain of the issuer, across every series: the previous record is the issuer's last one.
    auto last = m_db.run(QStringLiteral("SELECT chain_index, invoice_number, issue_date, huella FROM verifactu_records "
                                        "WHERE issuer_nif = ? ORDER BY chain_index DESC LIMIT 1"),
                         {issuerNif});
    if (!last)
        return last.error();
    ChainTail tail;
    if (last->next()) {
        tail.index = last->value(0).toLongLong();
        tail.last = {issuerNif, last->value(1).toString(), QDate::fromString(last->value(2).toString(), QStringLiteral("dd-MM-yyyy"))};
        tail.huella = last->value(3).toString();
    }
    return tail;
}

QString VerifactuService::newRecordState(const VerifactuSettings &v) const
{
    return v.mode == VerifactuSettings::Mode::Verifactu ? QStringLiteral("pending") : QStringLiteral("kept");
}

QString VerifactuService::insertSql()
{
    return QStringLiteral("INSERT INTO verifactu_records (issuer_nif, chain_index, kind, invoice_id, invoice_number, issue_date, "
                          "invoice_type, quota_total, amount_total, previous_huella, generated_at, huella, xml, reason, created_by, "
                          "created_at, state, corrects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Result<Id> VerifactuService::write(verifactu::Record &record, ChainTail &tail, Id invoiceId, const QString &state,
                                   const QString &reason, const Actor &by, std::optional<Id> corrects, BulkInsert *bulk)
{
    if (tail.index > 0) {
        record.previous = tail.last;
        record.previousHuella = tail.huella;
    } else {
        record.previous = {};
        record.previousHuella.clear();
    }
    record.generatedAt = Clock::now().toLocalTime();
    record.huella = verifactu::computeHuella(record);
    const QByteArray xml = verifactu::xmlFragment(record);
    const bool alta = record.kind == RecordKind::Alta;
    const qint64 chainIndex = tail.index + 1;
    const QString kind = alta ? QStringLiteral("alta") : QStringLiteral("anulacion");
    const QString type = alta ? record.type : QString();
    const QString quota = alta ? verifactu::amount(record.quotaTotal) : QString();
    const QString total = alta ? verifactu::amount(record.amountTotal) : QString();
    Id written = 0;
    if (bulk) {
        if (auto r = (*bulk)(record.id.issuerNif, chainIndex, kind, invoiceId, record.id.number, verifactu::date(record.id.issueDate),
                             type, quota, total, record.previousHuella, verifactu::timestamp(record.generatedAt), record.huella,
                             QString::fromUtf8(xml), reason.trimmed(), by.name, Clock::nowSecs(), state,
                             std::optional<qint64>(corrects));
            !r)
            return r.error();
    } else {
        auto id = m_db.scalar(insertSql() + QStringLiteral(" RETURNING id"),
                              {record.id.issuerNif, chainIndex, kind, invoiceId, record.id.number, verifactu::date(record.id.issueDate),
                               type, quota, total, record.previousHuella, verifactu::timestamp(record.generatedAt), record.huella,
                               QString::fromUtf8(xml), reason.trimmed(), by.name, Clock::nowSecs(), state,
                               corrects ? QVariant(*corrects) : QVariant()});
        if (!id)
            return id.error();
        written = id->toLongLong();
    }
    tail = {chainIndex, record.id, record.huella};
    return written;
}

Result<VerifactuRecord> VerifactuService::append(verifactu::Record record, const Invoice &invoice, const QString &reason,
                                                 const Actor &by, std::optional<Id> corrects)
{
    auto tail = chainTail(record.id.issuerNif);
    if (!tail)
        return tail.error();
    auto id = write(record, *tail, invoice.id, newRecordState(settings()), reason, by, corrects);
    if (!id)
        return id.error();
    auto stored = m_db.run(selectRecord + QStringLiteral("WHERE v.id = ?"), {*id});
    if (!stored)
        return stored.error();
    if (!stored->next())
        return makeError(ErrorCode::Storage, tr("The VERI*FACTU record just written could not be read back."));
    return fromRow(*stored);
}

Result<VerifactuRecord> VerifactuService::recordIssue(const Invoice &inv)
{
    auto r = altaOf(inv);
    if (!r)
        return r.error();
    return append(*r, inv, {}, Actor{});
}

VerifactuService::Batch::Batch(Database &db)
    : m_db(db), m_insert(std::make_unique<BulkInsert>(db, insertSql())), m_settings(VerifactuService(db).settings())
{
}

VerifactuService::Batch::~Batch() = default;

Result<void> VerifactuService::Batch::recordIssue(const Invoice &inv)
{
    VerifactuService service(m_db);
    const QString issuerNif = verifactu::normalizeNif(inv.issuerTaxId);
    auto software = m_software.find(issuerNif);
    if (software == m_software.end()) {
        CompanyProfile company;
        company.legalName = inv.issuerName;
        company.taxId = issuerNif;
        software = m_software.insert(issuerNif, service.software(company, m_settings));
    }
    auto r = service.altaOf(inv, m_settings, *software);
    if (!r)
        return r.error();
    auto tail = m_tails.find(issuerNif);
    if (tail == m_tails.end()) {
        auto read = service.chainTail(issuerNif);
        if (!read)
            return read.error();
        tail = m_tails.insert(issuerNif, *read);
    }
    if (auto id = service.write(*r, *tail, inv.id, service.newRecordState(m_settings), {}, Actor{}, std::nullopt, m_insert.get()); !id)
        return id.error();
    return {};
}

Result<verifactu::Record> VerifactuService::altaOf(const Invoice &inv)
{
    const VerifactuSettings v = settings();
    CompanyProfile company;
    company.legalName = inv.issuerName;
    company.taxId = verifactu::normalizeNif(inv.issuerTaxId);
    return altaOf(inv, v, software(company, v));
}

Result<verifactu::Record> VerifactuService::altaOf(const Invoice &inv, const VerifactuSettings &v,
                                                   const verifactu::SoftwareInfo &software)
{
    if (!inv.issuedAt || inv.number.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Only an issued invoice has a VERI*FACTU record."));
    const QString issuerNif = verifactu::normalizeNif(inv.issuerTaxId);
    if (!verifactu::isSpanishNif(issuerNif))
        return makeError(ErrorCode::Invalid, tr("The company's tax ID “%1” is not a Spanish NIF: VERI*FACTU records need one. "
                                                "Correct it in Settings › Company.").arg(inv.issuerTaxId));
    verifactu::Record r;
    r.kind = RecordKind::Alta;
    r.id = {issuerNif, inv.number, localDate(*inv.issuedAt)};
    r.issuerName = inv.issuerName;
    // The records of simplified invoices (F2, R5) carry no Destinatarios: the AEAT refuses them there,
    // even when the invoice itself names a customer who gave a tax ID (art. 7.2).
    if (!inv.simplified)
        r.recipients.append({inv.customerName, inv.customerTaxId});
    if (inv.simplified)
        r.type = QStringLiteral("F2");
    if (const QDate op = QDate::fromString(inv.operationDate, Qt::ISODate); op.isValid())
        r.operationDate = op;
    QStringList descriptions;
    for (const auto &l : inv.lines)
        descriptions << l.description.simplified();
    // Data for the AEAT, in Spanish whatever the user's language.
    r.description = descriptions.join(QStringLiteral("; "));
    if (inv.kind == InvoiceKind::Rectifying) {
        // R5 rectifies simplified invoices; the others take the company's R1–R4.
        r.type = inv.simplified ? QStringLiteral("R5") : v.rectifyingType;
        // By difference (its amounts are the change, a credit negative) or by substitution (its
        // amounts are the corrected invoice's, and the original's are stated).
        r.rectificationType = toKey(inv.rectificationMethod);
        if (inv.rectificationMethod == RectificationMethod::Substitution) {
            r.rectifiedBase = inv.rectifiesBase;
            r.rectifiedQuota = inv.rectifiesVat;
        }
        r.description = QStringLiteral("Rectificación de %1: %2. %3").arg(inv.rectifiesNumber, inv.rectificationReason.trimmed(), r.description);
        if (inv.rectifiesId) {
            auto original = m_db.run(QStringLiteral("SELECT invoice_number, issue_date, issuer_nif FROM verifactu_records "
                                                    "WHERE invoice_id = ? AND kind = 'alta' ORDER BY chain_index LIMIT 1"),
                                     {*inv.rectifiesId});
            if (!original)
                return original.error();
            if (original->next()) {
                r.rectified.append({original->value(2).toString(), original->value(0).toString(),
                                    QDate::fromString(original->value(1).toString(), QStringLiteral("dd-MM-yyyy"))});
            } else {
                // Issued before Ordo kept VERI*FACTU records: identified from the invoice itself.
                auto old = m_db.run(QStringLiteral("SELECT number, issued_at, issuer_tax_id FROM invoices WHERE id = ?"), {*inv.rectifiesId});
                if (!old)
                    return old.error();
                if (old->next())
                    r.rectified.append({verifactu::normalizeNif(old->value(2).toString()), old->value(0).toString(),
                                        localDate(old->value(1).toLongLong())});
            }
        }
    }
    // One Desglose line per tax cause and rate: a 0 % line says why (exempt, reverse charge, not
    // subject), its own or, for lines from before causes were chosen, the company's setting.
    QMap<QPair<QString, BasisPoints>, QList<LineItem>> groups;
    for (const auto &l : inv.lines)
        groups[{taxcause::base(taxcause::effective(l, v.zeroVat)), l.vatRate}].append(l);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const money::Totals t = invoicing::totals(it.value());
        verifactu::Breakdown d;
        const QString cause = it.key().first;
        d.rate = it.key().second;
        d.base = t.base;
        d.quota = t.vat;
        d.calificacion = taxcause::calificacion(cause);
        d.exencion = taxcause::exencion(cause);
        if (cause == QLatin1String("E2"))
            d.claveRegimen = QStringLiteral("02");  // exportación
        r.breakdown.append(d);
    }
    r.quotaTotal = inv.totals.vat;
    r.amountTotal = inv.totals.total;
    r.software = software;
    return r;
}

Result<VerifactuRecord> VerifactuService::correct(Id invoiceId, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    return withTransaction(m_db, [&]() -> Result<VerifactuRecord> {
        auto inv = InvoiceQueries(m_db).find(invoiceId);
        if (!inv)
            return inv.error();
        auto own = records(invoiceId);
        if (!own)
            return own.error();
        const QString number = inv->number.isEmpty() ? tr("(draft)") : inv->number;
        if (own->isEmpty())
            return makeError(ErrorCode::Invalid, tr("Invoice %1 has no VERI*FACTU record to correct.").arg(number));
        const VerifactuRecord &last = own->last();
        if (last.state != QLatin1String("rejected")) {
            if (last.kind != RecordKind::Alta)
                return makeError(ErrorCode::Invalid, tr("The record of invoice %1 is annulled: there is nothing to correct.").arg(number));
            return makeError(ErrorCode::Invalid, tr("The AEAT has not rejected the record of invoice %1 (%2): only a rejected "
                                                    "record is corrected.")
                                                     .arg(number, stateText(last.state)));
        }
        if (last.kind == RecordKind::Anulacion) {
            // The annulment again, saying that the AEAT rejected the one before (RechazoPrevio=S).
            verifactu::Record r = anulacionOf(*inv, *own);
            r.correctsRejected = true;
            return append(r, *inv, last.reason, by, last.id);
        }
        auto r = altaOf(*inv);
        if (!r)
            return r.error();
        r->correctsRejected = true;
        return append(*r, *inv, {}, by, last.id);
    }, Database::Durability::Full);
}

verifactu::Record VerifactuService::anulacionOf(const Invoice &inv, const QList<VerifactuRecord> &own)
{
    const VerifactuRecord &alta = own.first();
    verifactu::Record r;
    r.kind = RecordKind::Anulacion;
    r.id = {alta.issuerNif, alta.invoiceNumber, QDate::fromString(alta.issueDate, QStringLiteral("dd-MM-yyyy"))};
    // The AEAT rejected every alta of the invoice: it has none to annul (SinRegistroPrevio=S).
    bool anyAltaStands = false;
    for (const auto &record : own)
        if (record.kind == RecordKind::Alta && record.state != QLatin1String("rejected"))
            anyAltaStands = true;
    r.withoutPreviousRecord = !anyAltaStands;
    CompanyProfile company;
    company.legalName = inv.issuerName;
    company.taxId = alta.issuerNif;
    r.software = software(company);
    return r;
}

Result<VerifactuRecord> VerifactuService::annul(Id invoiceId, const QString &reason, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the invoice's record is being annulled."));
    return withTransaction(m_db, [&]() -> Result<VerifactuRecord> {
        auto inv = InvoiceQueries(m_db).find(invoiceId);
        if (!inv)
            return inv.error();
        auto own = records(invoiceId);
        if (!own)
            return own.error();
        if (own->isEmpty())
            return makeError(ErrorCode::Invalid, tr("Invoice %1 has no VERI*FACTU record to annul.").arg(inv->number.isEmpty() ? tr("(draft)") : inv->number));
        if (own->last().kind == RecordKind::Anulacion) {
            if (own->last().state == QLatin1String("rejected"))
                return makeError(ErrorCode::Invalid, tr("The AEAT rejected the annulment of invoice %1: correct the cause and send "
                                                        "it again (Correct the rejected record, or ordo-cli verifactu correct %1).")
                                                         .arg(inv->number));
            return makeError(ErrorCode::Invalid, tr("The record of invoice %1 is already annulled.").arg(inv->number));
        }
        return append(anulacionOf(*inv, *own), *inv, reason, by);
    }, Database::Durability::Full);
}

Result<QList<VerifactuRecord>> VerifactuService::records(std::optional<Id> invoiceId) const
{
    auto q = invoiceId ? m_db.run(selectRecord + QStringLiteral("WHERE v.invoice_id = ? ORDER BY v.issuer_nif, v.chain_index"), {*invoiceId})
                       : m_db.run(selectRecord + QStringLiteral("ORDER BY v.issuer_nif, v.chain_index"));
    if (!q)
        return q.error();
    QList<VerifactuRecord> result;
    while (q->next())
        result.append(fromRow(*q));
    return result;
}

Result<QMap<QString, qint64>> VerifactuService::countsByState() const
{
    auto q = m_db.run(QStringLiteral("SELECT state, count(*) FROM verifactu_records GROUP BY state"));
    if (!q)
        return q.error();
    QMap<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

QString VerifactuService::qrUrl(const Invoice &inv) const
{
    return verifactu::qrUrl(settings().qrBaseUrl(), verifactu::normalizeNif(inv.issuerTaxId), inv.number,
                            localDate(inv.issuedAt.value_or(0)), inv.totals.total);
}

} // namespace ordo
