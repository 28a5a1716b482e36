#pragma once

#include "core/billing/Invoice.h"
#include "core/billing/Verifactu.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <memory>

namespace ordo {

class BulkInsert;
class Database;

// How the company meets Real Decreto 1007/2023: sending every record to the AEAT (VERI*FACTU) or
// keeping them (no VERI*FACTU), and the data its records and QR codes need. Company settings.
struct VerifactuSettings
{
    enum class Mode { Verifactu, NoVerifactu };
    Mode mode = Mode::Verifactu;
    bool production = false;               // which AEAT environment the QR code points to
    QString qrUrlTest = QString::fromLatin1(verifactu::TestQrBaseUrl);
    QString qrUrlProduction = QString::fromLatin1(verifactu::ProductionQrBaseUrl);
    QString producerName;                  // the software producer (SistemaInformatico); empty: the company
    QString producerNif;
    QString zeroVat = QStringLiteral("E1");       // what a 0 % line is: E1–E6 exempt, S2 reverse charge, N1/N2 not subject
    QString rectifyingType = QStringLiteral("R1"); // R1–R4 for Ordo's rectifying invoices
    // The AEAT's web service that receives the records (SistemaFacturacion, SOAP), per environment.
    QString endpointTest = QString::fromLatin1(verifactu::TestEndpoint);
    QString endpointProduction = QString::fromLatin1(verifactu::ProductionEndpoint);

    QString endpoint() const { return production ? endpointProduction : endpointTest; }

    QString qrBaseUrl() const;
    // The words printed beside the QR code, as the regulation asks for the mode (empty when none).
    QString qrLegend() const;
};

// One stored registro de alta or de anulación.
struct VerifactuRecord
{
    Id id = 0;
    QString issuerNif;
    qint64 chainIndex = 0;
    verifactu::RecordKind kind = verifactu::RecordKind::Alta;
    Id invoiceId = 0;
    QString invoiceNumber;
    QString issueDate;      // dd-mm-yyyy
    QString invoiceType;
    QString quotaTotal, amountTotal;
    QString previousHuella;
    QString generatedAt;    // FechaHoraHusoGenRegistro
    QString huella;
    QByteArray xml;         // the sf:RegistroAlta / sf:RegistroAnulacion element as generated
    QString reason;
    QString state;          // pending, kept (no VERI*FACTU), accepted, accepted_with_errors, rejected
    QString issuerName;     // for the document's header
    // The AEAT's answer: the CSV of the submission, the error's code and words; tries and the last one.
    QString csv;
    QString errorCode;
    QString errorText;
    int attempts = 0;
    std::optional<qint64> lastAttemptAt;
    std::optional<Id> corrects;  // a subsanación: the rejected record it corrects

    QString kindKey() const { return kind == verifactu::RecordKind::Alta ? QStringLiteral("alta") : QStringLiteral("anulacion"); }
};

class VerifactuService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::VerifactuService)

    // The chain of one issuer, across every series, as far as it goes.
    struct ChainTail
    {
        qint64 index = 0;             // the last record's; 0: none yet
        verifactu::InvoiceId last;
        QString huella;
    };

public:
    explicit VerifactuService(Database &db) : m_db(db) {}

    VerifactuSettings settings() const;
    Result<void> saveSettings(const VerifactuSettings &s, const Actor &by = Actor{});

    // The registro de alta of an invoice just issued: called by InvoiceLedger::issue() inside its
    // transaction, so that the invoice and its record are committed together or not at all.
    Result<VerifactuRecord> recordIssue(const Invoice &issued);

    // The registros de alta of many invoices issued, in issue order, inside one transaction of the
    // caller (the demo company's history): each built by the same builder and chained and written
    // like recordIssue's, with the settings, the software and each issuer's last record read once
    // instead of once per invoice. The records are stamped with Clock::now() like any other.
    class Batch final
    {
    public:
        explicit Batch(Database &db);
        ~Batch();
        Result<void> recordIssue(const Invoice &issued);

    private:
        Database &m_db;
        std::unique_ptr<BulkInsert> m_insert;
        VerifactuSettings m_settings;
        QHash<QString, verifactu::SoftwareInfo> m_software;  // per issuer
        QHash<QString, ChainTail> m_tails;  // per issuer
    };
    // A registro de anulación for an issued invoice whose record must be annulled (issued by mistake).
    Result<VerifactuRecord> annul(Id invoiceId, const QString &reason, const Actor &by);

    // A record sent again for an invoice whose last record the AEAT rejected, chained like any
    // record: for an alta a subsanación (Subsanacion=S, RechazoPrevio=S), built again from the
    // invoice and the current settings; for an anulación a new registro de anulación with
    // RechazoPrevio=S and the same reason. The rejected record stays as it was answered.
    Result<VerifactuRecord> correct(Id invoiceId, const Actor &by);

    // Every record in chain order (per issuer), or the records of one invoice.
    Result<QList<VerifactuRecord>> records(std::optional<Id> invoiceId = std::nullopt) const;
    Result<QMap<QString, qint64>> countsByState() const;

    // The URL in the invoice's QR code (the invoice must be issued).
    QString qrUrl(const Invoice &invoice) const;

    static QString stateText(const QString &state);

private:
    Result<ChainTail> chainTail(const QString &issuerNif) const;
    Result<verifactu::Record> altaOf(const Invoice &issued);
    Result<verifactu::Record> altaOf(const Invoice &issued, const VerifactuSettings &v, const verifactu::SoftwareInfo &software);
    Result<VerifactuRecord> append(verifactu::Record record, const Invoice &invoice, const QString &reason, const Actor &by,
                                   std::optional<Id> corrects = std::nullopt);
    // Chains the record after the tail (which moves on to it), stamps it with Clock::now(), hashes
    // it and writes it: returns its id, or 0 when written through `bulk` (the same INSERT, prepared once).
    Result<Id> write(verifactu::Record &record, ChainTail &tail, Id invoiceId, const QString &state, const QString &reason,
                     const Actor &by, std::optional<Id> corrects, BulkInsert *bulk = nullptr);
    static QString insertSql();
    QString newRecordState(const VerifactuSettings &v) const;
    verifactu::SoftwareInfo software(const CompanyProfile &company);
    // The registro de anulación of an invoice with the records it has so far.
    verifactu::Record anulacionOf(const Invoice &invoice, const QList<VerifactuRecord> &own);
    verifactu::SoftwareInfo software(const CompanyProfile &company, const VerifactuSettings &v);

    Database &m_db;
};

} // namespace ordo
