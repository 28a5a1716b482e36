#pragma once

#include "ui/common/Session.h"
#include "core/workflow/WorkflowEditor.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace ordo {

class ProcessDiagram;

// The Process view: the map as a diagram, and its editor. Saving makes a new version of the map;
// orders under way move onto it, and those in a removed step go where the user says.
class ProcessView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessView(Session session, QWidget *parent = nullptr);

    // Asks where the open orders of a removed step go; returns an index into `stepNames`, or -1 to
    // cancel the save. Tests replace it; by default it asks with a list.
    using DestinationChooser = std::function<int(const RemovedStep &removed, const QStringList &stepNames)>;
    void setDestinationChooser(DestinationChooser chooser) { m_chooseDestination = std::move(chooser); }

    ProcessDiagram *diagram() const { return m_diagram; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *transitionsTable() const { return m_transitions; }

    void reload();
    // Selects the step of that name in the map (a finding of the process evaluation leads here).
    bool selectStep(const QString &name);
    void addStep();
    void removeStep(int row);
    void moveStep(int row, int delta);
    // Builds the edit from the tables and saves it; false (with the reason shown) when refused.
    bool saveChanges();

private:
    void fillTables(const WorkflowVersion &workflow);
    void refill();
    void captureRows();
    void addStepRow(const Step &step, int row);
    void rebuildMatrix();
    std::optional<Step> readStep(int row, QStringList *problems) const;

    // The rows being edited, each with a key: the step id it comes from, or a negative number for
    // a new step. Transitions are kept by key so that reordering rows keeps them.
    QList<Step> m_rows;
    QList<qint64> m_keys;
    QSet<QPair<qint64, qint64>> m_links;
    qint64 m_nextNewKey = -1;

    Session m_session;
    WorkflowVersion m_workflow;
    QHash<Id, QString> m_staffNames;
    QList<StaffMember> m_staff;
    ProcessDiagram *m_diagram;
    QTableWidget *m_steps;
    QTableWidget *m_transitions;
    QLabel *m_error;
    DestinationChooser m_chooseDestination;
};

} // namespace ordo
