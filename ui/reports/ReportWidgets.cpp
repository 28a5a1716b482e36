#include "ui/reports/ReportWidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace ordo::reportwidgets {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setAlternatingRowColors(true);
    return t;
}

void fillTable(QTableWidget *t, const QList<QStringList> &rows, int fixedHeightRows, const QSet<int> &textColumns)
{
    t->setRowCount(static_cast<int>(rows.size()));
    t->setWordWrap(false);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < t->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows[r].value(c));
            item->setTextAlignment((textColumns.contains(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    for (int c = 0; c < t->columnCount(); ++c)
        if (t->horizontalHeader()->sectionResizeMode(c) != QHeaderView::Stretch)
            t->resizeColumnToContents(c);
    if (fixedHeightRows >= 0) {
        const int rowsShown = std::max<int>(fixedHeightRows, static_cast<int>(rows.size()));
        t->setFixedHeight(t->horizontalHeader()->height() + rowsShown * t->verticalHeader()->defaultSectionSize() + 4);
    }
}

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(qRound(100.0 * share)));
}

} // namespace ordo::reportwidgets
