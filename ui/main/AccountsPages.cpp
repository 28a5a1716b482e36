#include "ui/main/AccountsPages.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

// --- Permissions ----------------------------------------------------------------------------------

PermissionsPage::PermissionsPage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_manage(session.actor.can(Permission::ManageUsers))
{
    setObjectName(QStringLiteral("accountsPermissions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("What each access role may do. Reception and administration staff work as %1; "
                              "a change applies from each person's next sign-in.")
                               .arg(displayName(AccessRole::Office)),
                           this));

    const QList<Permission> permissions = allPermissions();
    const QList<AccessRole> roles = allAccessRoles();
    m_table =
        new QTableWidget(static_cast<int>(permissions.size()), 1 + static_cast<int>(roles.size()), this);
    m_table->setObjectName(QStringLiteral("permissionsTable"));
    QStringList headers{tr("Permission")};
    for (AccessRole role : roles)
        headers << displayName(role);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < permissions.size(); ++r) {
        auto *name = new QTableWidgetItem(displayName(permissions[r]));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, 0, name);
        for (int c = 0; c < roles.size(); ++c) {
            // A widget per cell, so that a tick is a real check box (keyboard, object name, tests).
            auto *cell = new QWidget(m_table);
            auto *centre = new QHBoxLayout(cell);
            centre->setContentsMargins(0, 0, 0, 0);
            auto *box = new QCheckBox(cell);
            box->setObjectName(
                QStringLiteral("permission/%1/%2").arg(toKey(roles[c]), toKey(permissions[r])));
            box->setAccessibleName(
                QStringLiteral("%1: %2").arg(displayName(roles[c]), displayName(permissions[r])));
            box->setEnabled(m_manage);
            centre->addWidget(box, 0, Qt::AlignCenter);
            m_table->setCellWidget(r, c + 1, cell);
            m_boxes.insert({roles[c], permissions[r]}, box);
            connect(box, &QCheckBox::toggled, this, &PermissionsPage::updateState);
        }
    }
    for (int c = 1; c <= roles.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Compact rows: all sixteen permissions fit without scrolling on a 768-pixel-high screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(fontMetrics().height(), QCheckBox().sizeHint().height()) + 6);
    layout->addWidget(m_table);

    auto *row = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("permissionsState"));
    row->addWidget(m_state, 1);
    m_revert = new QPushButton(tr("Undo changes"), this);
    m_revert->setObjectName(QStringLiteral("permissionsRevert"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("permissionsSave"));
    row->addWidget(m_revert);
    row->addWidget(m_save);
    layout->addLayout(row);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        load();
        m_state->clear();
    });
    connect(m_save, &QPushButton::clicked, this, &PermissionsPage::save);
    load();
}

void PermissionsPage::load()
{
    Accounts accounts(m_session.db);
    for (AccessRole role : allAccessRoles()) {
        auto p = accounts.permissionsOf(role);
        if (!p) {
            MessageBox::warning(this, tr("Permissions"), p.error().message);
            return;
        }
        m_saved[role] = *p;
        for (Permission permission : allPermissions()) {
            QCheckBox *box = m_boxes.value({role, permission});
            const QSignalBlocker quiet(box);
            box->setChecked(p->has(permission));
        }
    }
    updateState();
}

Permissions PermissionsPage::ticked(AccessRole role) const
{
    Permissions p = Permissions::none();
    for (Permission permission : allPermissions())
        p.set(permission, m_boxes.value({role, permission})->isChecked());
    return p;
}

bool PermissionsPage::hasUnsavedChanges() const
{
    for (AccessRole role : allAccessRoles())
        if (ticked(role) != m_saved.value(role))
            return true;
    return false;
}

void PermissionsPage::updateState()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(m_manage && dirty);
    m_revert->setEnabled(m_manage && dirty);
    if (dirty) {
        m_state->setStyleSheet(palette::warningText());
        m_state->setText(tr("Changes not saved yet."));
    } else if (m_state->text() == tr("Changes not saved yet.")) {
        m_state->clear();
    }
}

bool PermissionsPage::save()
{
    Accounts accounts(m_session.db);
    QStringList refusals;
    bool changed = false;
    for (AccessRole role : allAccessRoles()) {
        const Permissions wanted = ticked(role);
        if (wanted == m_saved.value(role))
            continue;
        if (auto done = accounts.setPermissions(role, wanted, m_session.actor); !done) {
            refusals << tr("%1: %2").arg(displayName(role), done.error().message);
            continue;
        }
        m_saved[role] = wanted;
        changed = true;
    }
    updateState();
    if (changed)
        emit saved();
    if (!refusals.isEmpty()) {
        MessageBox::warning(this, tr("Permissions"),
                            refusals.join(QLatin1Char('\n')) + QLatin1String("\n\n") +
                                tr("Your ticks are still there: correct them and save again."));
        return false;
    }
    m_state->setStyleSheet(QString());
    m_state->setText(tr("Saved. Each person gets the new permissions when they next sign in."));
    return true;
}

