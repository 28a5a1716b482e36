#include "ui/main/ConnectServerDialog.h"

#include "core/common/SecretStore.h"
#include "core/storage/ServerAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ordo {

ConnectServerDialog::ConnectServerDialog(SecretStore &secrets, const QString &address, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_tls(new QComboBox(this)), m_remember(new QCheckBox(tr("Remember the password in this PC's keyring"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to the office server"));
    auto *intro = new QLabel(tr("Several PCs share one Ordo database on the office's PostgreSQL server. Ask whoever set "
                                "it up for these details (see the README's office set-up)."),
                             this);
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("oficina-pc or 192.168.1.10"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("ventanas_sol"));
    m_user->setPlaceholderText(tr("your user on the server"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->addItem(tr("Encrypted, and the server's certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Not encrypted: only on this PC or a trusted network (disable)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(1);
    m_remember->setChecked(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectServerDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectServerDialog::validate);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::validate);

    if (auto known = ServerAddress::parse(address); known && !address.isEmpty()) {
        m_host->setText(known->host);
        m_port->setValue(known->port);
        m_database->setText(known->database);
        m_user->setText(known->user);
        if (const int i = m_tls->findData(known->sslMode); i >= 0)
            m_tls->setCurrentIndex(i);
        // The keyring answers later (over D-Bus): the field is filled when it does, unless typed in.
        m_secrets.read(SecretKey{QStringLiteral("servers"), secretName(known->withoutPassword())}, this,
                       [this](Result<QString> stored) {
                           if (stored && !stored->isEmpty() && m_password->text().isEmpty())
                               m_password->setText(*stored);
                       });
    }
    validate();
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

QString ConnectServerDialog::secretName(const QString &address)
{
    return QStringLiteral("postgresql:") + address;
}

QString ConnectServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslMode = m_tls->currentData().toString();
    return a.withoutPassword();
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::validate()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Name the server PC.");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Name the database on the server.");
    else if (m_user->text().trimmed().isEmpty())
        problem = tr("Give your user on the server.");
    else if (auto parsed = ServerAddress::parse(address()); !parsed)
        problem = parsed.error().message;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ordo
