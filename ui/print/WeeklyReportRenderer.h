#pragma once

#include "core/reports/WeeklyReport.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace ordo {

// The weekly report on A4 pages: the week's figures beside the previous week and the 4-week
// average, charts of the flow (received vs completed per day), of the money (invoiced vs collected
// per day) and of the time in each step against its target, then steps, people and the oldest
// overdue orders. Every number printed is a field of WeeklyReport, the same the JSON has.
// QtGui only: ordo-cli writes the PDF headless; the charts are drawn with QPainter here.
class WeeklyReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WeeklyReportRenderer)

public:
    WeeklyReportRenderer(const WeeklyReport &report, const QString &companyName) : m_report(report), m_company(companyName) {}

    int render(QPagedPaintDevice *device) const;   // returns the number of pages
    QByteArray pdf() const;

    // "Week 48 of 2026 · 23/11/26 – 29/11/26"
    static QString title(const WeeklyReport &report);
    // The report's tables as text, the same on screen and on paper: headers, then rows.
    // "19 (23 · 21)": this week, then the previous week and the 4-week average.
    static QString withTrend(const QString &value, const QString &previous, const QString &average);
    static QStringList summaryHeaders();
    static QList<QStringList> summaryRows(const WeeklyReport &report);
    static QStringList stepHeaders();
    static QList<QStringList> stepRows(const WeeklyReport &report);
    static QStringList peopleHeaders();
    static QList<QStringList> peopleRows(const WeeklyReport &report);
    static QStringList overdueHeaders();
    static QList<QStringList> overdueRows(const WeeklyReport &report);

private:
    int paint(QPainter *p, QPagedPaintDevice *device) const;

    const WeeklyReport &m_report;
    QString m_company;
};

} // namespace ordo
