#include "ui/main/BackupDialogs.h"

#include "core/billing/InvoiceLedger.h"
#include "ui/common/MessageBox.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ordo {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString takenText(const BackupInfo &info)
{
    if (!info.takenAt.isValid())
        return RestorePreviewDialog::tr("unknown");
    // "Monday, 30 November 2026, 21:30": the day in words, the time without seconds or time zone.
    const QLocale locale;
    return RestorePreviewDialog::tr("%1, %2").arg(locale.toString(info.takenAt.date(), QLocale::LongFormat),
                                                  locale.toString(info.takenAt.time(), QStringLiteral("HH:mm")));
}

} // namespace

BackupPreferences loadBackupPreferences()
{
    QSettings settings;
    BackupPreferences p;
    p.folder = settings.value(QStringLiteral("backups/folder")).toString();
    p.daily = settings.value(QStringLiteral("backups/daily"), p.daily).toInt();
    p.weekly = settings.value(QStringLiteral("backups/weekly"), p.weekly).toInt();
    p.monthly = settings.value(QStringLiteral("backups/monthly"), p.monthly).toInt();
    return p;
}

void saveBackupPreferences(const BackupPreferences &p)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backups/folder"), p.folder);
    settings.setValue(QStringLiteral("backups/daily"), p.daily);
    settings.setValue(QStringLiteral("backups/weekly"), p.weekly);
    settings.setValue(QStringLiteral("backups/monthly"), p.monthly);
    Backup::setPreferences(p);
}

void backUpNow(QWidget *parent, Database &db)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto taken = Backup::take(db, Backup::folderFor(db.path()));
    QApplication::restoreOverrideCursor();
    const QString title = RestorePreviewDialog::tr("Back up now");
    if (!taken) {
        MessageBox::error(parent, title, taken.error().message);
        return;
    }
    // Where the invoice chain ends now, kept so that a later rewrite of it shows (invoice verify).
    if (auto anchor = InvoiceLedger(db).recordAnchor(QStringLiteral("backup")); !anchor)
        MessageBox::warning(parent, title, anchor.error().message);
    MessageBox::information(parent, title,
                            RestorePreviewDialog::tr("The backup was saved to %1 and verified: it reads back whole "
                                                     "and is an Ordo database.")
                                .arg(shown(*taken)));
}

QString chooseBackupToRestore(QWidget *parent, const QString &databasePath)
{
    const QString file = QFileDialog::getOpenFileName(parent, RestorePreviewDialog::tr("Restore a backup"),
                                                      Backup::folderFor(databasePath),
                                                      RestorePreviewDialog::tr("Ordo backups (*.sqlite)"));
    if (file.isEmpty())
        return {};
    auto info = Backup::preview(file);
    if (!info) {
        MessageBox::error(parent, RestorePreviewDialog::tr("Restore a backup"), info.error().message);
        return {};
    }
    if (auto sound = Backup::verify(file); !sound) {
        MessageBox::error(parent, RestorePreviewDialog::tr("Restore a backup"), sound.error().message);
        return {};
    }
    RestorePreviewDialog dialog(*info, databasePath, parent);
    return dialog.exec() == QDialog::Accepted ? file : QString();
}

QString offerRecovery(QWidget *parent, const QString &path)
{
    const Backup::FileState state = Backup::inspect(path);
    if (state == Backup::FileState::Sound || state == Backup::FileState::NotOrdo || state == Backup::FileState::Unreadable)
        return path;
    const QString newest = Backup::newest(path);
    QString text = state == Backup::FileState::Missing
                       ? RestorePreviewDialog::tr("The database you used last, %1, is missing.").arg(shown(path))
                       : RestorePreviewDialog::tr("The database %1 is damaged and cannot be opened.").arg(shown(path));
    QStringList options;
    std::optional<BackupInfo> info;
    if (!newest.isEmpty()) {
        if (auto i = Backup::preview(newest))
            info = *i;
    }
    if (info) {
        text += QLatin1Char('\n') + RestorePreviewDialog::tr("The newest backup was taken %1 and holds %n order(s), "
                                                             "with last invoice %2.",
                                                             nullptr, static_cast<int>(info->orders))
                                        .arg(takenText(*info),
                                             info->lastInvoiceNumber.isEmpty() ? RestorePreviewDialog::tr("none")
                                                                               : info->lastInvoiceNumber);
        if (state == Backup::FileState::Damaged)
            text += QLatin1Char(' ') + RestorePreviewDialog::tr("Restoring it first renames the damaged file aside; "
                                                                "it is never overwritten.");
        options << RestorePreviewDialog::tr("Restore the newest backup");
    } else {
        text += QLatin1Char('\n') + RestorePreviewDialog::tr("No backup of it was found in %1.")
                                        .arg(shown(Backup::folderFor(path)));
    }
    options << RestorePreviewDialog::tr("Open another database…") << RestorePreviewDialog::tr("Cancel");
    const int choice = MessageBox::choose(parent, RestorePreviewDialog::tr("Ordo"), text, options);
    const int restoreIndex = info ? 0 : -2;
    if (choice == restoreIndex) {
        if (state == Backup::FileState::Damaged) {
            auto aside = Backup::setAsideDamaged(path);
            if (!aside) {
                MessageBox::error(parent, RestorePreviewDialog::tr("Ordo"), aside.error().message);
                return {};
            }
        }
        auto restored = Backup::restore(newest, path, false);
        if (!restored) {
            MessageBox::error(parent, RestorePreviewDialog::tr("Ordo"), restored.error().message);
            return {};
        }
        return path;
    }
    if (choice == options.size() - 2)
        return QFileDialog::getOpenFileName(parent, RestorePreviewDialog::tr("Open database"), QDir::homePath(),
                                            RestorePreviewDialog::tr("Ordo databases (*.sqlite);;All files (*)"));
    return {};
}

