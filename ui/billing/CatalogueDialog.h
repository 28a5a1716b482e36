#pragma once

#include "core/billing/Catalogue.h"
#include "ui/common/Session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ordo {

// Settings › Price catalogue…: the products and services the lines of orders and invoices offer
// while typing. Listed by code a page at a time (more as the list is scrolled), searched by code or
// description, added, edited, deactivated and imported from a CSV file. Changes need the permission
// to manage the company; the core refuses them otherwise and the reason is shown.
class CatalogueDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogueDialog(Session session, QWidget *parent = nullptr);

    // For tests and for Import CSV…: imports this file and says what it did, or why nothing was imported.
    bool importFile(const QString &path);
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void loadMore();
    void appendItems(const QList<CatalogueItem> &items);
    std::optional<CatalogueItem> selected() const;
    void editItem(std::optional<CatalogueItem> item);
    void toggleActive();
    void updateButtons();

    Session m_session;
    QLineEdit *m_search;
    QCheckBox *m_inactive;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_active;
    QPushButton *m_import;
    QList<CatalogueItem> m_items;
    bool m_complete = false;
};

} // namespace ordo
