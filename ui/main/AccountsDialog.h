#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QTabWidget;

namespace ordo {

class PermissionsPage;

// Settings › Accounts…: who may sign in and what each access role may do. Four tabs: people (PIN,
// password, username, waits after wrong attempts), the permission table, security settings and API
// tokens. Every change goes through Accounts or ApiTokens, which check ManageUsers; without that
// permission the dialog is read-only and says why (a person may still set their own PIN or password).
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { PeopleTab, PermissionsTab, SecurityTab, TokensTab };

    explicit AccountsDialog(Session session, QWidget *parent = nullptr);
    void showTab(Tab tab);
    // Close, Escape and the window's close button: unsaved ticks are offered for saving first.
    void reject() override;

signals:
    // Saved here: whoever holds an Actor (its permissions) or the idle-lock time should read them again
    // (Accounts::actorFor, Accounts::security).
    void permissionsChanged();
    void securityChanged();

private:
    QTabWidget *m_tabs;
    PermissionsPage *m_permissions;
};

} // namespace ordo
