#pragma once

#include "core/domain/Types.h"

#include <QHash>
#include <QWidget>

namespace ordo {

// The process map drawn left to right: one box per step with its responsible and target, arrows
// for the allowed transitions (forward above, back below). On-hold and cancelled steps sit under
// the row, labelled with how many steps lead to them instead of a thicket of arrows.
class ProcessDiagram final : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessDiagram(QWidget *parent = nullptr);

    void setWorkflow(const WorkflowVersion &workflow, const QHash<Id, QString> &staffNames);
    void highlightStep(Id stepId);
    QSize sizeHint() const override;

signals:
    void stepClicked(ordo::Id stepId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QHash<Id, QRectF> layoutBoxes() const;

    WorkflowVersion m_workflow;
    QHash<Id, QString> m_staffNames;
    Id m_highlight = 0;
};

} // namespace ordo
