#include "ui/print/WeeklyReportRenderer.h"
#include "ui/print/PdfDocument.h"


#include <QDateTime>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>
#include <functional>

namespace ordo {

namespace {

using a4::ContentWidth;
using a4::Margin;
using a4::PageHeight;
using a4::PageWidth;
constexpr qreal BodyTop = Margin + 48;
constexpr qreal FooterTop = PageHeight - Margin - 16;

const QColor Ink(0x26, 0x32, 0x38);
const QColor Grey(0x55, 0x5f, 0x66);
const QColor Rule(0xb0, 0xbe, 0xc5);
const QColor Shade(0xec, 0xef, 0xf1);
const QColor First(0x1e, 0x88, 0xe5);    // received, invoiced, median
const QColor Second(0x43, 0xa0, 0x47);   // completed, collected
const QColor Light(0x90, 0xca, 0xf9);    // p90
const QColor Alert(0xe5, 0x39, 0x35);    // target

struct Fonts
{
    QFont base, small, bold, heading, title;
    Fonts()
    {
        base = QFont(QStringLiteral("DejaVu Sans"));
        base.setPixelSize(8);
        small = base;
        small.setPixelSize(6);
        bold = base;
        bold.setBold(true);
        heading = base;
        heading.setPixelSize(10);
        heading.setBold(true);
        title = base;
        title.setPixelSize(16);
        title.setBold(true);
    }
};

// A step of the page flow: something of known height, drawn at y.
struct Block
{
    qreal height = 0;
    std::function<void(QPainter &, qreal)> draw;
    bool keepWithNext = false;
};

// An axis in round steps (1, 2 or 5 × 10^n) with at most five of them up to `value`.
struct Axis
{
    qint64 step = 1;
    int ticks = 1;
    qint64 top() const { return step * ticks; }
};

Axis niceAxis(qint64 value)
{
    Axis a;
    if (value <= 0)
        return a;
    qint64 magnitude = 1;
    while (magnitude * 10 <= value / 5)
        magnitude *= 10;
    for (qint64 m : {1, 2, 5, 10}) {
        a.step = m * magnitude;
        if ((value + a.step - 1) / a.step <= 5)
            break;
    }
    a.ticks = static_cast<int>((value + a.step - 1) / a.step);
    return a;
}

QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }

QString euros(Cents c) { return money::formatEuros(c, QLocale()); }

// "1.234 €": whole euros for axis labels.
QString wholeEuros(Cents c) { return QLocale().toString(c / 100) + QStringLiteral(" €"); }

void legend(QPainter &p, const QFont &font, qreal right, qreal y, const QList<std::pair<QColor, QString>> &items)
{
    p.setFont(font);
    const QFontMetricsF fm(font);
    qreal x = right;
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const qreal w = fm.horizontalAdvance(it->second);
        x -= w;
        p.setPen(Ink);
        p.drawText(QRectF(x, y, w + 2, 10), Qt::AlignLeft | Qt::AlignVCenter, it->second);
        x -= 10;
        p.fillRect(QRectF(x, y + 2, 7, 7), it->first);
        x -= 10;
    }
}

// Grouped vertical bars: one group per category, one bar per series.
void barChart(QPainter &p, const Fonts &f, const QRectF &area, const QString &title, const QStringList &categories,
              const QList<QList<qint64>> &series, const QList<std::pair<QColor, QString>> &names,
              const std::function<QString(qint64)> &label, bool valuesOnBars)
{
    p.setFont(f.heading);
    p.setPen(Ink);
    p.drawText(QRectF(area.left(), area.top(), area.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, title);
    legend(p, f.small, area.right(), area.top() + 2, names);

    const QRectF plot(area.left() + 48, area.top() + 22, area.width() - 52, area.height() - 38);
    qint64 top = 0;
    for (const auto &s : series)
        for (qint64 v : s)
            top = std::max(top, v);
    const Axis axis = niceAxis(top);
    top = axis.top();
    p.setFont(f.small);
    for (int t = 0; t <= axis.ticks; ++t) {
        const qreal y = plot.bottom() - plot.height() * t / axis.ticks;
        p.setPen(QPen(t == 0 ? Grey : Rule, t == 0 ? 0.8 : 0.3));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Grey);
        p.drawText(QRectF(area.left(), y - 5, 44, 10), Qt::AlignRight | Qt::AlignVCenter, label(axis.step * t));
    }
    const qreal group = plot.width() / categories.size();
    const qreal bar = std::min<qreal>(18, (group - 10) / series.size());
    for (int c = 0; c < categories.size(); ++c) {
        const qreal x0 = plot.left() + group * c + (group - bar * series.size()) / 2;
        for (int s = 0; s < series.size(); ++s) {
            const qint64 v = series[s].value(c);
            const qreal h = plot.height() * static_cast<qreal>(v) / static_cast<qreal>(top);
            const QRectF r(x0 + bar * s, plot.bottom() - h, bar - 1, h);
            p.fillRect(r, names[s].first);
            if (valuesOnBars && v > 0) {
                p.setPen(Ink);
                p.drawText(QRectF(r.left() - 6, r.top() - 10, r.width() + 12, 9), Qt::AlignHCenter | Qt::AlignBottom,
                           QLocale().toString(v));
            }
        }
        p.setPen(Grey);
        p.drawText(QRectF(plot.left() + group * c, plot.bottom() + 2, group, 10), Qt::AlignHCenter | Qt::AlignTop, categories[c]);
    }
}

