#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace ordo {

class Database;

// The people of the company: role, colour on the board and calendar, working days and hours,
// skills, the postcodes they cover, and whether they are still active (history always stays).
class StaffView final : public QWidget
{
    Q_OBJECT

public:
    explicit StaffView(Database &db, QWidget *parent = nullptr);
    bool saveMember();
    // The form differs from the person as saved (or a new person's name was typed).
    bool hasUnsavedChanges() const;
    // Before the edits would be lost: asks to save or discard them; false to stay.
    bool confirmLeave();
    void newMember();
    // The person shown leaves: their open orders and future visits go to `successor`.
    bool leave(Id successor);

private:
    void reload();
    void show(const StaffMember &m);
    void chooseColour();
    StaffMember typed() const;  // m_current with what the form shows
    void reloadPhones();
    void pairPhone();
    void removePhone();

    Database &m_db;
    StaffMember m_current;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_colour;
    QCheckBox *m_active;
    QLineEdit *m_skills;
    QLineEdit *m_territory;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_error;
    QGroupBox *m_phones;         // a technician's or salesperson's paired phones
    QListWidget *m_phoneList;
    QPushButton *m_removePhone;
};

} // namespace ordo
