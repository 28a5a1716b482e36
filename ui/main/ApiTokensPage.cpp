#include "ui/main/AccountsPages.h"

#include "ui/common/MessageBox.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

ApiTokensPage::ApiTokensPage(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_manage(session.actor.can(Permission::ManageUsers))
{
    setObjectName(QStringLiteral("accountsTokens"));
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("A scheduled job (a backup, an export) gives its token to ordo-cli in ORDO_TOKEN. It "
                      "may do what its access role may do, and its changes carry the token's name."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tokensTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Access"), tr("Created"), tr("Created by"), tr("Last used"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *row = new QHBoxLayout;
    m_create = new QPushButton(tr("Create…"), this);
    m_create->setObjectName(QStringLiteral("tokensCreate"));
    m_revoke = new QPushButton(tr("Revoke…"), this);
    m_revoke->setObjectName(QStringLiteral("tokensRevoke"));
    row->addWidget(m_create);
    row->addWidget(m_revoke);
    row->addStretch();
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApiTokensPage::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &ApiTokensPage::create);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensPage::revoke);
    reload();
}

void ApiTokensPage::reload()
{
    auto list = ApiTokens(m_session.db).list();
    if (!list) {
        MessageBox::warning(this, tr("API tokens"), list.error().message);
        return;
    }
    m_tokens = *list;
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_tokens.size()));
    const QColor gone = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < m_tokens.size(); ++r) {
        const ApiToken &t = m_tokens[r];
        const QStringList texts{t.name,
                                displayName(t.role),
                                shownDateTime(t.createdAt),
                                t.createdBy,
                                t.lastUsedAt ? shownDateTime(*t.lastUsedAt) : tr("Never"),
                                t.revokedAt ? tr("Revoked %1").arg(shownDateTime(*t.revokedAt))
                                            : tr("Active")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setData(Qt::UserRole, t.id);
            if (t.revokedAt)
                item->setForeground(gone);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void ApiTokensPage::updateButtons()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    m_create->setEnabled(m_manage);
    m_revoke->setEnabled(m_manage && row >= 0 && row < m_tokens.size() && !m_tokens[row].revokedAt);
}

void ApiTokensPage::create()
{
    auto *dialog = new NewTokenDialog(
        [this](const QString &name, AccessRole role) {
            auto made = ApiTokens(m_session.db).create(name, role, m_session.actor);
            if (made)
                reload();
            return made;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApiTokensPage::revoke()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_tokens.size())
        return;
    const ApiToken token = m_tokens[items.first()->row()];
    if (MessageBox::question(
            this, tr("Revoke token"),
            tr("Revoke the token “%1”? A job that uses it is refused from now on. This cannot be "
               "undone; a new token can be created instead.")
                .arg(token.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (auto done = ApiTokens(m_session.db).revoke(token.id, m_session.actor); !done)
        MessageBox::warning(this, tr("Revoke token"), done.error().message);
    reload();
}

NewTokenDialog::NewTokenDialog(Apply apply, QWidget *parent)
    : CheckedDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("newTokenDialog"));
    setWindowTitle(tr("New API token"));
    auto *fields = new QWidget(this);
    auto *stack = new QVBoxLayout(fields);
    stack->setContentsMargins(0, 0, 0, 0);

    m_form = new QWidget(fields);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("tokenName"));
    m_name->setPlaceholderText(tr("e.g. backup-job"));
    form->addRow(tr("Name:"), m_name);
    m_role = new QComboBox(m_form);
    m_role->setObjectName(QStringLiteral("tokenRole"));
    for (AccessRole role : allAccessRoles())
        m_role->addItem(displayName(role), static_cast<int>(role));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(AccessRole::Office)));
    form->addRow(tr("Access:"), m_role);
    stack->addWidget(m_form);

    m_shown = new QWidget(fields);
    auto *shown = new QVBoxLayout(m_shown);
    shown->setContentsMargins(0, 0, 0, 0);
    auto *once = new QLabel(m_shown);
    once->setObjectName(QStringLiteral("tokenOnce"));
    once->setWordWrap(true);
    shown->addWidget(once);
    auto *row = new QHBoxLayout;
    m_secret = new QLineEdit(m_shown);
    m_secret->setObjectName(QStringLiteral("tokenSecret"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row->addWidget(m_secret, 1);
    auto *copy = new QPushButton(tr("Copy"), m_shown);
    copy->setObjectName(QStringLiteral("tokenCopy"));
    row->addWidget(copy);
    shown->addLayout(row);
    m_shown->hide();
    stack->addWidget(m_shown);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        copy->setText(tr("Copied"));
    });

    finish(fields, tr("Create"));
    setMinimumWidth(460);
}

bool NewTokenDialog::attempt()
{
    const auto role = static_cast<AccessRole>(m_role->currentData().toInt());
    auto made = m_apply(m_name->text(), role);
    if (!made) {
        showProblem(made.error().message);
        m_name->setFocus();
        return false;
    }
    showProblem(QString());
    m_shown->findChild<QLabel *>(QStringLiteral("tokenOnce"))
        ->setText(tr("The token “%1” (%2). Copy it now and keep it where the job can read it. It will not be "
                     "shown again.")
                      .arg(made->token.name, displayName(made->token.role)));
    m_secret->setText(made->secret);
    m_form->hide();
    m_shown->show();
    m_ok->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    m_secret->setFocus();
    m_secret->selectAll();
    adjustSize();
    return false; // stays open: the token is shown until the owner closes it
}

} // namespace ordo