struct Column
{
    QString header;
    qreal width;
    Qt::Alignment align;
};

// A table as blocks: a header kept with the first row, then one block per row.
void table(QList<Block> &blocks, const Fonts &f, const QString &title, const QList<Column> &columns,
           const QList<QStringList> &rows, const QString &empty)
{
    constexpr qreal RowHeight = 14;
    blocks.append({24, [=](QPainter &p, qreal y) {
                       p.setFont(f.heading);
                       p.setPen(Ink);
                       p.drawText(QRectF(Margin, y + 6, ContentWidth, 14), Qt::AlignLeft | Qt::AlignVCenter, title);
                   },
                   true});
    if (rows.isEmpty()) {
        blocks.append({RowHeight, [=](QPainter &p, qreal y) {
                           p.setFont(f.base);
                           p.setPen(Grey);
                           p.drawText(QRectF(Margin, y, ContentWidth, RowHeight), Qt::AlignLeft | Qt::AlignVCenter, empty);
                       }});
        return;
    }
    blocks.append({RowHeight + 2, [=](QPainter &p, qreal y) {
                       p.fillRect(QRectF(Margin, y, ContentWidth, RowHeight), Shade);
                       p.setFont(f.bold);
                       p.setPen(Ink);
                       qreal x = Margin;
                       for (const Column &c : columns) {
                           p.drawText(QRectF(x + 3, y, c.width - 6, RowHeight), c.align | Qt::AlignVCenter, c.header);
                           x += c.width;
                       }
                   },
                   true});
    for (const QStringList &row : rows) {
        blocks.append({RowHeight, [=](QPainter &p, qreal y) {
                           p.setFont(f.base);
                           p.setPen(Ink);
                           qreal x = Margin;
                           for (int i = 0; i < columns.size(); ++i) {
                               const QString text = p.fontMetrics().elidedText(row.value(i), Qt::ElideRight,
                                                                               static_cast<int>(columns[i].width - 6));
                               p.drawText(QRectF(x + 3, y, columns[i].width - 6, RowHeight), columns[i].align | Qt::AlignVCenter,
                                          text);
                               x += columns[i].width;
                           }
                           p.setPen(QPen(Rule, 0.3));
                           p.drawLine(QPointF(Margin, y + RowHeight), QPointF(Margin + ContentWidth, y + RowHeight));
                       }});
    }
}

} // namespace

QString WeeklyReportRenderer::title(const WeeklyReport &r)
{
    const QDate monday = WeeklyReportBuilder::mondayOf(r.isoYear, r.isoWeek);
    return tr("Week %1 of %2 · %3 – %4").arg(r.isoWeek).arg(r.isoYear).arg(shortDate(monday), shortDate(monday.addDays(6)));
}

QStringList WeeklyReportRenderer::summaryHeaders()
{
    return {tr("Figure"), tr("This week"), tr("Previous week"), tr("4-week average")};
}

QList<QStringList> WeeklyReportRenderer::summaryRows(const WeeklyReport &r)
{
    const QLocale locale;
    auto count = [&](const QString &label, const Trend &t) {
        return QStringList{label, locale.toString(t.value), locale.toString(t.previous), locale.toString(t.fourWeekAverage)};
    };
    auto money = [&](const QString &label, const Trend &t) {
        return QStringList{label, euros(t.value), euros(t.previous), euros(t.fourWeekAverage)};
    };
    return {count(tr("Orders received"), r.received),
            count(tr("Orders completed"), r.completed),
            count(tr("Orders cancelled"), r.cancelled),
            {tr("Open at the end of the week"), locale.toString(r.openAtEnd), QString(), QString()},
            money(tr("Invoiced"), r.invoiced),
            money(tr("Collected"), r.collected),
            {tr("Outstanding at the end of the week"), euros(r.outstanding), QString(), QString()},
            {tr("of which overdue"), euros(r.overdue), QString(), QString()}};
}

