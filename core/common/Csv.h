#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ordo::csv {

// A CSV file as spreadsheets in Spain write it, read per RFC 4180: fields between ';' or ',' (or
// tabs), whichever the first record uses most; quoted fields may hold the separator, doubled quotes
// and line breaks; records end in CRLF, LF or CR. The bytes are UTF-8 with or without a BOM, UTF-16
// with a BOM, or else Windows-1252 (what Excel writes as "CSV (delimitado por comas)").
struct Table
{
    QList<QStringList> records;  // blank lines (and lines of empty fields: ";;;") skipped
    QList<int> lines;            // the line each record starts on (from 1), as a text editor counts
    QChar separator;
    QString encoding;            // "UTF-8", "UTF-8 BOM", "UTF-16", "Windows-1252"
};

class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::csv::Reader)

public:
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxFields = 500;
    static constexpr int MaxFieldChars = 64 * 1024;

    // A file that is not CSV (an unclosed quote, text after a closing quote, too big) is an Invalid
    // error naming the line; nothing is half-read.
    static Result<Table> read(const QByteArray &bytes);
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
};

// Headers as people type them: lower case, no accents, spaces and '_' '-' '.' as one space, trimmed
// ("Código postal" → "codigo postal", "TAX_ID" → "tax id").
QString headerKey(const QString &header);

// "1.234,56", "1234.56", "1234,5", "-3", "12 €" → cents; nullopt when it is not an amount.
std::optional<qint64> parseCents(const QString &text);
// 123456 → "1234,56" (decimal comma: the file's separator is ';').
QString formatCents(qint64 cents);

// One field written for a spreadsheet: quoted when it holds the separator, a quote, a line break or
// leading/trailing spaces; a text that a spreadsheet would run as a formula (=, +, @, tab) gets a
// leading apostrophe, which parse() of an import takes off again.
QString field(const QString &text, QChar separator = QLatin1Char(';'));
// The records as one file: UTF-8 with a BOM (Excel then reads the accents), CRLF line ends.
QByteArray write(const QList<QStringList> &records, QChar separator = QLatin1Char(';'));
// Undoes field()'s protection of formula-like text.
QString unprotect(const QString &text);

} // namespace ordo::csv
