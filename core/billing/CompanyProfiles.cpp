#include "core/billing/CompanyProfiles.h"

#include "core/billing/VerifactuService.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

namespace ordo {

CompanyProfile CompanyProfiles::load() const
{
    CompanySettings s(m_db);
    CompanyProfile p;
    p.legalName = s.value(QString(settings::CompanyLegalName));
    p.taxId = s.value(QString(settings::CompanyTaxId));
    p.address = s.value(QString(settings::CompanyAddress));
    p.postcode = s.value(QString(settings::CompanyPostcode));
    p.city = s.value(QString(settings::CompanyCity));
    p.phone = s.value(QString(settings::CompanyPhone));
    p.email = s.value(QString(settings::CompanyEmail));
    p.iban = s.value(QString(settings::CompanyIban));
    p.paymentTerms = s.value(QString(settings::CompanyPaymentTerms));
    p.paymentDays = s.value(QString(settings::InvoicePaymentDays), QStringLiteral("30")).toInt();
    p.defaultVat = s.value(QString(settings::InvoiceDefaultVatBp), QStringLiteral("2100")).toInt();
    p.footer = s.value(QString(settings::CompanyFooter));
    p.series = s.value(QString(settings::InvoiceSeries));
    p.rectifyingSeries = s.value(QString(settings::InvoiceRectifyingSeries), QStringLiteral("R"));
    p.simplifiedSeries = s.value(QString(settings::InvoiceSimplifiedSeries), QStringLiteral("S"));
    p.simplifiedLimit = s.value(QString(settings::InvoiceSimplifiedLimitCents), QStringLiteral("40000")).toLongLong();
    p.logoPng = QByteArray::fromBase64(s.value(QString(settings::CompanyLogoPng)).toLatin1());
    const VerifactuSettings verifactu = VerifactuService(m_db).settings();
    p.qrBaseUrl = verifactu.qrBaseUrl();
    p.qrLegend = verifactu.qrLegend();
    p.zeroVatCause = verifactu.zeroVat == QLatin1String("S1") ? QString() : verifactu.zeroVat;
    return p;
}

Result<void> CompanyProfiles::save(const CompanyProfile &p)
{
    if (p.series.trimmed() == p.rectifyingSeries.trimmed())
        return makeError(ErrorCode::Invalid, tr("Rectifying invoices need a series of their own, different from the ordinary one."));
    const QString ordinary = p.series.trimmed();
    const QString simplified = p.simplifiedSeries.trimmed();
    if (simplified.isEmpty() || simplified == ordinary || simplified == p.rectifyingSeries.trimmed())
        return makeError(ErrorCode::Invalid, tr("Simplified invoices need a series of their own, different from the ordinary "
                                                "and the rectifying ones."));
    // Art. 4 of Real Decreto 1619/2012: 400 € in general, 3,000 € for the activities of its art. 4.2.
    if (p.simplifiedLimit < 0 || p.simplifiedLimit > 300000)
        return makeError(ErrorCode::Invalid, tr("Simplified invoices may total at most 3.000,00 € (400,00 € for most "
                                                "businesses); the limit must be between 0 and 3.000,00 €."));
    if (p.paymentDays < 0 || p.paymentDays > 365)
        return makeError(ErrorCode::Invalid, tr("Payment terms must be between 0 and 365 days."));
    return withTransaction(m_db, [&]() -> Result<void> {
        CompanySettings s(m_db);
        const QList<QPair<QString, QString>> values{
            {QString(settings::CompanyLegalName), p.legalName.trimmed()}, {QString(settings::CompanyTaxId), p.taxId.trimmed()},
            {QString(settings::CompanyAddress), p.address.trimmed()}, {QString(settings::CompanyPostcode), p.postcode.trimmed()},
            {QString(settings::CompanyCity), p.city.trimmed()}, {QString(settings::CompanyPhone), p.phone.trimmed()},
            {QString(settings::CompanyEmail), p.email.trimmed()}, {QString(settings::CompanyIban), p.iban.trimmed()},
            {QString(settings::CompanyPaymentTerms), p.paymentTerms}, {QString(settings::InvoicePaymentDays), QString::number(p.paymentDays)},
            {QString(settings::InvoiceDefaultVatBp), QString::number(p.defaultVat)}, {QString(settings::CompanyFooter), p.footer},
            {QString(settings::InvoiceSeries), p.series.trimmed()}, {QString(settings::InvoiceRectifyingSeries), p.rectifyingSeries.trimmed()},
            {QString(settings::CompanyLogoPng), QString::fromLatin1(p.logoPng.toBase64())},
            {QString(settings::InvoiceSimplifiedSeries), simplified},
            {QString(settings::InvoiceSimplifiedLimitCents), QString::number(p.simplifiedLimit)}};
        for (const auto &[key, value] : values)
            if (auto r = s.setValue(key, value); !r)
                return r;
        return {};
    });
}

} // namespace ordo
