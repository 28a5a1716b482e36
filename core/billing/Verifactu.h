#pragma once

#include "core/domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

// VERI*FACTU (Real Decreto 1007/2023, Orden HAC/1177/2024): the invoicing records the AEAT defines
// (SuministroInformacion.xsd), their hash ("huella") and the QR code's URL. Pure functions over
// values: no database here (VerifactuService writes and reads the records).
namespace ordo::verifactu {

inline constexpr auto SuministroInformacionNs =
    "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/"
    "SuministroInformacion.xsd";
inline constexpr auto SuministroLRNs =
    "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/"
    "SuministroLR.xsd";
inline constexpr auto TestQrBaseUrl = "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR";
inline constexpr auto ProductionQrBaseUrl = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR";
inline constexpr auto TestQrBaseUrlNoVerifactu = "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQRNoVerifactu";
inline constexpr auto ProductionQrBaseUrlNoVerifactu =
    "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQRNoVerifactu";
// The AEAT's web service for the records (SistemaFacturacion.wsdl, VerifactuSOAP port).
inline constexpr auto TestEndpoint = "https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP";
inline constexpr auto ProductionEndpoint =
    "https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP";

enum class RecordKind { Alta, Anulacion };

// One line of the Desglose: a VAT rate with its base and quota, and how the operation is taxed.
struct Breakdown
{
    QString claveRegimen = QStringLiteral("01");  // 01: régimen general
    QString calificacion;                          // S1, S2, N1, N2; empty when exempt
    QString exencion;                              // E1–E6 when exempt
    BasisPoints rate = 0;
    Cents base = 0;
    Cents quota = 0;
};

struct Party
{
    QString name;
    QString nif;  // a Spanish NIF (9 characters) or, for others, an ID sent as IDOtro
};

struct InvoiceId
{
    QString issuerNif;
    QString number;      // NumSerieFactura
    QDate issueDate;     // FechaExpedicionFactura
};

struct SoftwareInfo
{
    QString producerName;
    QString producerNif;
    QString name = QStringLiteral("Ordo");
    QString id = QStringLiteral("OR");
    QString version;
    QString installation;
};

// Everything a registro de alta or de anulación holds; an anulación uses only id, previous,
// software, generatedAt, huella and the two flags of a record sent again.
struct Record
{
    RecordKind kind = RecordKind::Alta;
    InvoiceId id;
    QString issuerName;
    QString type = QStringLiteral("F1");  // F1, F2, R1–R5 (F3 not used by Ordo)
    QString rectificationType;            // S or I for R1–R5
    QList<InvoiceId> rectified;
    Cents rectifiedBase = 0, rectifiedQuota = 0;  // ImporteRectificacion, only for S
    QDate operationDate;                  // when it differs from the issue date
    QString description;
    QList<Party> recipients;
    QList<Breakdown> breakdown;
    Cents quotaTotal = 0;
    Cents amountTotal = 0;
    // The chain: empty previous.number means PrimerRegistro.
    InvoiceId previous;
    QString previousHuella;
    SoftwareInfo software;
    QDateTime generatedAt;  // with its UTC offset
    QString huella;
    // A record sent again because the AEAT rejected the one before it: an alta as a subsanación
    // (Subsanacion=S, RechazoPrevio=S), an anulación with RechazoPrevio=S.
    bool correctsRejected = false;
    // An anulación of an invoice whose alta the AEAT does not have (it rejected every one): SinRegistroPrevio=S.
    bool withoutPreviousRecord = false;

    bool isFirst() const { return previous.number.isEmpty(); }
};

// dd-mm-yyyy, the schema's `fecha`.
QString date(const QDate &d);
// "123.45", "-0.50": a dot and two decimals, as the schema and the hash want them.
QString amount(Cents cents);
// "21.00" for 2100 basis points.
QString rate(BasisPoints bp);
// 2026-11-30T22:40:18+01:00: local time with its offset from UTC, no milliseconds.
QString timestamp(const QDateTime &at);
// A NIF as the AEAT reads it: upper case, without spaces, dots or dashes; a DNI of fewer than 8
// digits padded with zeros.
QString normalizeNif(const QString &taxId);
bool isSpanishNif(const QString &normalized);

// The string the AEAT's "Especificaciones técnicas para la generación de la huella o hash" hashes,
// and its SHA-256 in upper-case hexadecimal.
QString huellaInput(const Record &r);
QString computeHuella(const Record &r);
// The same from the fields as a stored record or its XML writes them (dd-mm-yyyy, "123.45", the
// timestamp with its offset): for checking a stored chain. An anulación ignores type and amounts.
QString huellaInput(RecordKind kind, const QString &issuerNif, const QString &number, const QString &issueDate,
                    const QString &type, const QString &quotaTotal, const QString &amountTotal, const QString &previousHuella,
                    const QString &generatedAt);
QString sha256Hex(const QString &input);

// The sf:RegistroAlta or sf:RegistroAnulacion element (declaring the sf namespace itself), UTF-8.
QByteArray xmlFragment(const Record &r);
// A RegFactuSistemaFacturacion document around at most 1,000 fragments of one issuer.
QByteArray xmlDocument(const Party &issuer, const QList<QByteArray> &fragments);

// A SOAP 1.1 envelope around a RegFactuSistemaFacturacion document, as the AEAT's web service
// (SistemaFacturacion.wsdl) wants it.
QByteArray soapEnvelope(const QByteArray &document);

// The URL in the QR code: base?nif=…&numserie=…&fecha=dd-mm-yyyy&importe=123.45
QString qrUrl(const QString &baseUrl, const QString &issuerNif, const QString &number, const QDate &issueDate, Cents total);

} // namespace ordo::verifactu
