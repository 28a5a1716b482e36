#pragma once

#include "ui/common/Session.h"
#include "core/reports/Reviews.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ordo {

// One review's checklist: each item is marked handled or explained with a comment (saved as it is
// changed), then the reviewer adds notes and signs off. A signed review is shown read-only.
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Session session, const Review &review, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    QTableWidget *itemsTable() const { return m_items; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *signOffButton() const { return m_signOff; }
    const Review &review() const { return m_review; }
    QLineEdit *bulkCommentEdit() const { return m_bulkComment; }
    QPushButton *markHandledButton() const { return m_markHandled; }
    // Saves one item (handled, comment); false with the reason shown when refused.
    bool setItem(int row, bool handled, const QString &comment);
    // Marks the selected items handled with one comment (the bulk comment box); false with the
    // reason shown when nothing is selected or the review refuses it.
    bool markSelectedHandled();
    // Opens the order of the item in `row` (its order, or its invoice's) in the order editor, over
    // this dialog; false with the reason in the status line when the item is about no order.
    bool openOrderOf(int row);
    bool signOff();

private:
    void fill();
    void updateButtons();

    Session m_session;
    Review m_review;
    QTableWidget *m_items;
    QPlainTextEdit *m_notes;
    QLabel *m_status;
    QPushButton *m_signOff;
    QLineEdit *m_bulkComment;
    QPushButton *m_markHandled;
    QPushButton *m_openOrder;
    bool m_filling = false;
};

// A new review plan: name, cadence, the person who does it, and what it checks.
class ReviewPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewPlanDialog(Session session, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *cadenceBox() const { return m_cadence; }
    QComboBox *personBox() const { return m_person; }
    QList<QCheckBox *> checkBoxes() const { return m_checks; }
    // Saves the plan; false with the reason shown next to the buttons.
    bool save();
    Id planId() const { return m_planId; }

private:
    Session m_session;
    QLineEdit *m_name;
    QComboBox *m_cadence;
    QComboBox *m_person;
    QSpinBox *m_inactiveDays;
    QList<QCheckBox *> m_checks;
    QLabel *m_error;
    Id m_planId = 0;
};

} // namespace ordo
