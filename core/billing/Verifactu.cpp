#include "core/billing/Verifactu.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamWriter>

namespace ordo::verifactu {

namespace {

const QString sf = QString::fromLatin1(SuministroInformacionNs);

QString limited(const QString &text, int max)
{
    return text.trimmed().left(max).trimmed();
}

void writeParty(QXmlStreamWriter &w, const QString &element, const Party &p)
{
    w.writeStartElement(sf, element);
    w.writeTextElement(sf, QStringLiteral("NombreRazon"), limited(p.name, 120));
    const QString nif = normalizeNif(p.nif);
    if (isSpanishNif(nif)) {
        w.writeTextElement(sf, QStringLiteral("NIF"), nif);
    } else {
        // Not a Spanish NIF: an EU VAT number (02) when it starts with a country code, else another document (06).
        w.writeStartElement(sf, QStringLiteral("IDOtro"));
        static const QRegularExpression country(QStringLiteral("^([A-Z]{2})[0-9A-Z]+$"));
        const auto m = country.match(nif);
        if (m.hasMatch() && m.captured(1) != QLatin1String("ES")) {
            w.writeTextElement(sf, QStringLiteral("CodigoPais"), m.captured(1));
            w.writeTextElement(sf, QStringLiteral("IDType"), QStringLiteral("02"));
        } else {
            w.writeTextElement(sf, QStringLiteral("IDType"), QStringLiteral("06"));
        }
        w.writeTextElement(sf, QStringLiteral("ID"), nif.left(20));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeInvoiceId(QXmlStreamWriter &w, const QString &element, const InvoiceId &id, const QString &suffix = {})
{
    w.writeStartElement(sf, element);
    w.writeTextElement(sf, QStringLiteral("IDEmisorFactura") + suffix, id.issuerNif);
    w.writeTextElement(sf, QStringLiteral("NumSerieFactura") + suffix, id.number);
    w.writeTextElement(sf, QStringLiteral("FechaExpedicionFactura") + suffix, date(id.issueDate));
    w.writeEndElement();
}

void writeChainAndSoftware(QXmlStreamWriter &w, const Record &r)
{
    w.writeStartElement(sf, QStringLiteral("Encadenamiento"));
    if (r.isFirst()) {
        w.writeTextElement(sf, QStringLiteral("PrimerRegistro"), QStringLiteral("S"));
    } else {
        w.writeStartElement(sf, QStringLiteral("RegistroAnterior"));
        w.writeTextElement(sf, QStringLiteral("IDEmisorFactura"), r.previous.issuerNif);
        w.writeTextElement(sf, QStringLiteral("NumSerieFactura"), r.previous.number);
        w.writeTextElement(sf, QStringLiteral("FechaExpedicionFactura"), date(r.previous.issueDate));
        w.writeTextElement(sf, QStringLiteral("Huella"), r.previousHuella);
        w.writeEndElement();
    }
    w.writeEndElement();

    const SoftwareInfo &s = r.software;
    w.writeStartElement(sf, QStringLiteral("SistemaInformatico"));
    w.writeTextElement(sf, QStringLiteral("NombreRazon"), limited(s.producerName, 120));
    w.writeTextElement(sf, QStringLiteral("NIF"), normalizeNif(s.producerNif));
    w.writeTextElement(sf, QStringLiteral("NombreSistemaInformatico"), limited(s.name, 30));
    w.writeTextElement(sf, QStringLiteral("IdSistemaInformatico"), limited(s.id, 2));
    w.writeTextElement(sf, QStringLiteral("Version"), limited(s.version, 50));
    w.writeTextElement(sf, QStringLiteral("NumeroInstalacion"), limited(s.installation, 100));
    w.writeTextElement(sf, QStringLiteral("TipoUsoPosibleSoloVerifactu"), QStringLiteral("N"));
    w.writeTextElement(sf, QStringLiteral("TipoUsoPosibleMultiOT"), QStringLiteral("N"));
    w.writeTextElement(sf, QStringLiteral("IndicadorMultiplesOT"), QStringLiteral("N"));
    w.writeEndElement();

    w.writeTextElement(sf, QStringLiteral("FechaHoraHusoGenRegistro"), timestamp(r.generatedAt));
    w.writeTextElement(sf, QStringLiteral("TipoHuella"), QStringLiteral("01"));
    w.writeTextElement(sf, QStringLiteral("Huella"), r.huella);
}

} // namespace

QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

QString amount(Cents cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString rate(BasisPoints bp)
{
    return amount(bp);
}

QString timestamp(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString normalizeNif(const QString &taxId)
{
    QString n = taxId.toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-/]"));
    n.remove(separators);
    static const QRegularExpression shortDni(QStringLiteral("^[0-9]{1,7}[A-Z]$"));
    if (shortDni.match(n).hasMatch())
        n = n.rightJustified(9, QLatin1Char('0'));
    return n;
}

bool isSpanishNif(const QString &n)
{
    // DNI (8 digits and a letter), NIE (X/Y/Z, 7 digits, a letter) or a company's CIF (letter, 7 digits, digit or letter).
    static const QRegularExpression nif(QStringLiteral("^([0-9]{8}[A-Z]|[XYZ][0-9]{7}[A-Z]|[A-HJ-NP-SUVW][0-9]{7}[0-9A-J])$"));
    return nif.match(n).hasMatch();
}

QString huellaInput(RecordKind kind, const QString &issuerNif, const QString &number, const QString &issueDate,
                    const QString &type, const QString &quotaTotal, const QString &amountTotal, const QString &previousHuella,
                    const QString &generatedAt)
{
    auto pair = [](const char *key, const QString &value) { return QString::fromLatin1(key) + QLatin1Char('=') + value.trimmed(); };
    QStringList parts;
    if (kind == RecordKind::Alta) {
        parts << pair("IDEmisorFactura", issuerNif) << pair("NumSerieFactura", number) << pair("FechaExpedicionFactura", issueDate)
              << pair("TipoFactura", type) << pair("CuotaTotal", quotaTotal) << pair("ImporteTotal", amountTotal);
    } else {
        parts << pair("IDEmisorFacturaAnulada", issuerNif) << pair("NumSerieFacturaAnulada", number)
              << pair("FechaExpedicionFacturaAnulada", issueDate);
    }
    parts << pair("Huella", previousHuella) << pair("FechaHoraHusoGenRegistro", generatedAt);
    return parts.join(QLatin1Char('&'));
}

QString huellaInput(const Record &r)
{
    const bool alta = r.kind == RecordKind::Alta;
    return huellaInput(r.kind, r.id.issuerNif, r.id.number, date(r.id.issueDate), alta ? r.type : QString(),
                       alta ? amount(r.quotaTotal) : QString(), alta ? amount(r.amountTotal) : QString(), r.previousHuella,
                       timestamp(r.generatedAt));
}

QString sha256Hex(const QString &input)
{
    return QString::fromLatin1(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper());
}

QString computeHuella(const Record &r)
{
    return sha256Hex(huellaInput(r));
}

QByteArray xmlFragment(const Record &r)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeNamespace(sf, QStringLiteral("sf"));
    if (r.kind == RecordKind::Anulacion) {
        w.writeStartElement(sf, QStringLiteral("RegistroAnulacion"));
        w.writeTextElement(sf, QStringLiteral("IDVersion"), QStringLiteral("1.0"));
        writeInvoiceId(w, QStringLiteral("IDFactura"), r.id, QStringLiteral("Anulada"));
        // SuministroInformacion.xsd: SinRegistroPrevio, then RechazoPrevio, before the chain.
        if (r.withoutPreviousRecord)
            w.writeTextElement(sf, QStringLiteral("SinRegistroPrevio"), QStringLiteral("S"));
        if (r.correctsRejected)
            w.writeTextElement(sf, QStringLiteral("RechazoPrevio"), QStringLiteral("S"));
        writeChainAndSoftware(w, r);
        w.writeEndElement();
        return out;
    }
    w.writeStartElement(sf, QStringLiteral("RegistroAlta"));
    w.writeTextElement(sf, QStringLiteral("IDVersion"), QStringLiteral("1.0"));
    writeInvoiceId(w, QStringLiteral("IDFactura"), r.id);
    w.writeTextElement(sf, QStringLiteral("NombreRazonEmisor"), limited(r.issuerName, 120));
    if (r.correctsRejected) {
        w.writeTextElement(sf, QStringLiteral("Subsanacion"), QStringLiteral("S"));
        w.writeTextElement(sf, QStringLiteral("RechazoPrevio"), QStringLiteral("S"));
    }
    w.writeTextElement(sf, QStringLiteral("TipoFactura"), r.type);
    if (r.type.startsWith(QLatin1Char('R'))) {
        w.writeTextElement(sf, QStringLiteral("TipoRectificativa"), r.rectificationType);
        if (!r.rectified.isEmpty()) {
            w.writeStartElement(sf, QStringLiteral("FacturasRectificadas"));
            for (const auto &id : r.rectified)
                writeInvoiceId(w, QStringLiteral("IDFacturaRectificada"), id);
            w.writeEndElement();
        }
        if (r.rectificationType == QLatin1String("S")) {
            w.writeStartElement(sf, QStringLiteral("ImporteRectificacion"));
            w.writeTextElement(sf, QStringLiteral("BaseRectificada"), amount(r.rectifiedBase));
            w.writeTextElement(sf, QStringLiteral("CuotaRectificada"), amount(r.rectifiedQuota));
            w.writeEndElement();
        }
    }
    if (r.operationDate.isValid() && r.operationDate != r.id.issueDate)
        w.writeTextElement(sf, QStringLiteral("FechaOperacion"), date(r.operationDate));
    w.writeTextElement(sf, QStringLiteral("DescripcionOperacion"), limited(r.description, 500));
    if (!r.recipients.isEmpty()) {
        w.writeStartElement(sf, QStringLiteral("Destinatarios"));
        for (const auto &p : r.recipients)
            writeParty(w, QStringLiteral("IDDestinatario"), p);
        w.writeEndElement();
    }
    w.writeStartElement(sf, QStringLiteral("Desglose"));
    for (const auto &b : r.breakdown) {
        w.writeStartElement(sf, QStringLiteral("DetalleDesglose"));
        w.writeTextElement(sf, QStringLiteral("Impuesto"), QStringLiteral("01"));
        w.writeTextElement(sf, QStringLiteral("ClaveRegimen"), b.claveRegimen);
        const bool exempt = !b.exencion.isEmpty();
        const bool notSubject = b.calificacion.startsWith(QLatin1Char('N'));
        if (exempt)
            w.writeTextElement(sf, QStringLiteral("OperacionExenta"), b.exencion);
        else
            w.writeTextElement(sf, QStringLiteral("CalificacionOperacion"), b.calificacion);
        // Exempt and non-subject operations carry neither a rate nor a quota.
        if (!exempt && !notSubject)
            w.writeTextElement(sf, QStringLiteral("TipoImpositivo"), rate(b.rate));
        w.writeTextElement(sf, QStringLiteral("BaseImponibleOimporteNoSujeto"), amount(b.base));
        if (!exempt && !notSubject)
            w.writeTextElement(sf, QStringLiteral("CuotaRepercutida"), amount(b.quota));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeTextElement(sf, QStringLiteral("CuotaTotal"), amount(r.quotaTotal));
    w.writeTextElement(sf, QStringLiteral("ImporteTotal"), amount(r.amountTotal));
    writeChainAndSoftware(w, r);
    w.writeEndElement();
    return out;
}

QByteArray xmlDocument(const Party &issuer, const QList<QByteArray> &fragments)
{
    // The fragments are stored as written at issue; the document only wraps them.
    auto esc = [](const QString &t) { return t.toHtmlEscaped().toUtf8(); };
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sum:RegFactuSistemaFacturacion xmlns:sum=\"" +
                     QByteArray(SuministroLRNs) + "\" xmlns:sf=\"" + QByteArray(SuministroInformacionNs) +
                     "\"><sum:Cabecera><sf:ObligadoEmision><sf:NombreRazon>" + esc(limited(issuer.name, 120)) +
                     "</sf:NombreRazon><sf:NIF>" + esc(normalizeNif(issuer.nif)) + "</sf:NIF></sf:ObligadoEmision></sum:Cabecera>";
    for (const auto &f : fragments)
        out += "<sum:RegistroFactura>" + f + "</sum:RegistroFactura>";
    out += "</sum:RegFactuSistemaFacturacion>\n";
    return out;
}

QByteArray soapEnvelope(const QByteArray &document)
{
    QByteArray body = document;
    if (body.startsWith("<?xml"))
        body = body.mid(body.indexOf("?>") + 2).trimmed();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header/><soapenv:Body>" +
           body + "</soapenv:Body></soapenv:Envelope>\n";
}

QString qrUrl(const QString &baseUrl, const QString &issuerNif, const QString &number, const QDate &issueDate, Cents total)
{
    auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v.trimmed())); };
    return QStringLiteral("%1?nif=%2&numserie=%3&fecha=%4&importe=%5")
        .arg(baseUrl.trimmed(), enc(issuerNif), enc(number), date(issueDate), amount(total));
}

} // namespace ordo::verifactu
