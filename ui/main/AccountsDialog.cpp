#include "ui/main/AccountsDialog.h"

#include "core/common/ChangeNotifier.h"
#include "core/common/Clock.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Palette.h"
#include "ui/main/AccountsPages.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

// Hashing a PIN or password with Argon2id takes a moment on an office PC.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

QString shownDateTime(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat);
}

AccountsDialog::AccountsDialog(Session session, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts and permissions"));
    auto *layout = new QVBoxLayout(this);
    if (!session.actor.can(Permission::ManageUsers)) {
        auto *notice = new QLabel(tr("Only someone with the permission “%1” can change what is shown here. "
                                     "You can set your own PIN or password on the first tab.")
                                      .arg(displayName(Permission::ManageUsers)),
                                  this);
        notice->setObjectName(QStringLiteral("accountsReadOnly"));
        notice->setAttribute(Qt::WA_StyledBackground);
        notice->setStyleSheet(palette::noticeBar(notice->objectName(), true));
        notice->setWordWrap(true);
        notice->setContentsMargins(8, 4, 8, 4);
        layout->addWidget(notice);
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountsTabs"));
    auto *people = new AccountsPeoplePage(session, m_tabs);
    m_permissions = new PermissionsPage(session, m_tabs);
    auto *security = new SecurityPage(session, m_tabs);
    auto *tokens = new ApiTokensPage(session, m_tabs);
    m_tabs->addTab(people, tr("People"));
    m_tabs->addTab(m_permissions, tr("Permissions"));
    m_tabs->addTab(security, tr("Security"));
    m_tabs->addTab(tokens, tr("API tokens"));
    layout->addWidget(m_tabs);
    connect(m_permissions, &PermissionsPage::saved, this, &AccountsDialog::permissionsChanged);
    // "Waiting" and "cannot sign in" on the first tab depend on the security settings.
    connect(security, &SecurityPage::saved, this, [this, people] {
        people->reload();
        emit securityChanged();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("accountsClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    layout->addWidget(buttons);
    resize(820, 620);
}

void AccountsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void AccountsDialog::reject()
{
    if (m_permissions->hasUnsavedChanges()) {
        const auto answer = MessageBox::question(
            this, windowTitle(), tr("The permission table has changes that are not saved. Save them now?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !m_permissions->save()) {
            showTab(PermissionsTab);
            return;
        }
    }
    QDialog::reject();
}

// --- People -----------------------------------------------------------------------------------

AccountsPeoplePage::AccountsPeoplePage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_manage(session.actor.can(Permission::ManageUsers))
{
    setObjectName(QStringLiteral("accountsPeople"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("A PIN suits the shared front-desk PC; a password suits a PC or a command line "
           "that others can reach. After %n wrong attempt(s) in a row a person waits before trying "
           "again; a new PIN or password ends the wait.",
           nullptr, Accounts::FreeAttempts),
        this);
    hint->setObjectName(QStringLiteral("accountsHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Username"), tr("Access"), tr("Signs in with"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *row = new QHBoxLayout;
    m_setPin = button(QStringLiteral("accountsSetPin"), tr("Set PIN…"), this);
    m_setPassword = button(QStringLiteral("accountsSetPassword"), tr("Set password…"), this);
    m_remove = button(QStringLiteral("accountsRemoveSecret"), tr("Remove PIN or password"), this);
    m_username = button(QStringLiteral("accountsUsername"), tr("Change username…"), this);
    for (QPushButton *b : {m_setPin, m_setPassword, m_remove, m_username})
        row->addWidget(b);
    row->addStretch();
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPeoplePage::updateButtons);
    connect(m_setPin, &QPushButton::clicked, this, [this] { askSecret(SecretKind::Pin); });
    connect(m_setPassword, &QPushButton::clicked, this, [this] { askSecret(SecretKind::Password); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsPeoplePage::removeSecret);
    connect(m_username, &QPushButton::clicked, this, &AccountsPeoplePage::askUsername);
    // A person added or leaving, here or on another PC, gains or loses an account.
    connect(&m_session.db.notifier(), &ChangeNotifier::staffChanged, this, &AccountsPeoplePage::reload);
    reload();
}

void AccountsPeoplePage::reload()
{
    const Account *current = selected();
    const Id keep = current ? current->staffId : 0;
    Accounts accounts(m_session.db);
    auto list = accounts.list();
    if (!list) {
        MessageBox::warning(this, tr("Accounts"), list.error().message);
        return;
    }
    auto security = accounts.security();
    m_requireSecret = security && security->requireSecret;
    m_accounts = *list;

    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    for (int r = 0; r < m_accounts.size(); ++r) {
        const Account &a = m_accounts[r];
        const QStringList texts{a.name, a.username, displayName(a.role), secretText(a),
                                a.lastSignIn ? shownDateTime(*a.lastSignIn) : tr("Never")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setData(Qt::UserRole, a.staffId);
            if (c == SecretColumn && a.lockedUntil > Clock::nowSecs()) {
                item->setForeground(QColor(palette::Warning));
                item->setToolTip(tr("%n wrong attempt(s) in a row. A new PIN or password ends the wait.",
                                    nullptr, a.failedCount));
            }
            m_table->setItem(r, c, item);
        }
        // The person kept from before, else the one signed in: their own PIN is what most people come for.
        if (a.staffId == keep || (!keep && m_session.actor.staffId == a.staffId))
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString AccountsPeoplePage::secretText(const Account &a) const
{
    const QString kind = a.secret == SecretKind::Pin        ? tr("PIN")
                         : a.secret == SecretKind::Password ? tr("Password")
                                                            : tr("None");
    if (a.lockedUntil > Clock::nowSecs())
        return tr("%1, waiting until %2")
            .arg(kind, QLocale().toString(QDateTime::fromSecsSinceEpoch(a.lockedUntil).toLocalTime().time(),
                                          QStringLiteral("HH:mm")));
    if (a.secret == SecretKind::None && m_requireSecret)
        return tr("None: cannot sign in yet");
    return kind;
}

const Account *AccountsPeoplePage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const Id id = items.first()->data(Qt::UserRole).toLongLong();
    for (const Account &a : m_accounts)
        if (a.staffId == id)
            return &a;
    return nullptr;
}

void AccountsPeoplePage::updateButtons()
{
    const Account *a = selected();
    const bool own = a && m_session.actor.kind == ActorKind::Person && m_session.actor.staffId == a->staffId;
    m_setPin->setEnabled(a && (m_manage || own));
    m_setPassword->setEnabled(a && (m_manage || own));
    m_remove->setEnabled(a && m_manage && a->secret != SecretKind::None);
    m_username->setEnabled(a && m_manage);
}

void AccountsPeoplePage::askSecret(SecretKind kind)
{
    const Account *a = selected();
    if (!a)
        return;
    const Id id = a->staffId;
    auto *dialog = new SecretDialog(
        kind, a->name,
        [this, id, kind](const QString &secret) {
            return Accounts(m_session.db).setSecret(id, kind, secret, m_session.actor);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccountsPeoplePage::reload);
    dialog->open();
}

void AccountsPeoplePage::removeSecret()
{
    const Account *a = selected();
    if (!a)
        return;
    const Id id = a->staffId;
    QString text =
        tr("Remove the PIN or password of %1? They will sign in by choosing their name.").arg(a->name);
    if (m_requireSecret)
        text =
            tr("Remove the PIN or password of %1? This company requires one, so they cannot sign in until a "
               "new one is set.")
                .arg(a->name);
    if (MessageBox::question(this, tr("Remove PIN or password"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    if (auto done = Accounts(m_session.db).setSecret(id, SecretKind::None, QString(), m_session.actor); !done)
        MessageBox::warning(this, tr("Remove PIN or password"), done.error().message);
    reload();
}

void AccountsPeoplePage::askUsername()
{
    const Account *a = selected();
    if (!a)
        return;
    const Id id = a->staffId;
    auto *dialog = new UsernameDialog(
        *a,
        [this, id](const QString &username) {
            return Accounts(m_session.db).setUsername(id, username, m_session.actor);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccountsPeoplePage::reload);
    dialog->open();
}

// --- Small dialogs that keep what was typed --------------------------------------------------------

CheckedDialog::CheckedDialog(QWidget *parent) : QDialog(parent) {}

void CheckedDialog::finish(QWidget *fields, const QString &okText)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("checkedProblem"));
    m_problem->setStyleSheet(palette::errorText());
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("checkedButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(QStringLiteral("checkedOk"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("checkedCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (attempt())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CheckedDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

SecretDialog::SecretDialog(SecretKind kind, const QString &personName, Apply apply, QWidget *parent)
    : CheckedDialog(parent), m_kind(kind), m_apply(std::move(apply))
{
    const bool pin = kind == SecretKind::Pin;
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(pin ? tr("Set PIN for %1").arg(personName) : tr("Set password for %1").arg(personName));
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_first = new QLineEdit(fields);
    m_first->setObjectName(QStringLiteral("secretFirst"));
    m_second = new QLineEdit(fields);
    m_second->setObjectName(QStringLiteral("secretSecond"));
    for (QLineEdit *edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        if (pin)
            edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    form->addRow(pin ? tr("New PIN:") : tr("New password:"), m_first);
    form->addRow(tr("Again:"), m_second);
    // The rule in the core's own words: what an empty entry would be told.
    m_rule = new QLabel(Accounts::secretProblem(kind, QString()), fields);
    m_rule->setObjectName(QStringLiteral("secretRule"));
    m_rule->setWordWrap(true);
    form->addRow(m_rule);
    finish(fields, tr("Save"));
    setMinimumWidth(360);
}

bool SecretDialog::attempt()
{
    m_rule->hide(); // whatever goes wrong is said below, the rule included
    if (m_first->text() != m_second->text()) {
        showProblem(m_kind == SecretKind::Pin
                        ? tr("The two PINs differ: type the same PIN twice.")
                        : tr("The two passwords differ: type the same password twice."));
        m_second->setFocus();
        return false;
    }
    Result<void> done = [&] {
        WaitCursor wait;
        return m_apply(m_first->text());
    }();
    if (!done) {
        showProblem(done.error().message);
        m_first->setFocus();
        return false;
    }
    return true;
}

UsernameDialog::UsernameDialog(const Account &account, Apply apply, QWidget *parent)
    : CheckedDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("usernameDialog"));
    setWindowTitle(tr("Username of %1").arg(account.name));
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_username = new QLineEdit(account.username, fields);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->selectAll();
    form->addRow(tr("Username:"), m_username);
    auto *note = new QLabel(tr("Used to sign in from the command line (ordo-cli --user)."), fields);
    note->setWordWrap(true);
    form->addRow(note);
    finish(fields, tr("Save"));
    setMinimumWidth(360);
}

bool UsernameDialog::attempt()
{
    auto done = m_apply(m_username->text());
    if (!done) {
        showProblem(done.error().message);
        m_username->setFocus();
        return false;
    }
    return true;
}

} // namespace ordo
