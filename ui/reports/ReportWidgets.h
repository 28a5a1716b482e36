#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

// Small pieces the report pages share: read-only tables filled from rows of text, bold headings and
// percentages (bar charts: BarChart.h).
namespace ordo::reportwidgets {

// A read-only table with these headers, whole rows selected, the first column stretching.
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers);

// Fills a table from rows of text: numbers aligned right (every column but the text ones), each
// column as wide as its contents, the stretching one taking the rest. With fixedHeightRows >= 0 the
// table is as high as that many rows (or all of them, when more).
void fillTable(QTableWidget *table, const QList<QStringList> &rows, int fixedHeightRows = -1,
               const QSet<int> &textColumns = {0});

QLabel *boldLabel(const QString &text, QWidget *parent);

// "42 %" in the user's locale.
QString percent(double share);

} // namespace ordo::reportwidgets
