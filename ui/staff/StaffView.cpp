#include "ui/staff/StaffView.h"
#include "ui/common/UnsavedChanges.h"
#include "ui/common/Palette.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "core/usecases/Reassignment.h"
#include "core/people/PhoneDevices.h"
#include "core/people/StaffRepository.h"
#include "ui/staff/PhonePairingDialog.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QSettings>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ordo {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

} // namespace

StaffView::StaffView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("staffView"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("staffList"));
    auto *add = new QPushButton(tr("New person"), this);
    add->setObjectName(QStringLiteral("newStaff"));
    left->addWidget(m_list, 1);
    left->addWidget(add);
    layout->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRole"));
    for (Role r : {Role::Reception, Role::Sales, Role::Technician, Role::Admin, Role::Owner})
        m_role->addItem(displayName(r), static_cast<int>(r));
    m_colour = new QPushButton(this);
    m_colour->setObjectName(QStringLiteral("staffColour"));
    m_active = new QCheckBox(tr("Works here now"), this);
    m_active->setObjectName(QStringLiteral("staffActive"));
    m_skills = new QLineEdit(this);
    m_skills->setObjectName(QStringLiteral("staffSkills"));
    m_skills->setPlaceholderText(tr("e.g. pvc, aluminium, blinds"));
    m_territory = new QLineEdit(this);
    m_territory->setObjectName(QStringLiteral("staffTerritory"));
    m_territory->setPlaceholderText(tr("Postcode beginnings, e.g. 280, 281"));
    auto *daysRow = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("staffDay%1").arg(d));
        m_days << box;
        daysRow->addWidget(box);
    }
    auto *hoursRow = new QHBoxLayout;
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("staffStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("staffEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    hoursRow->addWidget(m_start);
    hoursRow->addWidget(new QLabel(QStringLiteral("–"), this));
    hoursRow->addWidget(m_end);
    hoursRow->addStretch(1);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("staffEmail"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("staffPhone"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(QString(), m_active);
    form->addRow(tr("&Skills:"), m_skills);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("Working days:"), daysRow);
    form->addRow(tr("Working hours:"), hoursRow);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("staffError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveStaff"));
    auto *leaves = new QPushButton(tr("Leaves the company…"), this);
    leaves->setObjectName(QStringLiteral("staffLeaves"));
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_error);
    auto *actions = new QHBoxLayout;
    actions->addWidget(leaves);
    actions->addStretch(1);
    actions->addWidget(save);
    right->addLayout(actions);

    m_phones = new QGroupBox(tr("Phones"), this);
    m_phones->setObjectName(QStringLiteral("staffPhones"));
    auto *phonesLayout = new QVBoxLayout(m_phones);
    m_phoneList = new QListWidget(m_phones);
    m_phoneList->setObjectName(QStringLiteral("phoneList"));
    m_phoneList->setMaximumHeight(110);
    auto *phoneActions = new QHBoxLayout;
    auto *pair = new QPushButton(tr("Pair a phone…"), m_phones);
    pair->setObjectName(QStringLiteral("pairPhone"));
    m_removePhone = new QPushButton(tr("Remove"), m_phones);
    m_removePhone->setObjectName(QStringLiteral("removePhone"));
    m_removePhone->setEnabled(false);
    phoneActions->addWidget(pair);
    phoneActions->addStretch(1);
    phoneActions->addWidget(m_removePhone);
    phonesLayout->addWidget(m_phoneList);
    phonesLayout->addLayout(phoneActions);
    m_phones->hide();
    right->addWidget(m_phones);
    right->addStretch(1);
    connect(pair, &QPushButton::clicked, this, &StaffView::pairPhone);
    connect(m_removePhone, &QPushButton::clicked, this, &StaffView::removePhone);
    connect(m_phoneList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_removePhone->setEnabled(item && !item->data(Qt::UserRole + 1).toBool());
    });
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item, QListWidgetItem *previous) {
        if (!item || item->data(Qt::UserRole).toLongLong() == m_current.id)
            return;
        if (!confirmLeave()) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(previous);
            return;
        }
        if (auto m = StaffRepository(m_db).find(item->data(Qt::UserRole).toLongLong()))
            show(*m);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            newMember();
    });
    connect(save, &QPushButton::clicked, this, &StaffView::saveMember);
    connect(m_colour, &QPushButton::clicked, this, &StaffView::chooseColour);
    connect(leaves, &QPushButton::clicked, this, [this] {
        if (m_current.id == 0)
            return;
        auto staff = StaffRepository(m_db).list(true);
        if (!staff)
            return;
        QStringList names;
        QList<Id> ids;
        for (const auto &m : *staff) {
            if (m.id == m_current.id)
                continue;
            // Someone with the same role first: they can do the same work.
            const bool sameRole = m.role == m_current.role;
            names.insert(sameRole ? 0 : names.size(), QStringLiteral("%1 (%2)").arg(m.name, displayName(m.role)));
            ids.insert(sameRole ? 0 : ids.size(), m.id);
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("%1 leaves").arg(m_current.name),
                                                     tr("Who takes over %1's open orders and future visits?").arg(m_current.name),
                                                     names, 0, false, &ok);
        if (ok)
            leave(ids.value(static_cast<int>(names.indexOf(chosen))));
    });
    connect(&db.notifier(), &ChangeNotifier::staffChanged, this, &StaffView::reload);
    reload();
    newMember();
}

