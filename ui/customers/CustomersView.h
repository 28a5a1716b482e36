#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace ordo {

class AssetsPanel;
class CustomerForm;
class Database;
class OrdersModel;
enum class ImportKind;

// Customers: alphabetical (read a page at a time), searchable; the selected one can be edited and
// shows its orders.
class CustomersView final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(Database &db, QWidget *parent = nullptr);
    void showCustomer(Id customerId);
    bool saveCustomer();
    // Typed in the form and not saved yet.
    bool hasUnsavedChanges() const { return m_dirty; }
    // Before the edits would be lost: asks to save or discard them; false to stay.
    bool confirmLeave();
    AssetsPanel *assets() const { return m_assets; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    // Customers, sites, assets or open orders from a spreadsheet (CustomerImportDialog).
    void importCustomers();
    // Customers, sites or assets written to a CSV file for a spreadsheet; false (and said) when not.
    bool exportTo(ImportKind kind, const QString &path);

signals:
    void openOrderRequested(ordo::Id orderId);

private:
    void reloadList();
    void fetchMore();
    void setEditorEnabled(bool on);

    Database &m_db;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTimer *m_debounce;
    bool m_exhausted = false;
    QString m_lastName;
    Id m_lastId = 0;

    CustomerForm *m_form;
    QPushButton *m_save;
    OrdersModel *m_orders;
    QTableView *m_ordersTable;
    QTabWidget *m_detailTabs;
    AssetsPanel *m_assets;
    bool m_dirty = false;
    Id m_shownId = 0;
};

} // namespace ordo
