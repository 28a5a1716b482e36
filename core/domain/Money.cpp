#include "core/domain/Money.h"

#include <algorithm>
#include <map>

namespace ordo::money {

qint64 divideRounded(Wide numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    const Wide rounded = (magnitude + denominator / 2) / denominator;
    return static_cast<qint64>(negative ? -rounded : rounded);
}

Cents lineNet(Milli quantity, Cents unitPrice, BasisPoints discount)
{
    const Wide gross = static_cast<Wide>(quantity) * unitPrice * (10000 - discount);
    return divideRounded(gross, 1000LL * 10000LL);
}

Cents vat(Cents base, BasisPoints rate)
{
    return divideRounded(static_cast<Wide>(base) * rate, 10000);
}

Totals totals(const QList<LineInput> &lines)
{
    std::map<BasisPoints, Cents, std::greater<>> bases;
    for (const auto &line : lines)
        bases[line.vatRate] += lineNet(line.quantity, line.unitPrice, line.discount);

    Totals result;
    for (const auto &[rate, base] : bases) {
        const VatBucket bucket{rate, base, vat(base, rate)};
        result.buckets.append(bucket);
        result.base += bucket.base;
        result.vat += bucket.vat;
    }
    result.total = result.base + result.vat;
    return result;
}

namespace {

QString formatFixed(qint64 value, int decimals, int minDecimals, const QLocale &locale)
{
    const bool negative = value < 0;
    quint64 magnitude = negative ? static_cast<quint64>(-(value + 1)) + 1 : static_cast<quint64>(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const quint64 whole = magnitude / scale;
    quint64 fraction = magnitude % scale;

    // Thousands always grouped: Spanish rules leave four-digit numbers ungrouped ("1482"), which
    // mixes "1482,94" with "10.900,13" in one column of amounts.
    QString digits = QString::number(whole);
    QString integerPart;
    const QString group = locale.numberOptions().testFlag(QLocale::OmitGroupSeparator) ? QString() : locale.groupSeparator();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            integerPart += group;
        integerPart += digits[i];
    }
    QString fractionPart = QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
    while (fractionPart.size() > minDecimals && fractionPart.endsWith(QLatin1Char('0')))
        fractionPart.chop(1);

    QString text = negative ? locale.negativeSign() + integerPart : integerPart;
    if (!fractionPart.isEmpty())
        text += locale.decimalPoint() + fractionPart;
    return text;
}

std::optional<qint64> parseFixed(const QString &input, int decimals, const QLocale &locale)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x20AC));  // €
    if (text.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(locale.negativeSign())) {
        negative = true;
        text.remove(0, 1);
    }

    // The locale's decimal point wins. Otherwise a single '.' or ',' is a decimal point too (people type
    // "12.5" on a Spanish number pad), unless it reads as a thousands separator: "1.500" is 1500 in Spanish.
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QChar other = point == QLatin1String(",") ? QLatin1Char('.') : QLatin1Char(',');
    qsizetype pointAt = text.lastIndexOf(point);
    if (pointAt < 0 && text.count(other) == 1) {
        const qsizetype at = text.indexOf(other);
        const qsizetype digitsAfter = text.size() - at - 1;
        const bool looksGrouped = digitsAfter == 3 && at >= 1 && at <= 3 && text.at(0) != QLatin1Char('0');
        if (!looksGrouped)
            pointAt = at;
    }

    QString whole = pointAt >= 0 ? text.left(pointAt) : text;
    const QString fraction = pointAt >= 0 ? text.mid(pointAt + 1) : QString();
    whole.remove(group);
    whole.remove(other);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > decimals)
        return std::nullopt;
    for (const QChar c : whole + fraction)
        if (!c.isDigit())
            return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;

    qint64 value = 0;
    for (const QChar c : whole)
        value = value * 10 + c.digitValue();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return negative ? -value : value;
}

} // namespace

QString formatCents(Cents amount, const QLocale &locale)
{
    return formatFixed(amount, 2, 2, locale);
}

QString formatEuros(Cents amount, const QLocale &locale)
{
    const QString number = formatCents(amount, locale);
    if (locale.language() == QLocale::English)
        return QChar(0x20AC) + number;
    return number + QChar(0x00A0) + QChar(0x20AC);
}

QString formatQuantity(Milli quantity, const QLocale &locale)
{
    return formatFixed(quantity, 3, 0, locale);
}

QString formatRate(BasisPoints rate, const QLocale &locale)
{
    return formatFixed(rate, 2, 0, locale) + QStringLiteral(" %");
}

std::optional<Cents> parseCents(const QString &text, const QLocale &locale)
{
    return parseFixed(text, 2, locale);
}

std::optional<Milli> parseQuantity(const QString &text, const QLocale &locale)
{
    return parseFixed(text, 3, locale);
}

} // namespace ordo::money