void StaffView::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto staff = StaffRepository(m_db).list();
    if (!staff) {
        MessageBox::warning(this, tr("Staff"), staff.error().message);
        return;
    }
    for (const auto &m : *staff) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(m.name, displayName(m.role)), m_list);
        item->setData(Qt::UserRole, m.id);
        item->setForeground(m.active ? palette().text() : palette().placeholderText());
        QPixmap chip(12, 12);
        chip.fill(QColor(m.colour));
        item->setIcon(QIcon(chip));
        if (m.id == m_current.id)
            m_list->setCurrentItem(item);
    }
}

void StaffView::show(const StaffMember &m)
{
    m_current = m;
    m_name->setText(m.name);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(m.role)));
    m_colour->setText(m.colour);
    m_colour->setStyleSheet(QStringLiteral("background-color: %1;").arg(m.colour));
    m_active->setChecked(m.active);
    m_skills->setText(m.skills.join(QStringLiteral(", ")));
    m_territory->setText(m.territory.join(QStringLiteral(", ")));
    for (int d = 0; d < 7; ++d)
        m_days[d]->setChecked(m.hours.days & (1 << d));
    m_start->setTime(QTime(0, 0).addSecs(m.hours.startMinute * 60));
    m_end->setTime(QTime(0, 0).addSecs(m.hours.endMinute * 60));
    m_email->setText(m.email);
    m_phone->setText(m.phone);
    m_error->hide();
    reloadPhones();
}

void StaffView::reloadPhones()
{
    m_phoneList->clear();
    m_removePhone->setEnabled(false);
    // Only the people who work away from the office carry the technician's app.
    const bool carriesPhone = m_current.id != 0 && (m_current.role == Role::Technician || m_current.role == Role::Sales);
    m_phones->setVisible(carriesPhone);
    if (!carriesPhone)
        return;
    auto phones = PhoneDevices(m_db).list(m_current.id);
    if (!phones) {
        m_phoneList->addItem(phones.error().message);
        return;
    }
    const QLocale locale;
    const auto when = [&locale](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat);
    };
    for (const PhoneDevice &phone : *phones) {
        QString text;
        if (phone.revokedAt)
            text = tr("%1 — removed %2").arg(phone.name, when(*phone.revokedAt));
        else if (phone.lastSeenAt)
            text = tr("%1 — last seen %2").arg(phone.name, when(*phone.lastSeenAt));
        else
            text = tr("%1 — paired %2, not used yet").arg(phone.name, when(phone.createdAt));
        auto *item = new QListWidgetItem(text, m_phoneList);
        item->setData(Qt::UserRole, phone.id);
        item->setData(Qt::UserRole + 1, phone.revokedAt.has_value());
        if (phone.revokedAt)
            item->setForeground(palette().placeholderText());
    }
    if (phones->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No phone paired yet."), m_phoneList);
        none->setFlags(Qt::NoItemFlags);
        none->setData(Qt::UserRole + 1, true);
    }
}

