#pragma once

#include "core/domain/Types.h"

#include <QDialog>

class QLabel;
class QTimer;
class QLineEdit;
class QListWidget;

namespace ordo {

class Database;

// "Who is working?": the people of the company, then their PIN or password when they have one.
// Wrong secrets are refused by the core (which makes the account wait after a few); the dialog says
// why and keeps the person chosen.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Database &db, std::optional<Id> preselect, QWidget *parent = nullptr);
    const Actor &actor() const { return m_actor; }

    void accept() override;

private:
    void personChanged();

    Database &m_db;
    Actor m_actor;
    QListWidget *m_people;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_error;
};

// A new company's first account: its owner (a name, a username, and a password if they want one).
class OwnerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OwnerDialog(Database &db, QWidget *parent = nullptr);
    const Actor &actor() const { return m_actor; }

    void accept() override;

private:
    Database &m_db;
    Actor m_actor;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace ordo

namespace ordo {

// Who works at this desktop when a database is opened:
//  - a company without accounts yet: Ordo itself, until the owner's account is made (OwnerDialog);
//  - `startUser` (ordo --user NAME, the secret from ORDO_PASSWORD) when given and right;
//  - when nobody has a PIN or password and the owner does not require one: the person who worked
//    here last, else the owner, without asking (Ctrl+L switches);
//  - otherwise the sign-in dialog, with the last person chosen. Nothing when it is closed.
std::optional<Actor> chooseWorker(Database &db, QWidget *parent, const QString &startUser);
// Remembers who worked last with this database on this PC.
void rememberWorker(const Database &db, const Actor &actor);

// Tells when nobody has touched the application for a while (keys, mouse, wheel).
class IdleWatch final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(QObject *parent = nullptr);
    // 0 minutes: never.
    void setMinutes(int minutes);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
};

} // namespace ordo