QString WeeklyReportRenderer::withTrend(const QString &value, const QString &previous, const QString &average)
{
    return tr("%1 (%2 · %3)").arg(value, previous, average);
}

QStringList WeeklyReportRenderer::stepHeaders()
{
    return {tr("Step"), tr("Entered (prev. · 4-wk avg.)"), tr("Median (prev. · 4-wk avg.)"), tr("90th pct. (prev. · 4-wk avg.)"),
            tr("Target"), tr("Past target now")};
}

QList<QStringList> WeeklyReportRenderer::stepRows(const WeeklyReport &r)
{
    const QLocale locale;
    QList<QStringList> rows;
    // Short units: three durations share a cell.
    auto time = [](qint64 seconds) {
        const QLocale locale;
        if (seconds <= 0)
            return QStringLiteral("—");
        if (seconds >= 86400) {
            const qint64 tenths = (seconds * 10 + 43200) / 86400;
            return tr("%1 d").arg(tenths % 10 ? locale.toString(tenths / 10.0, 'f', 1) : locale.toString(tenths / 10));
        }
        if (seconds >= 3600)
            return tr("%1 h").arg(locale.toString(seconds / 3600));
        return tr("%1 min").arg(locale.toString(std::max<qint64>(1, seconds / 60)));
    };
    // Three durations in one unit, named once: "12 d (11,2 · 10,8)".
    auto times = [&](const Trend &t) {
        const qint64 largest = std::max({t.value, t.previous, t.fourWeekAverage});
        if (largest <= 0)
            return withTrend(QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—"));
        const qint64 unit = largest >= 86400 ? 86400 : largest >= 3600 ? 3600 : 60;
        auto number = [&](qint64 seconds) {
            if (seconds <= 0)
                return QStringLiteral("—");
            const qint64 tenths = (seconds * 10 + unit / 2) / unit;
            return tenths % 10 ? locale.toString(tenths / 10.0, 'f', 1) : locale.toString(tenths / 10);
        };
        const QString first = unit == 86400 ? tr("%1 d") : unit == 3600 ? tr("%1 h") : tr("%1 min");
        return withTrend(first.arg(number(t.value)), number(t.previous), number(t.fourWeekAverage));
    };
    for (const StepFigures &s : r.steps)
        rows << QStringList{s.name,
                            withTrend(locale.toString(s.entered.value), locale.toString(s.entered.previous),
                                      locale.toString(s.entered.fourWeekAverage)),
                            times(s.medianSeconds), times(s.p90Seconds),
                            s.targetMinutes ? time(*s.targetMinutes * 60) : QStringLiteral("—"),
                            locale.toString(s.pastTargetNow)};
    return rows;
}

QStringList WeeklyReportRenderer::peopleHeaders()
{
    return {tr("Person"), tr("Visits (prev. · 4-wk avg.)"), tr("Jobs completed (prev. · 4-wk avg.)"),
            tr("Revenue (prev. · 4-wk avg.)")};
}

QList<QStringList> WeeklyReportRenderer::peopleRows(const WeeklyReport &r)
{
    const QLocale locale;
    QList<QStringList> rows;
    auto counts = [&](const Trend &t) {
        return withTrend(locale.toString(t.value), locale.toString(t.previous), locale.toString(t.fourWeekAverage));
    };
    for (const PersonFigures &p : r.people)
        rows << QStringList{p.name, counts(p.visits), counts(p.jobsCompleted),
                            withTrend(euros(p.revenue.value), wholeEuros(p.revenue.previous), wholeEuros(p.revenue.fourWeekAverage))};
    return rows;
}

QStringList WeeklyReportRenderer::overdueHeaders()
{
    return {tr("Order"), tr("Customer"), tr("Step"), tr("Due")};
}

QList<QStringList> WeeklyReportRenderer::overdueRows(const WeeklyReport &r)
{
    QList<QStringList> rows;
    for (const OverdueOrder &o : r.oldestOverdue)
        rows << QStringList{o.number, o.customer, o.step,
                            QLocale().toString(QDateTime::fromSecsSinceEpoch(o.dueAt).toLocalTime().date(), QLocale::ShortFormat)};
    return rows;
}

int WeeklyReportRenderer::render(QPagedPaintDevice *device) const
{
    QPainter p(device);
    if (!p.isActive())
        return 0;
    const qreal scale = device->logicalDpiX() / 72.0;
    p.scale(scale, scale);
    return paint(&p, device);
}

int WeeklyReportRenderer::paint(QPainter *painter, QPagedPaintDevice *device) const
{
    QPainter &p = *painter;
    const Fonts f;
    const WeeklyReport &r = m_report;
    const QLocale locale;
    QList<Block> blocks;

    // The week in figures.
    {
        const QStringList h = summaryHeaders();
        table(blocks, f, tr("The week in figures"),
              {{h[0], ContentWidth - 330, Qt::AlignLeft}, {h[1], 110, Qt::AlignRight}, {h[2], 110, Qt::AlignRight},
               {h[3], 110, Qt::AlignRight}},
              summaryRows(r), QString());
    }

    // Charts: the flow and the money, day by day.
    QStringList days;
    QList<qint64> received, completed, invoiced, collected;
    for (const DayFigures &d : r.days) {
        days << locale.toString(d.day, QStringLiteral("ddd d"));
        received << d.received;
        completed << d.completed;
        invoiced << d.invoiced;
        collected << d.collected;
    }
    blocks.append({170, [=, &f](QPainter &p, qreal y) {
                       barChart(p, f, QRectF(Margin, y + 12, ContentWidth, 156), tr("Orders received and completed per day"), days,
                                {received, completed}, {{First, tr("Received")}, {Second, tr("Completed")}},
                                [](qint64 v) { return QLocale().toString(v); }, true);
                   }});
    blocks.append({170, [=, &f](QPainter &p, qreal y) {
                       barChart(p, f, QRectF(Margin, y + 12, ContentWidth, 156), tr("Invoiced and collected per day"), days,
                                {invoiced, collected}, {{First, tr("Invoiced")}, {Second, tr("Collected")}}, wholeEuros, false);
                   }});

    // Time in each step against its target: median bar, 90th percentile behind it, target as a red mark.
    QList<StepFigures> timed;
    for (const StepFigures &s : r.steps)
        if (s.stays > 0 || s.targetMinutes)
            timed << s;
    if (!timed.isEmpty()) {
        const qreal rowHeight = 15;
        const qreal height = 44 + rowHeight * timed.size();
        blocks.append({height, [=, &f](QPainter &p, qreal y) {
                           p.setFont(f.heading);
                           p.setPen(Ink);
                           p.drawText(QRectF(Margin, y + 12, ContentWidth, 14), Qt::AlignLeft | Qt::AlignVCenter,
                                      tr("Time in each step against its target"));
                           legend(p, f.small, Margin + ContentWidth, y + 14,
                                  {{First, tr("Median")}, {Light, tr("90th percentile")}, {Alert, tr("Target")}});
                           qint64 top = 0;
                           for (const auto &s : timed)
                               top = std::max({top, s.p90Seconds.value, s.targetMinutes.value_or(0) * 60});
                           const Axis axis = niceAxis((top + 86399) / 86400);
                           const qint64 topDays = axis.top();
                           const QRectF plot(Margin + 150, y + 34, ContentWidth - 150 - 4, rowHeight * timed.size());
                           p.setFont(f.small);
                           for (int t = 0; t <= axis.ticks; ++t) {
                               const qreal x = plot.left() + plot.width() * t / axis.ticks;
                               p.setPen(QPen(Rule, 0.3));
                               p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
                               p.setPen(Grey);
                               p.drawText(QRectF(x - 30, plot.bottom() + 1, 60, 9), Qt::AlignHCenter | Qt::AlignTop,
                                          tr("%1 d").arg(QLocale().toString(axis.step * t)));
                           }
                           const qreal perSecond = plot.width() / (topDays * 86400.0);
                           for (int i = 0; i < timed.size(); ++i) {
                               const StepFigures &s = timed[i];
                               const qreal ry = plot.top() + rowHeight * i;
                               p.setFont(f.base);
                               p.setPen(Ink);
                               p.drawText(QRectF(Margin, ry, 146, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                                          p.fontMetrics().elidedText(s.name, Qt::ElideRight, 146));
                               p.fillRect(QRectF(plot.left(), ry + 3, s.p90Seconds.value * perSecond, rowHeight - 6), Light);
                               p.fillRect(QRectF(plot.left(), ry + 5, s.medianSeconds.value * perSecond, rowHeight - 10), First);
                               if (s.targetMinutes) {
                                   const qreal x = plot.left() + *s.targetMinutes * 60 * perSecond;
                                   p.setPen(QPen(Alert, 1.6));
                                   p.drawLine(QPointF(x, ry + 1), QPointF(x, ry + rowHeight - 1));
                               }
                           }
                       }});
    }

    // Steps, people, overdue orders.
    {
        const QStringList h = stepHeaders();
        table(blocks, f, tr("Steps (this week, then the previous week · the 4-week average)"),
              {{h[0], ContentWidth - 380, Qt::AlignLeft}, {tr("Entered"), 70, Qt::AlignRight}, {tr("Median"), 90, Qt::AlignRight},
               {tr("90th pct."), 90, Qt::AlignRight}, {h[4], 45, Qt::AlignRight}, {tr("Past target"), 85, Qt::AlignRight}},
              stepRows(r), QString());
    }
    {
        const QStringList h = peopleHeaders();
        table(blocks, f, tr("People (this week, then the previous week · the 4-week average)"),
              {{h[0], ContentWidth - 370, Qt::AlignLeft}, {tr("Visits"), 75, Qt::AlignRight},
               {tr("Jobs completed"), 115, Qt::AlignRight}, {tr("Revenue"), 180, Qt::AlignRight}},
              peopleRows(r), tr("No visits, jobs or revenue this week."));
    }
    {
        const QStringList h = overdueHeaders();
        table(blocks, f, tr("Oldest overdue orders"),
              {{h[0], 90, Qt::AlignLeft}, {h[1], ContentWidth - 330, Qt::AlignLeft}, {h[2], 160, Qt::AlignLeft},
               {h[3], 80, Qt::AlignRight}},
              overdueRows(r), tr("No open order is past its due date."));
    }

    // Pages: a block that does not fit starts a new page, and a header is never left alone at the bottom.
    QList<int> pageOf;
    QList<qreal> yOf;
    int pages = 1;
    qreal y = BodyTop;
    for (int i = 0; i < blocks.size(); ++i) {
        qreal need = blocks[i].height;
        for (int j = i; j + 1 < blocks.size() && blocks[j].keepWithNext; ++j)
            need += blocks[j + 1].height;
        if (y + need > FooterTop - 8 && y > BodyTop) {
            ++pages;
            y = BodyTop;
        }
        pageOf << pages;
        yOf << y;
        y += blocks[i].height;
    }
    if (!device)
        return pages;

    const QString generated = tr("Printed %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    auto frame = [&](int page) {
        p.setFont(f.title);
        p.setPen(Ink);
        p.drawText(QRectF(Margin, Margin, ContentWidth * 0.6, 22), Qt::AlignLeft | Qt::AlignVCenter, tr("Weekly report"));
        p.setFont(f.bold);
        p.drawText(QRectF(Margin + ContentWidth * 0.4, Margin, ContentWidth * 0.6, 12), Qt::AlignRight | Qt::AlignVCenter, m_company);
        p.setFont(f.base);
        p.setPen(Grey);
        p.drawText(QRectF(Margin, Margin + 24, ContentWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, title(r));
        p.setPen(QPen(Rule, 0.6));
        p.drawLine(QPointF(Margin, Margin + 40), QPointF(PageWidth - Margin, Margin + 40));
        p.drawLine(QPointF(Margin, FooterTop), QPointF(PageWidth - Margin, FooterTop));
        p.setFont(f.small);
        p.setPen(Grey);
        p.drawText(QRectF(Margin, FooterTop + 3, ContentWidth / 2, 10), Qt::AlignLeft, generated);
        if (!r.chainNumber.isEmpty())
            p.drawText(QRectF(Margin, FooterTop + 13, ContentWidth - 125, 10), Qt::AlignLeft,
                       tr("Invoice chain at the week's end: %1, hash %2").arg(r.chainNumber, r.chainHash.left(16)));
        p.drawText(QRectF(PageWidth - Margin - 120, FooterTop + 3, 120, 10), Qt::AlignRight, tr("Page %1 of %2").arg(page).arg(pages));
    };
    int page = 1;
    frame(page);
    for (int i = 0; i < blocks.size(); ++i) {
        if (pageOf[i] != page) {
            device->newPage();
            frame(++page);
        }
        blocks[i].draw(p, yOf[i]);
    }
    return pages;
}

QByteArray WeeklyReportRenderer::pdf() const
{
    return renderPdf(tr("Weekly report, week %1 of %2").arg(m_report.isoWeek).arg(m_report.isoYear),
                     [this](QPagedPaintDevice *device) { render(device); });
}

} // namespace ordo
