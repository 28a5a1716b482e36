#include "core/billing/TaxCauses.h"

#include "core/common/DocumentText.h"

#include <QCoreApplication>

namespace ordo::taxcause {

namespace {

constexpr auto Context = "ordo::TaxCauses";

QString here(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

} // namespace

QString base(const QString &key)
{
    return key.section(QLatin1Char(':'), 0, 0);
}

int article20Section(const QString &key)
{
    return base(key) == QLatin1String("E1") ? key.section(QLatin1Char(':'), 1, 1).toInt() : 0;
}

bool isValid(const QString &key)
{
    if (key.isEmpty())
        return true;
    const QString b = base(key);
    if (!keys().contains(b))
        return false;
    if (key.contains(QLatin1Char(':'))) {
        // Art. 20.Uno has sections 1º to 29º.
        bool ok = false;
        const int section = key.section(QLatin1Char(':'), 1, 1).toInt(&ok);
        return b == QLatin1String("E1") && ok && section >= 1 && section <= 29;
    }
    return true;
}

bool needsZeroRate(const QString &key)
{
    return !key.isEmpty();
}

QString calificacion(const QString &key)
{
    const QString b = base(key);
    if (b.isEmpty())
        return QStringLiteral("S1");
    if (b.startsWith(QLatin1Char('E')))
        return {};
    return b;
}

QString exencion(const QString &key)
{
    const QString b = base(key);
    return b.startsWith(QLatin1Char('E')) ? b : QString();
}

QStringList keys()
{
    return {QString(), QStringLiteral("S2"), QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3"),
            QStringLiteral("E4"), QStringLiteral("E5"), QStringLiteral("E6"), QStringLiteral("N1"), QStringLiteral("N2")};
}

QString displayName(const QString &key)
{
    const QString b = base(key);
    if (b.isEmpty())
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Taxed"));
    if (b == QLatin1String("S2"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Reverse charge (art. 84)"));
    if (b == QLatin1String("E1")) {
        const int section = article20Section(key);
        return section ? here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt, art. 20.1.%1")).arg(section)
                       : here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt (art. 20)"));
    }
    if (b == QLatin1String("E2"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt: export (art. 21)"));
    if (b == QLatin1String("E3"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt: like an export (art. 22)"));
    if (b == QLatin1String("E4"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt: free zones and warehouses (arts. 23 and 24)"));
    if (b == QLatin1String("E5"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt: intra-EU supply (art. 25)"));
    if (b == QLatin1String("E6"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Exempt: other"));
    if (b == QLatin1String("N1"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Not subject (arts. 7 and 14)"));
    if (b == QLatin1String("N2"))
        return here(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Not subject: place of supply"));
    return key;
}

QString shortLabel(const QString &key, const DocumentText &text)
{
    const QString b = base(key);
    if (b == QLatin1String("S2"))
        //: Short for "inversión del sujeto pasivo" in the VAT column of an invoice.
        return text.translate(Context, QT_TRANSLATE_NOOP("ordo::TaxCauses", "Rev. charge"));
    if (b.startsWith(QLatin1Char('E')))
        return text.translate(Context, QT_TRANSLATE_NOOP("ordo::TaxCauses", "exempt"));
    if (b.startsWith(QLatin1Char('N')))
        return text.translate(Context, QT_TRANSLATE_NOOP("ordo::TaxCauses", "not subject"));
    return {};
}

QString legalMention(const QString &key, const DocumentText &text)
{
    const QString b = base(key);
    auto t = [&](const char *source) { return text.translate(Context, source); };
    if (b == QLatin1String("S2"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Reverse charge: the customer accounts for the VAT (inversión del sujeto "
                                                       "pasivo, Law 37/1992, article 84.One.2)."));
    if (b == QLatin1String("E1")) {
        const int section = article20Section(key);
        if (section)
            return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation exempt from VAT under Law 37/1992, article 20.One.%1."))
                .arg(section);
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation exempt from VAT under Law 37/1992, article 20."));
    }
    if (b == QLatin1String("E2"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Export exempt from VAT under Law 37/1992, article 21."));
    if (b == QLatin1String("E3"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation treated as an export, exempt from VAT under Law 37/1992, article 22."));
    if (b == QLatin1String("E4"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation exempt from VAT under Law 37/1992, articles 23 and 24."));
    if (b == QLatin1String("E5"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Intra-Community supply exempt from VAT under Law 37/1992, article 25."));
    if (b == QLatin1String("E6"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation exempt from VAT."));
    if (b == QLatin1String("N1"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation not subject to VAT under Law 37/1992, articles 7 and 14."));
    if (b == QLatin1String("N2"))
        return t(QT_TRANSLATE_NOOP("ordo::TaxCauses", "Operation not subject to Spanish VAT by the place-of-supply rules "
                                                       "(Law 37/1992, articles 68 to 70)."));
    return {};
}

QString effective(const LineItem &line, const QString &zeroVatDefault)
{
    if (!line.taxCause.isEmpty() || line.vatRate != 0)
        return line.taxCause;
    return zeroVatDefault == QLatin1String("S1") ? QString() : zeroVatDefault;
}

} // namespace ordo::taxcause
