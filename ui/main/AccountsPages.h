#pragma once

// The tabs of AccountsDialog and the small dialogs they open. Internal to ui/main.

#include "ui/common/Session.h"
#include "core/people/Accounts.h"
#include "core/people/ApiTokens.h"

#include <QDialog>
#include <QMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace ordo {

// A UTC time in seconds as the reader's local date and time, short ("27/11/26 12:00").
QString shownDateTime(qint64 secs);

// People: each active account with its access role, how they sign in and when they last did; the
// buttons set or remove a PIN or password and change a username.
class AccountsPeoplePage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, RoleColumn, SecretColumn, LastSignInColumn, ColumnCount };

    AccountsPeoplePage(Session session, QWidget *parent = nullptr);
    void reload();

private:
    const Account *selected() const;
    void updateButtons();
    void askSecret(SecretKind kind);
    void removeSecret();
    void askUsername();
    QString secretText(const Account &account) const;

    Session m_session;
    bool m_manage;
    QList<Account> m_accounts;
    bool m_requireSecret = false;
    QTableWidget *m_table;
    QPushButton *m_setPin;
    QPushButton *m_setPassword;
    QPushButton *m_remove;
    QPushButton *m_username;
};

// Asks for a value and hands it to `apply`; a refusal is shown inside the dialog and what was typed
// stays, so a mistake costs one correction, not the whole entry.
class CheckedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckedDialog(QWidget *parent = nullptr);

protected:
    // Builds the dialog around `fields` (a layout or widget made by the subclass).
    void finish(QWidget *fields, const QString &okText);
    void showProblem(const QString &text);
    // Tries what was typed: true closes the dialog; false keeps it open (showProblem says why).
    virtual bool attempt() = 0;

    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

// A new PIN or password, typed twice and masked.
class SecretDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const QString &secret)>;
    SecretDialog(SecretKind kind, const QString &personName, Apply apply, QWidget *parent = nullptr);

private:
    bool attempt() override;

    SecretKind m_kind;
    Apply m_apply;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_rule;
};

class UsernameDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const QString &username)>;
    UsernameDialog(const Account &account, Apply apply, QWidget *parent = nullptr);

private:
    bool attempt() override;

    Apply m_apply;
    QLineEdit *m_username;
};

// The permission table: permissions as rows, the four access roles as columns. Ticks are kept until
// saved; a role the core refuses keeps its ticks and the refusal is shown.
class PermissionsPage final : public QWidget
{
    Q_OBJECT

public:
    PermissionsPage(Session session, QWidget *parent = nullptr);
    bool hasUnsavedChanges() const;
    bool save();

signals:
    void saved();

private:
    void load();
    Permissions ticked(AccessRole role) const;
    void updateState();

    Session m_session;
    bool m_manage;
    QMap<AccessRole, Permissions> m_saved;
    QMap<std::pair<AccessRole, Permission>, QCheckBox *> m_boxes;
    QTableWidget *m_table;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_revert;
};

// Whether everyone needs a PIN or password, when the desktop locks itself, whether ordo-cli may
// change data without saying who.
class SecurityPage final : public QWidget
{
    Q_OBJECT

public:
    SecurityPage(Session session, QWidget *parent = nullptr);
    bool save();

signals:
    void saved();

private:
    void load();

    Session m_session;
    bool m_manage;
    SecuritySettings m_saved;
    QCheckBox *m_requireSecret;
    QSpinBox *m_idleLock;
    QCheckBox *m_allowUnsigned;
    QLabel *m_state;
    QPushButton *m_save;
};

// API tokens for scheduled jobs: made here with a name and a role, shown once, revoked here.
class ApiTokensPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, CreatedColumn, CreatedByColumn, LastUsedColumn, StateColumn, ColumnCount };

    ApiTokensPage(Session session, QWidget *parent = nullptr);
    void reload();

private:
    void create();
    void revoke();
    void updateButtons();

    Session m_session;
    bool m_manage;
    QList<ApiToken> m_tokens;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_revoke;
};

// Name and role of a new token; once made, the token itself in a read-only field with a Copy
// button, shown this once.
class NewTokenDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<CreatedToken>(const QString &name, AccessRole role)>;
    NewTokenDialog(Apply apply, QWidget *parent = nullptr);

private:
    bool attempt() override;

    Apply m_apply;
    QWidget *m_form;
    QLineEdit *m_name;
    QComboBox *m_role;
    QWidget *m_shown;
    QLineEdit *m_secret;
};

} // namespace ordo
