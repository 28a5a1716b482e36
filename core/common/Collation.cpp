#include "core/common/Collation.h"

#include <QLocale>

namespace ordo::collation {

QCollator spanish()
{
    QCollator collator{QLocale(QLocale::Spanish, QLocale::Spain)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

void sort(QStringList &names)
{
    sortBy(names, [](const QString &name) -> const QString & { return name; });
}

QString sortKey(const QString &name)
{
    const QString decomposed = name.trimmed().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size() + 2);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            // The tilde of ñ makes a letter of its own; every other accent goes with its letter.
            if (c.unicode() == 0x0303 && key.endsWith(QLatin1Char('n')))
                key += QLatin1Char('~');
            continue;
        }
        key += c.toCaseFolded();
    }
    return key;
}

} // namespace ordo::collation
