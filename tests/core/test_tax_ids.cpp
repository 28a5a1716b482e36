#include "core/domain/TaxIds.h"

#include "support/TestDatabase.h"

using namespace ordo;

TEST_CASE("a DNI, NIE, K/L/M NIF or CIF with the right control character is valid, however it was typed", "[taxids]")
{
    CHECK(isValidSpanishTaxId(QStringLiteral("12345678Z")));
    CHECK(isValidSpanishTaxId(QStringLiteral("12.345.678-z")));
    CHECK(isValidSpanishTaxId(QStringLiteral("00000000T")));
    CHECK(isValidSpanishTaxId(QStringLiteral("X1234567L")));
    CHECK(isValidSpanishTaxId(QStringLiteral("Y1234567X")));
    CHECK(isValidSpanishTaxId(QStringLiteral("Z1234567R")));
    CHECK(isValidSpanishTaxId(QStringLiteral("B12345674")));   // a company: control digit
    CHECK(isValidSpanishTaxId(QStringLiteral("b-1234567-4")));
    CHECK(isValidSpanishTaxId(QStringLiteral("Q2826000H")));   // a public body: control letter
    CHECK(isValidSpanishTaxId(QStringLiteral("G12345674")));   // an association: digit…
    CHECK(isValidSpanishTaxId(QStringLiteral("G1234567D")));   // …or letter
    CHECK(isValidSpanishTaxId(QStringLiteral("ESB12345674"))); // the intra-EU VAT form
    CHECK(normalizeTaxId(QStringLiteral(" es b-12345674 ")) == QStringLiteral("B12345674"));
    CHECK(normalizeTaxId(QStringLiteral("x-1234567-l")) == QStringLiteral("X1234567L"));
}

TEST_CASE("a tax ID with a wrong control character, length or form is refused with the reason", "[taxids]")
{
    CHECK_FALSE(isValidSpanishTaxId(QStringLiteral("12345678A")));
    CHECK_FALSE(isValidSpanishTaxId(QStringLiteral("X1234567A")));
    CHECK_FALSE(isValidSpanishTaxId(QStringLiteral("B12345675")));
    CHECK_FALSE(isValidSpanishTaxId(QStringLiteral("B1234567D")));  // a company carries a digit
    CHECK_FALSE(isValidSpanishTaxId(QStringLiteral("Q28260008")));  // a public body carries a letter
    CHECK_FALSE(isValidSpanishTaxId(QStringLiteral("1234567Z")));
    CHECK_FALSE(isValidSpanishTaxId(QString()));
    CHECK(taxIdProblem(QStringLiteral("12345678A")).contains(QStringLiteral("control")));
    CHECK(taxIdProblem(QStringLiteral("1234")).contains(QStringLiteral("9 characters")));
    CHECK(taxIdProblem(QStringLiteral("12345678Z")).isEmpty());
    CHECK(taxIdProblem(QString()).isEmpty());
    // A customer from another EU country keeps their own VAT number.
    CHECK(looksLikeForeignVatNumber(QStringLiteral("FR40303265045")));
    CHECK(taxIdProblem(QStringLiteral("PT 501 964 843")).isEmpty());
    CHECK_FALSE(looksLikeForeignVatNumber(QStringLiteral("BB1234567")));
}

TEST_CASE("an IBAN is valid when its ISO 13616 check digits match", "[taxids]")
{
    CHECK(isValidIban(QStringLiteral("ES91 2100 0418 4502 0005 1332")));
    CHECK(isValidIban(QStringLiteral("es9121000418450200051332")));
    CHECK(isValidIban(QStringLiteral("GB82 WEST 1234 5698 7654 32")));
    CHECK(isValidIban(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    CHECK_FALSE(isValidIban(QStringLiteral("ES92 2100 0418 4502 0005 1332")));  // check digits
    CHECK_FALSE(isValidIban(QStringLiteral("ES91 2100 0418 4502 0005 1333")));  // a digit mistyped
    CHECK_FALSE(isValidIban(QStringLiteral("ES91 2100 0418 4502 0005 133")));   // too short for Spain
    CHECK_FALSE(isValidIban(QString()));
    CHECK(ibanProblem(QStringLiteral("ES91 2100 0418 4502 0005 133")).contains(QStringLiteral("24 characters")));
    CHECK(ibanProblem(QStringLiteral("ES92 2100 0418 4502 0005 1332")).contains(QStringLiteral("check digits")));
    CHECK(ibanProblem(QStringLiteral("ES91 2100 0418 4502 0005 1332")).isEmpty());
    CHECK(formatIban(QStringLiteral("es9121000418450200051332")) == QStringLiteral("ES91 2100 0418 4502 0005 1332"));
}
