#include "ui/process/ProcessDiagram.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ordo {

namespace {

constexpr qreal Gap = 26;
constexpr qreal BoxHeight = 78;
constexpr qreal Top = 70;

bool mainRow(const Step &s)
{
    return s.kind == StepKind::Open || s.kind == StepKind::Done;
}

QString targetText(const Step &s)
{
    if (!s.targetMinutes)
        return {};
    const qint64 m = *s.targetMinutes;
    if (m % (24 * 60) == 0)
        return ProcessDiagram::tr("%n day(s)", nullptr, static_cast<int>(m / (24 * 60)));
    return ProcessDiagram::tr("%n hour(s)", nullptr, static_cast<int>(std::max<qint64>(1, m / 60)));
}

void arrowHead(QPainter &p, QPointF tip, QPointF from)
{
    const QLineF line(from, tip);
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const qreal size = 7;
    const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    p.drawPolygon(QPolygonF{tip, a, b});
}

} // namespace

ProcessDiagram::ProcessDiagram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("processDiagram"));
    setMinimumHeight(330);
}

void ProcessDiagram::setWorkflow(const WorkflowVersion &workflow, const QHash<Id, QString> &staffNames)
{
    m_workflow = workflow;
    m_staffNames = staffNames;
    update();
}

void ProcessDiagram::highlightStep(Id stepId)
{
    m_highlight = stepId;
    update();
}

QSize ProcessDiagram::sizeHint() const
{
    return QSize(1200, 340);
}

QHash<Id, QRectF> ProcessDiagram::layoutBoxes() const
{
    QHash<Id, QRectF> boxes;
    int mainCount = 0;
    for (const auto &s : m_workflow.steps)
        mainCount += mainRow(s) ? 1 : 0;
    const qreal usable = width() - 2 * 12;
    const qreal boxWidth = std::clamp((usable - (mainCount - 1) * Gap) / std::max(1, mainCount), 90.0, 170.0);
    qreal x = 12;
    qreal sideX = 12;
    for (const auto &s : m_workflow.steps) {
        if (mainRow(s)) {
            boxes.insert(s.id, QRectF(x, Top, boxWidth, BoxHeight));
            x += boxWidth + Gap;
        } else {
            boxes.insert(s.id, QRectF(sideX, Top + BoxHeight + 100, boxWidth * 1.3, BoxHeight));
            sideX += boxWidth * 1.3 + Gap;
        }
    }
    return boxes;
}

void ProcessDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QHash<Id, QRectF> boxes = layoutBoxes();
    const QColor line = palette().text().color();
    const QFontMetrics fm = fontMetrics();

    p.setPen(palette().text().color());
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRectF(12, 8, width() - 24, fm.height() + 4), Qt::AlignLeft,
               tr("%1 — version %2").arg(m_workflow.workflowName).arg(m_workflow.version));
    p.setFont(font());

    // Arrows first, boxes over them.
    int forwardLane = 0;
    int backLane = 0;
    for (const auto &t : m_workflow.transitions) {
        const Step *from = m_workflow.step(t.fromStepId);
        const Step *to = m_workflow.step(t.toStepId);
        if (!from || !to || !mainRow(*from) || !mainRow(*to))
            continue;
        const QRectF a = boxes.value(from->id);
        const QRectF b = boxes.value(to->id);
        const bool forward = b.left() > a.left();
        const bool adjacent = std::abs(b.left() - a.left()) < a.width() + Gap + 1;
        p.setPen(QPen(forward ? line : QColor(0x8d, 0x6e, 0x63), 1.3));
        p.setBrush(p.pen().color());
        if (forward && adjacent) {
            const QPointF s(a.right(), a.center().y());
            const QPointF e(b.left(), b.center().y());
            p.drawLine(s, e);
            arrowHead(p, e, s);
            continue;
        }
        QPainterPath path;
        if (forward) {
            const qreal lift = 14 + 9 * (forwardLane++ % 3);
            const QPointF s(a.center().x() + 10, a.top());
            const QPointF e(b.center().x() - 10, b.top());
            path.moveTo(s);
            path.cubicTo(s - QPointF(0, lift * 2), e - QPointF(0, lift * 2), e);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(p.pen().color());
            arrowHead(p, e, e - QPointF(0, 10));
        } else {
            const qreal drop = 16 + 10 * (backLane++ % 3);
            const QPointF s(a.center().x() - 10, a.bottom());
            const QPointF e(b.center().x() + 10, b.bottom());
            path.moveTo(s);
            path.cubicTo(s + QPointF(0, drop * 2), e + QPointF(0, drop * 2), e);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(p.pen().color());
            arrowHead(p, e, e + QPointF(0, 10));
        }
    }

    for (const auto &s : m_workflow.steps) {
        const QRectF box = boxes.value(s.id);
        QColor fill = palette().alternateBase().color();
        if (s.kind == StepKind::Done)
            fill = QColor(0xe8, 0xf5, 0xe9);
        else if (s.kind == StepKind::Cancelled)
            fill = QColor(0xff, 0xeb, 0xee);
        else if (s.kind == StepKind::OnHold)
            fill = QColor(0xff, 0xf8, 0xe1);
        p.setPen(QPen(s.id == m_highlight ? palette().highlight().color() : palette().mid().color(),
                      s.id == m_highlight ? 3 : 1));
        p.setBrush(fill);
        p.drawRoundedRect(box, 6, 6);
        if (s.id == m_workflow.initialStepId) {
            p.setBrush(palette().highlight());
            p.drawEllipse(QPointF(box.left() - 7, box.center().y()), 4, 4);
        }

        QString responsible = s.responsibleStaffId ? m_staffNames.value(*s.responsibleStaffId)
                            : s.responsibleRole     ? displayName(*s.responsibleRole)
                                                    : QString();
        QStringList lines{responsible};
        if (const QString target = targetText(s); !target.isEmpty())
            lines << tr("target %1").arg(target);
        if (!mainRow(s)) {
            int from = 0;
            for (const auto &t : m_workflow.transitions)
                from += t.toStepId == s.id ? 1 : 0;
            lines << tr("from %n step(s)", nullptr, from);
        }
        const QRectF inner = box.adjusted(6, 4, -6, -4);
        p.setPen(palette().text().color());
        p.setFont(titleFont);
        const QRectF nameRect(inner.left(), inner.top(), inner.width(), fm.height() * 2);
        p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.name);
        p.setFont(font());
        p.setPen(palette().placeholderText().color());
        p.drawText(QRectF(inner.left(), inner.top() + fm.height() * 2, inner.width(), inner.height() - fm.height() * 2),
                   Qt::AlignHCenter | Qt::AlignTop, lines.join(QLatin1Char('\n')));
    }
}

void ProcessDiagram::mousePressEvent(QMouseEvent *event)
{
    const QHash<Id, QRectF> boxes = layoutBoxes();
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it.value().contains(event->position())) {
            highlightStep(it.key());
            emit stepClicked(it.key());
            return;
        }
    }
}

} // namespace ordo
