#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace ordo {

// Money is integer cents, quantities are thousandths, rates are basis points (2100 = 21 %).
// No floating point anywhere an amount is computed.
using Cents = qint64;
using Milli = qint64;        // quantity × 1000
using BasisPoints = qint32;  // percentage × 100
__extension__ using Wide = __int128;  // intermediate products only, never stored

namespace money {

// numerator / denominator rounded half away from zero; denominator > 0. 128-bit intermediate, no overflow.
qint64 divideRounded(Wide numerator, qint64 denominator);

// Net amount of a line: quantity × unit price, less the line discount, rounded once to the cent.
Cents lineNet(Milli quantity, Cents unitPrice, BasisPoints discount = 0);

// VAT on a taxable base at a rate, rounded half away from zero (per rate, on the base, as Spanish invoices show it).
Cents vat(Cents base, BasisPoints rate);

struct LineInput
{
    Milli quantity = 1000;
    Cents unitPrice = 0;
    BasisPoints vatRate = 2100;
    BasisPoints discount = 0;
};

struct VatBucket
{
    BasisPoints rate = 0;
    Cents base = 0;
    Cents vat = 0;
};

struct Totals
{
    QList<VatBucket> buckets;  // one per rate, ordered by rate descending
    Cents base = 0;
    Cents vat = 0;
    Cents total = 0;
};

Totals totals(const QList<LineInput> &lines);

// "1.234,56" in Spanish, "1,234.56" in English; negative amounts keep their sign.
QString formatCents(Cents amount, const QLocale &locale = QLocale());
// "1.234,56 €" with the locale's placement of the symbol.
QString formatEuros(Cents amount, const QLocale &locale = QLocale());
QString formatQuantity(Milli quantity, const QLocale &locale = QLocale());
QString formatRate(BasisPoints rate, const QLocale &locale = QLocale());

// Exact parsing of what people type ("12,5", "1.234,56", "-3", "0.005"); nullopt when not a number or
// when it has more decimals than the unit can hold.
std::optional<Cents> parseCents(const QString &text, const QLocale &locale = QLocale());
std::optional<Milli> parseQuantity(const QString &text, const QLocale &locale = QLocale());

} // namespace money
} // namespace ordo
