#pragma once

#include "ui/common/Session.h"
#include "ui/reports/EvaluationWorker.h"
#include "core/reports/ProcessEvaluation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QVBoxLayout;

namespace ordo {

// The process evaluation: one version of the process map, or two side by side, over the period
// chosen: per step how many orders passed, how long they stayed, how many skipped it or came back;
// findings that lead to the step in the process map. Evaluated in the page's worker thread.
class ProcessEvaluationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessEvaluationPage(Session session, QWidget *parent = nullptr);

    // Lists the map versions and evaluates the first, unless that was done already.
    void loadOnce();
    // Evaluates version A, side by side with B when B is not 0, over the period chosen, in the
    // worker thread; evaluationReady() says when the figures are on screen.
    void evaluate(Id versionA, Id versionB = 0);
    const ProcessEvaluation &evaluation() const { return m_evaluation; }
    bool evaluationReady() const { return m_evaluationReady; }

    QComboBox *periodBox() const { return m_period; }
    QComboBox *versionA() const { return m_versionA; }
    QComboBox *versionB() const { return m_versionB; }
    QTableWidget *processTable() const { return m_processTable; }
    QListWidget *findingsList() const { return m_findings; }

signals:
    // A finding was chosen: show this step of the process map.
    void stepRequested(const QString &stepName);

private:
    QLayout *buildChoices();
    void buildFigures(QVBoxLayout *layout);
    void loadVersions();
    void fillVersions();
    void showEvaluation(const EvaluationResult &result);
    QList<QStringList> stepRows(bool comparing) const;
    void fillFindings(bool comparing);

    Session m_session;
    ProcessEvaluation m_evaluation;
    ProcessEvaluation m_compared;
    bool m_versionsLoaded = false;
    bool m_evaluationReady = false;

    QComboBox *m_versionA = nullptr;
    QComboBox *m_versionB = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_processSummary = nullptr;
    QTableWidget *m_processTable = nullptr;
    QListWidget *m_findings = nullptr;
    EvaluationWorker *m_worker = nullptr;
};

} // namespace ordo
