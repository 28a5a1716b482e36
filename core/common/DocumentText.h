#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace ordo {

// Words of a document (an invoice, its e-mail) in the language of whom it is for, whatever the
// language of the program printing it: a run under LANG=C still prints a Spanish customer's invoice
// in Spanish. Spanish ("es") and English ("en"); anything else reads as English.
class DocumentText final
{
public:
    explicit DocumentText(const QString &language);

    QString language() const { return m_language; }
    // Numbers and currency the document's way (Spain's or the United Kingdom's).
    QLocale locale() const { return m_locale; }
    // dd/mm/yyyy in both languages: four-digit years on documents.
    QString date(const QDate &d) const;
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // The languages a document can be written in, as keys and as names in the reader's language.
    static QStringList languages();
    static QString languageName(const QString &key);
    static QString normalize(const QString &language);

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

// The reader's short date format with the year in full (31/12/2024, not 31/12/24): for dates years
// apart (a maintenance plan, a spreadsheet's installation dates), where two digits mislead.
inline QString fullYearDateFormat(const QLocale &locale = QLocale())
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace ordo
