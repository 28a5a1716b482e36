#pragma once

#include <QCollator>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ordo::collation {

// Names as a Spanish office reads them (es_ES, whatever the screen's language): accents go with
// their letter ("Castillo Álvarez" before "Castillo Sánchez", not after "z"), "ñ" after "n", upper
// and lower case together, numbers by value ("Calle 2" before "Calle 10").
QCollator spanish();

// Sorts `list` by the name `key(item)` gives, the Spanish way; equal names keep their order.
template<typename T, typename Key>
void sortBy(QList<T> &list, Key key)
{
    const QCollator collator = spanish();
    std::stable_sort(list.begin(), list.end(),
                     [&](const T &a, const T &b) { return collator.compare(key(a), key(b)) < 0; });
}

void sort(QStringList &names);

// A key that sorts the same way byte by byte, for lists paged in SQL (the customers' sort_name
// column): lower case, accents dropped, "ñ" as "n~" (after every "n…", before "o"). "Castillo
// Álvarez" → "castillo alvarez".
QString sortKey(const QString &name);

} // namespace ordo::collation
