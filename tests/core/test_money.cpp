#include "core/domain/Money.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::money;

TEST_CASE("half a cent rounds away from zero, for charges and for refunds", "[money]")
{
    // 1 unit at 0.01 € with 50 % discount is 0.005 €.
    CHECK(lineNet(1000, 1, 5000) == 1);
    CHECK(lineNet(-1000, 1, 5000) == -1);
    // 0.5 units at 0.01 € is also 0.005 €.
    CHECK(lineNet(500, 1) == 1);
    CHECK(lineNet(400, 1) == 0);
    CHECK(vat(50, 2100) == 11);   // 10.5 cents
    CHECK(vat(-50, 2100) == -11);
    CHECK(vat(5, 2100) == 1);     // 1.05 cents
    CHECK(vat(2, 2100) == 0);     // 0.42 cents
}

TEST_CASE("a line's net amount is quantity times price less its discount, in exact cents", "[money]")
{
    CHECK(lineNet(3000, 38500) == 115500);             // 3 windows at 385 €
    CHECK(lineNet(1500, 3800) == 5700);                // 1.5 hours at 38 €
    CHECK(lineNet(3000, 38500, 1000) == 103950);       // 10 % off
    CHECK(lineNet(333, 100) == 33);                    // 0.333 × 1 € = 0.333 €
    CHECK(lineNet(1000, 123456, 10000) == 0);          // 100 % discount
}

TEST_CASE("VAT is computed per rate on the summed base, not per line", "[money]")
{
    // Three lines of 0.07 € at 21 %: per line 0.0147 € would round to 0.01 € each (0.03 €);
    // on the base of 0.21 € it is 0.0441 €, shown as 0.04 €.
    const auto t = totals({{1000, 7, 2100, 0}, {1000, 7, 2100, 0}, {1000, 7, 2100, 0}});
    REQUIRE(t.buckets.size() == 1);
    CHECK(t.buckets[0].base == 21);
    CHECK(t.buckets[0].vat == 4);
    CHECK(t.total == 25);
}

TEST_CASE("several VAT rates are broken down separately, highest first, with 0 % exempt kept", "[money]")
{
    const auto t = totals({
        {3000, 38500, 2100, 0},   // windows 1,155.00
        {1000, 9000, 1000, 0},    // installation at 10 %: 90.00
        {1000, 2500, 0, 0},       // exempt fee 25.00
        {2000, 4500, 2100, 0},    // removal 90.00
    });
    REQUIRE(t.buckets.size() == 3);
    CHECK(t.buckets[0].rate == 2100);
    CHECK(t.buckets[0].base == 124500);
    CHECK(t.buckets[0].vat == 26145);
    CHECK(t.buckets[1].rate == 1000);
    CHECK(t.buckets[1].base == 9000);
    CHECK(t.buckets[1].vat == 900);
    CHECK(t.buckets[2].rate == 0);
    CHECK(t.buckets[2].base == 2500);
    CHECK(t.buckets[2].vat == 0);
    CHECK(t.base == 136000);
    CHECK(t.vat == 27045);
    CHECK(t.total == 163045);
}

TEST_CASE("a negative line (a credit) reduces the base of its rate", "[money]")
{
    const auto t = totals({{1000, 10000, 2100, 0}, {1000, -2550, 2100, 0}});
    CHECK(t.base == 7450);
    CHECK(t.vat == 1565);  // 1564.5 cents
    CHECK(t.total == 9015);
}

TEST_CASE("a thousand small lines add up without drift", "[money]")
{
    QList<LineInput> lines;
    for (int i = 0; i < 1000; ++i)
        lines.append({1000, 33, 2100, 0});
    const auto t = totals(lines);
    CHECK(t.base == 33000);
    CHECK(t.vat == 6930);
    CHECK(t.total == 39930);
}

TEST_CASE("very large amounts do not overflow the intermediate product", "[money]")
{
    // A million units at ten million euros each: 10^13 € = 10^15 cents, within qint64.
    CHECK(lineNet(1'000'000'000LL, 1'000'000'000LL) == 1'000'000'000'000'000LL);
    CHECK(vat(1'000'000'000'000'000LL, 2100) == 210'000'000'000'000LL);
}

TEST_CASE("amounts are shown the way each language writes them", "[money]")
{
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    // Thousands are always grouped, even where Spanish rules would leave four digits alone: a column
    // of amounts never mixes "1482,94" with "10.900,13".
    CHECK(formatCents(123456, es) == QStringLiteral("1.234,56"));
    CHECK(formatCents(148294, es) + QStringLiteral(" / ") + formatCents(1090013, es) == QStringLiteral("1.482,94 / 10.900,13"));
    CHECK(formatEuros(-148294, es) == QStringLiteral("-1.482,94\u00a0€"));
    CHECK(formatCents(123456789, en) == QStringLiteral("1,234,567.89"));
    CHECK(formatCents(-5, en) == QStringLiteral("-0.05"));
    CHECK(formatEuros(1999, es).endsWith(QChar(0x20AC)));
    CHECK(formatEuros(1999, en) == QString(QChar(0x20AC)) + QStringLiteral("19.99"));
    CHECK(formatQuantity(1500, en) == QStringLiteral("1.5"));
    CHECK(formatQuantity(3000, en) == QStringLiteral("3"));
    CHECK(formatRate(2100, es) == QStringLiteral("21 %"));
    CHECK(formatRate(550, en) == QStringLiteral("5.5 %"));
}

TEST_CASE("typed amounts are parsed exactly, and nonsense is refused", "[money]")
{
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(parseCents(QStringLiteral("1.234,56"), es) == 123456);
    CHECK(parseCents(QStringLiteral("12,5"), es) == 1250);
    CHECK(parseCents(QStringLiteral("12.5"), es) == 1250);        // number pad's dot
    CHECK(parseCents(QStringLiteral("1.500"), es) == 150000);     // thousands
    CHECK(parseCents(QStringLiteral("-3"), es) == -300);
    CHECK(parseCents(QStringLiteral("19,99 €"), es) == 1999);
    CHECK(parseCents(QStringLiteral("1,234.56"), en) == 123456);
    CHECK(parseCents(QStringLiteral("0,005"), es) == std::nullopt); // more decimals than cents
    CHECK(parseCents(QStringLiteral("abc"), es) == std::nullopt);
    CHECK(parseCents(QString(), es) == std::nullopt);
    CHECK(parseQuantity(QStringLiteral("0,005"), es) == 5);
    CHECK(parseQuantity(QStringLiteral("0.005"), es) == 5);
    CHECK(parseQuantity(QStringLiteral("2,5"), es) == 2500);
    CHECK(parseQuantity(QStringLiteral("3"), en) == 3000);
}