void StaffView::pairPhone()
{
    if (m_current.id == 0)
        return;
    QSettings settings;
    QString address = settings.value(QStringLiteral("phones/serverAddress")).toString();
    if (address.isEmpty()) {
        bool ok = false;
        address = QInputDialog::getText(this, tr("Pair a phone"),
                                        tr("The address of Ordo's server, as the phones reach it (asked once):"),
                                        QLineEdit::Normal, QStringLiteral("https://"), &ok)
                      .trimmed();
        if (!ok || address.isEmpty() || address == QStringLiteral("https://"))
            return;
        settings.setValue(QStringLiteral("phones/serverAddress"), address);
    }
    auto code = PhoneDevices(m_db).createPairingCode(m_current.id, currentActor());
    if (!code) {
        MessageBox::warning(this, tr("Pair a phone"), code.error().message);
        return;
    }
    auto *dialog = new PhonePairingDialog(m_current.name, address, *code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Once the code is used the phone is in the list.
    connect(dialog, &QDialog::finished, this, &StaffView::reloadPhones);
    dialog->open();
}

void StaffView::removePhone()
{
    QListWidgetItem *item = m_phoneList->currentItem();
    if (!item || item->data(Qt::UserRole + 1).toBool())
        return;
    if (MessageBox::question(this, tr("Remove phone"),
                             tr("Remove %1? It is signed out at once and needs a new code to be used again.")
                                 .arg(item->text().section(QStringLiteral(" — "), 0, 0)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto removed = PhoneDevices(m_db).revoke(item->data(Qt::UserRole).toLongLong(), currentActor());
    if (!removed) {
        MessageBox::warning(this, tr("Remove phone"), removed.error().message);
        return;
    }
    reloadPhones();
}

void StaffView::newMember()
{
    StaffMember m;
    m.colour = QString(palette::NeutralPerson);
    show(m);
    m_list->clearSelection();
    m_name->setFocus();
}

void StaffView::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_current.colour), this, tr("Colour"));
    if (!chosen.isValid())
        return;
    m_current.colour = chosen.name();
    m_colour->setText(m_current.colour);
    m_colour->setStyleSheet(QStringLiteral("background-color: %1;").arg(m_current.colour));
}

bool StaffView::leave(Id successor)
{
    const QString name = m_current.name;
    auto report = Reassignment(m_db).personLeaves(m_current.id, successor, currentActor());
    if (!report) {
        m_error->setText(report.error().message);
        m_error->show();
        return false;
    }
    if (auto m = StaffRepository(m_db).find(m_current.id))
        show(*m);
    QString text = tr("%1 no longer works here. %n open order(s) and %2 future visit(s) were handed over; their history stays.",
                      nullptr, report->orders)
                       .arg(name)
                       .arg(report->appointments);
    if (!report->clashes.isEmpty())
        text += QLatin1Char('\n') + tr("These visits now overlap other bookings: %1").arg(report->clashes.join(QStringLiteral("; ")));
    MessageBox::information(this, tr("Staff"), text);
    return true;
}

StaffMember StaffView::typed() const
{
    StaffMember m = m_current;
    m.name = m_name->text();
    m.role = static_cast<Role>(m_role->currentData().toInt());
    m.active = m_active->isChecked();
    m.skills = splitList(m_skills->text());
    m.territory = splitList(m_territory->text());
    m.hours.days = 0;
    for (int d = 0; d < 7; ++d)
        if (m_days[d]->isChecked())
            m.hours.days |= 1 << d;
    m.hours.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
    m.hours.endMinute = m_end->time().hour() * 60 + m_end->time().minute();
    m.email = m_email->text().trimmed();
    m.phone = m_phone->text().trimmed();
    return m;
}

bool StaffView::hasUnsavedChanges() const
{
    const StaffMember m = typed();
    if (m_current.id == 0)
        return !m.name.trimmed().isEmpty();
    return m.name.trimmed() != m_current.name || m.role != m_current.role || m.active != m_current.active ||
           m.skills != m_current.skills || m.territory != m_current.territory || m.hours.days != m_current.hours.days ||
           m.hours.startMinute != m_current.hours.startMinute || m.hours.endMinute != m_current.hours.endMinute ||
           m.email != m_current.email || m.phone != m_current.phone;
}

bool StaffView::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_name->text().trimmed();
    return confirmUnsavedChanges(this, tr("The details of %1 have changes that are not saved.").arg(name),
                                 [this] { return saveMember(); },
                                 [this] {
                                     if (m_current.id == 0) {
                                         newMember();
                                     } else if (auto m = StaffRepository(m_db).find(m_current.id)) {
                                         show(*m);
                                     }
                                 });
}

bool StaffView::saveMember()
{
    StaffMember m = typed();
    StaffRepository repo(m_db);
    if (m.id == 0) {
        auto id = repo.add(m, currentActor());
        if (!id) {
            m_error->setText(id.error().message);
            m_error->show();
            return false;
        }
        m.id = *id;
        m_current = *repo.find(m.id);
        m_db.notifier().announceStaff();
        return true;
    }
    auto saved = repo.update(m, currentActor());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_current = *saved;
    m_error->hide();
    return true;
}

} // namespace ordo