RestorePreviewDialog::RestorePreviewDialog(const BackupInfo &backup, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restorePreviewDialog"));
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>This backup holds:</b>"), this);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    auto value = [&](const QString &name, const QString &text) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    const QLocale locale;
    form->addRow(tr("Taken on:"), value(QStringLiteral("takenAt"), takenText(backup)));
    form->addRow(tr("Orders:"), value(QStringLiteral("orders"), locale.toString(backup.orders)));
    form->addRow(tr("Customers:"), value(QStringLiteral("customers"), locale.toString(backup.customers)));
    form->addRow(tr("Invoices:"), value(QStringLiteral("invoices"), locale.toString(backup.invoices)));
    form->addRow(tr("Last invoice issued:"),
                 value(QStringLiteral("lastInvoice"), backup.lastInvoiceNumber.isEmpty() ? tr("none") : backup.lastInvoiceNumber));
    if (backup.reason.startsWith(QLatin1String("pre-migration")))
        form->addRow(tr("Kind:"), value(QStringLiteral("reason"), tr("taken before an upgrade of Ordo")));
    auto *file = value(QStringLiteral("file"), shown(QFileInfo(backup.path).fileName()));
    file->setToolTip(shown(backup.path));
    form->addRow(tr("File:"), file);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The current database, %1, is first kept aside as a copy named “%2.before-restore-…”; "
                               "then its content is replaced by this backup. Orders and invoices recorded after the "
                               "backup was taken will only be in the copy kept aside.")
                                .arg(shown(QFileInfo(databasePath).fileName()), QFileInfo(databasePath).completeBaseName()),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *restore = buttons->addButton(tr("Restore this backup"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    // Cancel is the safe answer: Enter does not replace the database.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

BackupSettingsDialog::BackupSettingsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_folder(new QLineEdit(this)), m_daily(new QSpinBox(this)),
      m_weekly(new QSpinBox(this)), m_monthly(new QSpinBox(this))
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backups"));
    const BackupPreferences p = Backup::preferences();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setText(shown(p.folder));
    m_folder->setPlaceholderText(shown(Backup::defaultFolder(databasePath)));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"),
                                                              Backup::folderFor(m_databasePath, preferences()));
        if (!dir.isEmpty())
            m_folder->setText(shown(dir));
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    for (auto [box, count, max] : {std::tuple{m_daily, p.daily, 60}, std::tuple{m_weekly, p.weekly, 52},
                                   std::tuple{m_monthly, p.monthly, 120}}) {
        box->setRange(0, max);
        box->setValue(count);
    }
    m_daily->setRange(1, 60);  // the newest backup is always kept
    form->addRow(tr("Daily backups kept:"), m_daily);
    form->addRow(tr("Weekly backups kept:"), m_weekly);
    form->addRow(tr("Monthly backups kept:"), m_monthly);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Empty: a “backups” folder beside the database. A USB disk or a shared folder is a good "
                               "place for backups; the database itself stays on this computer. These settings are for "
                               "this computer only."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

BackupPreferences BackupSettingsDialog::preferences() const
{
    return BackupPreferences{QDir::fromNativeSeparators(m_folder->text().trimmed()), m_daily->value(), m_weekly->value(),
                             m_monthly->value()};
}

} // namespace ordo
