#pragma once

#include "core/assets/Assets.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ordo {

// A customer's assets (shown beside their orders in Customers): type, model, specification, serial,
// installation, warranty and site; a double click opens the asset's history; Add, Edit, "Register
// from an order…" (a completed order's lines as installed) and "Maintenance plans…"; "Print
// labels…" saves a sheet of QR labels as PDF. A customer has tens of assets, not thousands: read whole.
class AssetsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AssetsPanel(Session session, QWidget *parent = nullptr);

    void setCustomer(Id customerId);
    QTableWidget *table() const { return m_table; }
    // The history window of the asset in that row (a test, or the screenshots, shows it).
    void openHistory(int row);
    // Writes the label sheet of the customer's assets to `path`; false with a message when it could not.
    bool saveLabels(const QString &path);
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *plansButton() const { return m_plans; }
    void reload();

private:
    void editAsset(int row);

    Session m_session;
    Id m_customerId = 0;
    QList<Asset> m_assets;
    QTableWidget *m_table;
    QPushButton *m_history;
    QPushButton *m_labels;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_register;
    QPushButton *m_plans;
    QLabel *m_empty;
};

// One asset and everything that touched it (orders, visits, notes, photos), newest first, with a
// field to add a note and a button to add a photo; a double click on a photo shows it.
class AssetHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    AssetHistoryDialog(Session session, Id assetId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool addNote(const QString &text);
    // Adds the image file as a photo of the asset; false with a message (not an image, too large…).
    bool addPhotoFile(const QString &path);
    // The photo of that history row in its window; nullptr when the row is not an asset photo.
    QDialog *openPhoto(int row);

private:
    void reload();

    Session m_session;
    Id m_assetId;
    QList<AssetHistoryEntry> m_entries;
    QLabel *m_header;
    QTableWidget *m_table;
    QLineEdit *m_note;
};

} // namespace ordo