// --- Security -------------------------------------------------------------------------------------

SecurityPage::SecurityPage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_manage(session.actor.can(Permission::ManageUsers))
{
    setObjectName(QStringLiteral("accountsSecurity"));
    auto *layout = new QVBoxLayout(this);

    m_requireSecret = new QCheckBox(tr("Everyone signs in with a PIN or password"), this);
    m_requireSecret->setObjectName(QStringLiteral("securityRequireSecret"));
    layout->addWidget(m_requireSecret);
    layout->addWidget(note(
        tr("When this is off, a person without a PIN or password signs in by choosing their name."), this));
    layout->addSpacing(12);

    auto *idle = new QHBoxLayout;
    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("securityIdleLock"));
    m_idleLock->setRange(0, 24 * 60);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    auto *idleLabel = new QLabel(tr("Lock after this many minutes idle (0 = never):"), this);
    idleLabel->setBuddy(m_idleLock);
    idle->addWidget(idleLabel);
    idle->addWidget(m_idleLock);
    idle->addStretch();
    layout->addLayout(idle);
    layout->addSpacing(12);

    m_allowUnsigned = new QCheckBox(tr("Allow unsigned changes from the command line"), this);
    m_allowUnsigned->setObjectName(QStringLiteral("securityAllowUnsigned"));
    layout->addWidget(m_allowUnsigned);
    layout->addWidget(
        note(tr("Unsigned changes are recorded as “ordo-cli” with the computer's user name. When this is "
                "off, ordo-cli changes data only with --user and that person's password, or with an API "
                "token."),
             this));
    layout->addStretch();

    auto *row = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("securityState"));
    row->addWidget(m_state, 1);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("securitySave"));
    row->addWidget(m_save);
    layout->addLayout(row);
    for (QWidget *w : std::initializer_list<QWidget *>{m_requireSecret, m_idleLock, m_allowUnsigned, m_save})
        w->setEnabled(m_manage);
    connect(m_save, &QPushButton::clicked, this, &SecurityPage::save);
    for (QCheckBox *box : {m_requireSecret, m_allowUnsigned})
        connect(box, &QCheckBox::toggled, m_state, &QLabel::clear);
    connect(m_idleLock, &QSpinBox::valueChanged, m_state, &QLabel::clear);
    load();
}

void SecurityPage::load()
{
    auto s = Accounts(m_session.db).security();
    if (!s) {
        MessageBox::warning(this, tr("Security"), s.error().message);
        return;
    }
    m_saved = *s;
    m_requireSecret->setChecked(s->requireSecret);
    m_idleLock->setValue(s->idleLockMinutes);
    m_allowUnsigned->setChecked(s->allowUnsigned);
    m_state->clear();
}

bool SecurityPage::save()
{
    SecuritySettings s;
    s.requireSecret = m_requireSecret->isChecked();
    s.idleLockMinutes = m_idleLock->value();
    s.allowUnsigned = m_allowUnsigned->isChecked();
    Accounts accounts(m_session.db);
    if (s.requireSecret && !m_saved.requireSecret) {
        // Who could not sign in the moment this is saved: said before, not discovered at the front desk.
        auto list = accounts.list();
        QStringList without;
        bool includesMe = false;
        for (const Account &a : list ? *list : QList<Account>())
            if (a.secret == SecretKind::None) {
                without << a.name;
                includesMe = includesMe || (m_session.actor.staffId && *m_session.actor.staffId == a.staffId);
            }
        if (!without.isEmpty()) {
            QString text =
                tr("%n person(s) have no PIN or password yet and could not sign in until one is set: %1.",
                   nullptr, static_cast<int>(without.size()))
                    .arg(without.join(QStringLiteral(", ")));
            if (includesMe)
                text += QLatin1Char(' ') + tr("That includes you: set your own first on the People tab.");
            text += QLatin1String("\n\n") + tr("Require a PIN or password anyway?");
            if (MessageBox::question(this, tr("Security"), text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) != QMessageBox::Yes)
                return false;
        }
    }
    if (auto done = accounts.saveSecurity(s, m_session.actor); !done) {
        MessageBox::warning(this, tr("Security"), done.error().message);
        return false;
    }
    m_saved = s;
    m_state->setText(tr("Saved."));
    emit saved();
    return true;
}

} // namespace ordo
