#include "ui/main/SignIn.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Palette.h"
#include "core/people/Accounts.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {

namespace {

constexpr int StaffIdRole = Qt::UserRole;
constexpr int SecretRole = Qt::UserRole + 1;

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(palette::errorText());
    label->hide();
    return label;
}

} // namespace

SignInDialog::SignInDialog(Database &db, std::optional<Id> preselect, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Who is working?"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose your name:"), this));
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("signInPeople"));
    m_people->setMinimumSize(320, 260);
    layout->addWidget(m_people, 1);
    auto *form = new QFormLayout;
    m_secretLabel = new QLabel(this);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("signInSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(m_secretLabel, m_secret);
    layout->addLayout(form);
    m_error = errorLabel(this, QStringLiteral("signInError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    buttons->addButton(tr("Close Ordo"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("signInClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    auto accounts = Accounts(m_db).list();
    if (!accounts) {
        m_error->setText(accounts.error().message);
        m_error->show();
    } else {
        for (const Account &a : *accounts) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(a.name, displayName(a.staffRole)), m_people);
            item->setData(StaffIdRole, a.staffId);
            item->setData(SecretRole, int(a.secret));
            if (preselect && *preselect == a.staffId)
                m_people->setCurrentItem(item);
        }
    }
    if (!m_people->currentItem() && m_people->count() > 0)
        m_people->setCurrentRow(0);
    connect(m_people, &QListWidget::currentItemChanged, this, &SignInDialog::personChanged);
    connect(m_people, &QListWidget::itemActivated, this, [this] {
        if (m_secret->isVisible())
            m_secret->setFocus();
        else
            accept();
    });
    personChanged();
}

void SignInDialog::personChanged()
{
    const QListWidgetItem *item = m_people->currentItem();
    const auto kind = item ? SecretKind(item->data(SecretRole).toInt()) : SecretKind::None;
    m_secretLabel->setText(kind == SecretKind::Pin ? tr("PIN:") : tr("Password:"));
    m_secretLabel->setVisible(kind != SecretKind::None);
    m_secret->setVisible(kind != SecretKind::None);
    m_secret->clear();
    m_error->hide();
    if (kind != SecretKind::None)
        m_secret->setFocus();
    else
        m_people->setFocus();
}

void SignInDialog::accept()
{
    const QListWidgetItem *item = m_people->currentItem();
    if (!item)
        return;
    auto actor = Accounts(m_db).signIn({{}, item->data(StaffIdRole).toLongLong(), m_secret->text(), QStringLiteral("desktop")});
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_secret->clear();
        m_secret->setFocus();
        return;
    }
    m_actor = *actor;
    QDialog::accept();
}

OwnerDialog::OwnerDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("ownerDialog"));
    setWindowTitle(tr("The company's owner"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This company has no accounts yet. Who owns it? The owner may do everything in Ordo, "
                                "add the staff and decide who needs a PIN or password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ownerName"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("ownerUsername"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("ownerPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional, at least 8 characters"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("ownerPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    layout->addLayout(form);
    m_error = errorLabel(this, QStringLiteral("ownerError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Create the owner's account"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("ownerCreate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnerDialog::reject);
    layout->addWidget(buttons);
    // The username follows the name until it is typed by hand.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_username->isModified())
            m_username->setText(uniqueUsername(name, {}));
    });
}

void OwnerDialog::accept()
{
    auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_password->text() != m_repeat->text())
        return fail(tr("The two passwords differ."));
    const SecretKind kind = m_password->text().isEmpty() ? SecretKind::None : SecretKind::Password;
    auto owner = Accounts(m_db).createOwner(m_name->text(), m_username->text(), kind, m_password->text());
    if (!owner)
        return fail(owner.error().message);
    m_actor = *owner;
    QDialog::accept();
}

} // namespace ordo

namespace ordo {

namespace {

QString workerKey(const Database &db)
{
    return QStringLiteral("signIn/") +
           QString::fromLatin1(QCryptographicHash::hash(db.path().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

std::optional<Actor> startAs(Database &db, QWidget *parent, const QString &user)
{
    Accounts accounts(db);
    auto account = accounts.findByUsernameOrName(user);
    Result<Actor> actor = account ? accounts.signIn({account->username, account->staffId,
                                                     qEnvironmentVariable("ORDO_PASSWORD"), QStringLiteral("desktop")})
                                  : Result<Actor>(account.error());
    if (actor)
        return *actor;
    MessageBox::error(parent, SignInDialog::tr("Sign in"), actor.error().message);
    return std::nullopt;
}

} // namespace

std::optional<Actor> chooseWorker(Database &db, QWidget *parent, const QString &startUser)
{
    Accounts accounts(db);
    auto any = accounts.hasAnyAccount();
    if (!any || !*any) {
        Actor ordo;
        ordo.name = QStringLiteral("Ordo");
        return ordo;
    }
    if (!startUser.isEmpty())
        if (auto actor = startAs(db, parent, startUser))
            return actor;
    const QVariant last = QSettings().value(workerKey(db));
    const std::optional<Id> remembered = last.isValid() ? std::optional<Id>(last.toLongLong()) : std::nullopt;
    auto security = accounts.security();
    auto people = accounts.list();
    if (security && people && !security->requireSecret &&
        std::none_of(people->begin(), people->end(), [](const Account &a) { return a.secret != SecretKind::None; })) {
        std::optional<Id> who;
        for (const Account &a : *people)
            if ((remembered && a.staffId == *remembered) || (!who && a.role == AccessRole::Owner))
                who = a.staffId;
        if (!who && !people->isEmpty())
            who = people->first().staffId;
        if (who)
            if (auto actor = accounts.signIn({{}, *who, {}, QStringLiteral("desktop")}))
                return *actor;
    }
    SignInDialog dialog(db, remembered, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

void rememberWorker(const Database &db, const Actor &actor)
{
    // Only when it changed: any value set rewrites the settings file and waits for the disk.
    if (actor.kind != ActorKind::Person || !actor.staffId)
        return;
    QSettings settings;
    if (settings.value(workerKey(db)).toLongLong() != *actor.staffId)
        settings.setValue(workerKey(db), *actor.staffId);
}

IdleWatch::IdleWatch(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    qApp->installEventFilter(this);
}

void IdleWatch::setMinutes(int minutes)
{
    m_timer->stop();
    m_timer->setInterval(std::max(0, minutes) * 60 * 1000);
    if (minutes > 0)
        m_timer->start();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer->interval() > 0)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ordo
