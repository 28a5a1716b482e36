#include "core/common/Csv.h"

#include <QStringDecoder>

#include <algorithm>

namespace ordo::csv {

namespace {

// Windows-1252's 0x80–0x9F (the rest is Latin-1); undefined bytes become U+FFFD.
const char16_t Cp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(b >= 0x80 && b < 0xA0 ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return text;
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

} // namespace

QString Reader::decode(const QByteArray &bytes, QString *encoding)
{
    auto said = [&](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        said("UTF-8 BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        said("UTF-16");
        QStringDecoder decoder(QStringConverter::Utf16);  // reads the BOM and drops it
        return decoder(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        said("UTF-8");
        return text;
    }
    said("Windows-1252");
    return fromCp1252(bytes);
}

Result<Table> Reader::read(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return makeError(ErrorCode::Invalid, tr("The file is larger than %1 MB: that is not a list to import.").arg(MaxBytes / (1024 * 1024)));
    Table table;
    const QString text = decode(bytes, &table.encoding);
    if (text.contains(QChar(0)))
        return makeError(ErrorCode::Invalid, tr("The file is not text (it holds NUL bytes): save it from the spreadsheet as CSV."));
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;

    int line = 1;                 // the line the reader is on
    int recordLine = 1;           // the line the current record began on
    int quoteLine = 0;            // where the open quote began
    QStringList record;
    QString value;
    bool inQuotes = false;
    bool wasQuoted = false;       // the current field was quoted (and its closing quote seen)
    bool recordHasContent = false;

    auto endField = [&]() -> Result<void> {
        if (record.size() >= MaxFields)
            return makeError(ErrorCode::Invalid, tr("Line %1 has more than %2 fields.").arg(recordLine).arg(MaxFields));
        record.append(value);
        value.clear();
        wasQuoted = false;
        return {};
    };
    auto endRecord = [&]() -> Result<void> {
        if (auto r = endField(); !r)
            return r;
        // A blank line, or one of only separators (a spreadsheet's formatted but empty rows), is no record.
        const bool blank = std::all_of(record.cbegin(), record.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank) {
            table.records.append(record);
            table.lines.append(recordLine);
        }
        record.clear();
        recordHasContent = false;
        return {};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    value.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                value.append(c);
            }
        } else if (c == sep) {
            recordHasContent = true;
            if (auto r = endField(); !r)
                return r.error();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (auto r = endRecord(); !r)
                return r.error();
            ++line;
            recordLine = line;
        } else if (wasQuoted) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
                continue;  // spaces after a closing quote, as some programs write them
            return makeError(ErrorCode::Invalid,
                             tr("Line %1: text after a closing quote (a quote inside a quoted field is written twice: \"\").").arg(line));
        } else if (c == QLatin1Char('"') && value.trimmed().isEmpty()) {
            value.clear();
            inQuotes = true;
            quoteLine = line;
            recordHasContent = true;
        } else {
            value.append(c);  // a quote inside an unquoted field is kept as it is (lenient, as Excel reads it)
            recordHasContent = true;
        }
        if (value.size() > MaxFieldChars)
            return makeError(ErrorCode::Invalid, tr("Line %1 has a field longer than %2 characters.").arg(recordLine).arg(MaxFieldChars));
    }
    if (inQuotes)
        return makeError(ErrorCode::Invalid, tr("Line %1: a quote is opened and never closed.").arg(quoteLine));
    if (recordHasContent || !value.isEmpty() || !record.isEmpty())
        if (auto r = endRecord(); !r)
            return r.error();
    return table;
}

QString headerKey(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString key;
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key.append(QLatin1Char(' '));
            space = false;
            key.append(c);
        } else if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/')) {
            space = true;
        }
    }
    return key;
}

std::optional<qint64> parseCents(const QString &input)
{
    QString t = input.trimmed();
    t.remove(QChar(0x20AC)).remove(QLatin1Char(' ')).remove(QChar(0xA0)).remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t.remove(0, 1);
    }
    // The last '.' or ',' followed by one or two digits is the decimal mark; any other is thousands.
    const qsizetype lastComma = t.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = t.lastIndexOf(QLatin1Char('.'));
    const qsizetype mark = std::max(lastComma, lastDot);
    QString whole = t, fraction;
    if (mark >= 0 && t.size() - mark - 1 <= 2 && t.size() - mark - 1 >= 1) {
        whole = t.left(mark);
        fraction = t.mid(mark + 1);
    }
    // Thousands separators: groups of three after the first group.
    const QChar markChar = mark < 0 ? QLatin1Char('.') : t.at(mark);
    const QChar thousands = fraction.isEmpty() ? markChar : (markChar == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(','));
    if (!fraction.isEmpty() && whole.contains(markChar))
        return std::nullopt;  // "1,234,56"
    const QStringList groups = whole.split(thousands);
    if (groups.size() > 1) {
        for (int g = 1; g < groups.size(); ++g)
            if (groups.at(g).size() != 3)
                return std::nullopt;
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return std::nullopt;
    }
    whole = groups.join(QString());
    if (whole.isEmpty() || whole.size() > 15)
        return std::nullopt;
    for (QChar c : whole + fraction)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    qint64 cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toInt() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toInt();
    return negative ? -cents : cents;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + QLatin1Char(',')
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString field(const QString &input, QChar separator)
{
    QString text = input;
    if (!text.isEmpty() && (text.front() == QLatin1Char('=') || text.front() == QLatin1Char('+') || text.front() == QLatin1Char('@')
                            || text.front() == QLatin1Char('\t')))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
                       || text.contains(QLatin1Char('\r')) || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray write(const QList<QStringList> &records, QChar separator)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &f : record)
            fields << field(f, separator);
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString unprotect(const QString &text)
{
    if (text.size() >= 2 && text.front() == QLatin1Char('\'')
        && (text.at(1) == QLatin1Char('=') || text.at(1) == QLatin1Char('+') || text.at(1) == QLatin1Char('@') || text.at(1) == QLatin1Char('\t')))
        return text.mid(1);
    return text;
}

} // namespace ordo::csv
