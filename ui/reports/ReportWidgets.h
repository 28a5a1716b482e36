#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QChartView;
class QLabel;
class QTableWidget;
class QWidget;

// Small pieces the report pages share: read-only tables filled from rows of text, bar charts, bold
// headings and percentages.
namespace ordo::reportwidgets {

// A read-only table with these headers, whole rows selected, the first column stretching.
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers);

// Fills a table from rows of text: numbers aligned right (every column but the text ones), each
// column as wide as its contents, the stretching one taking the rest. With fixedHeightRows >= 0 the
// table is as high as that many rows (or all of them, when more).
void fillTable(QTableWidget *table, const QList<QStringList> &rows, int fixedHeightRows = -1,
               const QSet<int> &textColumns = {0});

QChartView *makeChartView(QWidget *parent, const QString &name, int height);

// Shows bars on `view` (replacing its chart): categories along `categoryEdge`, values from 0 to a
// round number above `top` along the other edge.
void showBars(QChartView *view, const QString &title, QAbstractBarSeries *series, const QStringList &categories,
              Qt::Alignment categoryEdge, qreal top, const QString &valueTitle = {});

QLabel *boldLabel(const QString &text, QWidget *parent);

// "42 %" in the user's locale.
QString percent(double share);

} // namespace ordo::reportwidgets
