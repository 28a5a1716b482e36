#pragma once

#include "core/storage/Backup.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace ordo {

class Database;

// The backup preferences of this PC (QSettings): read at start into Backup::setPreferences().
BackupPreferences loadBackupPreferences();
void saveBackupPreferences(const BackupPreferences &preferences);

// File › Back up now…: takes a verified backup of `db` and says where it went.
void backUpNow(QWidget *parent, Database &db);

// File › Restore…: asks for a backup (in the backup folder of `databasePath`), shows what it holds
// and asks to confirm. Returns the chosen backup, or "" when the user went back.
QString chooseBackupToRestore(QWidget *parent, const QString &databasePath);

// At start or on opening: `path` is missing or damaged. Says so and offers the newest backup (a
// damaged file is renamed aside first, never overwritten), or another database. Returns the path to
// open, or "" to give up. Must be called while no connection to `path` is open in this process.
QString offerRecovery(QWidget *parent, const QString &path);

// What a backup holds, before it is restored: date, orders, customers, invoices, last invoice.
class RestorePreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    RestorePreviewDialog(const BackupInfo &backup, const QString &databasePath, QWidget *parent = nullptr);
};

// Settings › Backups…: the folder and how many daily, weekly and monthly backups are kept.
class BackupSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackupSettingsDialog(const QString &databasePath, QWidget *parent = nullptr);
    BackupPreferences preferences() const;

private:
    QString m_databasePath;
    QLineEdit *m_folder;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
};

} // namespace ordo
