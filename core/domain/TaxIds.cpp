#include "core/domain/TaxIds.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ordo {

namespace {

class TaxIds
{
    Q_DECLARE_TR_FUNCTIONS(ordo::TaxIds)
};

const QString dniLetters = QStringLiteral("TRWAGMYFPDXBNJZSQVHLCKE");

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

QChar dniLetter(qint64 number)
{
    return dniLetters.at(static_cast<int>(number % 23));
}

bool validDniLike(QStringView digits, QChar control)
{
    return allDigits(digits) && dniLetter(digits.toLongLong()) == control;
}

bool validCif(const QString &s)
{
    static const QString entities = QStringLiteral("ABCDEFGHJNPQRSUVW");
    if (s.size() != 9 || !entities.contains(s.at(0)) || !allDigits(QStringView(s).mid(1, 7)))
        return false;
    int sum = 0;
    for (int i = 1; i <= 7; ++i) {
        const int d = s.at(i).digitValue();
        if (i % 2 == 0) {
            sum += d;
        } else {
            const int twice = 2 * d;
            sum += twice / 10 + twice % 10;
        }
    }
    const int digit = (10 - sum % 10) % 10;
    const QChar letter = QStringLiteral("JABCDEFGHI").at(digit);
    const QChar control = s.at(8);
    const QChar entity = s.at(0);
    // Public bodies, foreign entities and the like carry a letter; companies (A, B), co-owners (E),
    // and communities (H) a digit; the rest either.
    if (QStringLiteral("NPQRSW").contains(entity))
        return control == letter;
    if (QStringLiteral("ABEH").contains(entity))
        return control == QChar(QLatin1Char('0' + digit));
    return control == letter || control == QChar(QLatin1Char('0' + digit));
}

bool validNormalized(const QString &s)
{
    if (s.size() != 9)
        return false;
    const QChar first = s.at(0);
    if (first.isDigit())
        return validDniLike(QStringView(s).left(8), s.at(8));
    if (first == QLatin1Char('X') || first == QLatin1Char('Y') || first == QLatin1Char('Z')) {
        const QString digits = QString::number(QStringLiteral("XYZ").indexOf(first)) + s.mid(1, 7);
        return validDniLike(digits, s.at(8));
    }
    if (first == QLatin1Char('K') || first == QLatin1Char('L') || first == QLatin1Char('M'))
        return validDniLike(QStringView(s).mid(1, 7), s.at(8));
    return validCif(s);
}

QString cleaned(const QString &text)
{
    QString s = text.toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-/]"));
    s.remove(separators);
    return s;
}

} // namespace

QString normalizeTaxId(const QString &text)
{
    const QString s = cleaned(text);
    if (s.startsWith(QLatin1String("ES")) && validNormalized(s.mid(2)))
        return s.mid(2);
    return s;
}

bool isValidSpanishTaxId(const QString &text)
{
    return validNormalized(normalizeTaxId(text));
}

bool looksLikeForeignVatNumber(const QString &text)
{
    static const QStringList countries = QStringLiteral("AT BE BG CY CZ DE DK EE EL FI FR HR HU IE IT LT LU LV MT NL PL "
                                                        "PT RO SE SI SK XI GB CH NO").split(QLatin1Char(' '));
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}[A-Z0-9]{2,13}$"));
    const QString s = cleaned(text);
    return form.match(s).hasMatch() && countries.contains(s.left(2));
}

QString taxIdProblem(const QString &text)
{
    const QString s = normalizeTaxId(text);
    if (s.isEmpty() || validNormalized(s) || looksLikeForeignVatNumber(s))
        return {};
    if (s.size() != 9)
        return TaxIds::tr("“%1” is not a tax ID: a NIF, NIE or CIF has 9 characters (e.g. 12345678Z, X1234567L, B12345674).")
            .arg(text.trimmed());
    return TaxIds::tr("“%1” is not a valid tax ID: its control letter or digit does not match. Check it for a typing mistake.")
        .arg(text.trimmed());
}

QString normalizeIban(const QString &text)
{
    QString s = text.toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]"));
    s.remove(separators);
    if (s.startsWith(QLatin1String("IBAN")))
        s.remove(0, 4);
    return s;
}

bool isValidIban(const QString &text)
{
    const QString s = normalizeIban(text);
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!form.match(s).hasMatch())
        return false;
    if (s.startsWith(QLatin1String("ES")) && s.size() != 24)
        return false;
    const QString rearranged = s.mid(4) + s.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    }
    return remainder == 1;
}

QString ibanProblem(const QString &text)
{
    const QString s = normalizeIban(text);
    if (s.isEmpty() || isValidIban(s))
        return {};
    if (s.startsWith(QLatin1String("ES")) && s.size() != 24)
        return TaxIds::tr("“%1” is not an IBAN: a Spanish IBAN has 24 characters (ES and 22 digits); this one has %n.", nullptr,
                          s.size())
            .arg(text.trimmed());
    return TaxIds::tr("“%1” is not a valid IBAN: its check digits do not match. Copy it again from the bank's papers.")
        .arg(text.trimmed());
}

QString formatIban(const QString &text)
{
    const QString s = normalizeIban(text);
    QStringList groups;
    for (int i = 0; i < s.size(); i += 4)
        groups << s.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace ordo
