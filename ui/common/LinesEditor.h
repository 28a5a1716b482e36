#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ordo {

class Database;
struct CatalogueItem;

// Lines with quantity, unit price, VAT and discount, their nets and the VAT breakdown, edited in
// place; amounts typed the way people write them ("1.234,56", "12,5"). Used by orders and invoices.
class LinesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LinesEditor(QWidget *parent = nullptr);

    void setLines(const QList<LineItem> &lines);
    // The lines as typed, or nullopt with the problems shown under the table.
    std::optional<QList<LineItem>> lines();
    void setReadOnly(bool readOnly);
    void addLine(const LineItem &line = {});
    // The VAT rate new lines start with (the company's default).
    void setDefaultVat(BasisPoints rate) { m_defaultVat = rate; }
    // Invoices: a button sets why the current line carries no VAT (exempt, reverse charge, not
    // subject); orders keep it hidden. A line's reason is kept whether shown or not.
    void setTaxCausesEditable(bool editable);
    // Typing a description offers the active catalogue items that match (two letters at least);
    // picking one fills the description, price and VAT of that line, which stays editable.
    void setCatalogue(Database *db) { m_catalogue = db; }
    QTableWidget *table() const { return m_table; }

signals:
    void edited();

private:
    friend class DescriptionDelegate;
    // The description's editor, with its completer over the catalogue when there is one.
    QLineEdit *descriptionEditor(QWidget *parent, int row);
    void fillFromCatalogue(int row, const CatalogueItem &item);
    void updateTotals();
    void addRow(const LineItem &line);

    QTableWidget *m_table;
    QLabel *m_error;
    QLabel *m_totals;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_cause;
    bool m_causesEditable = false;
    bool m_loading = false;
    BasisPoints m_defaultVat = 2100;
    Database *m_catalogue = nullptr;
};

} // namespace ordo
