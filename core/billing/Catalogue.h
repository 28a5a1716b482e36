#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// One product or service the company sells at a list price (Settings › Price catalogue…), picked
// while typing a line of an order or an invoice. The line takes a copy: changing the catalogue later
// never changes a line already written.
struct CatalogueItem
{
    enum class Kind { Product, Service };

    Id id = 0;
    QString code;          // the company's own reference ("VPVC-120"), unique without regard to case
    QString description;
    Cents unitPrice = 0;   // before VAT
    BasisPoints vatRate = 2100;
    QString unit = QStringLiteral("ud");
    Kind kind = Kind::Product;
    bool active = true;    // an inactive item is kept for the record but no longer offered
    qint64 version = 1;
};

// What a CSV import did, or would have done.
struct CatalogueImport
{
    int added = 0;
    int updated = 0;
};

class Catalogue final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Catalogue)

public:
    explicit Catalogue(Database &db) : m_db(db) {}

    // A price list is kilobytes; a bigger file is not one (refused before it is read through).
    static constexpr qint64 MaxCsvBytes = 4 * 1024 * 1024;

    // The VAT rates a catalogue item may carry: those Spanish invoices use (21, 10, 4 and 0 %).
    static QList<BasisPoints> vatRates();
    static QString toKey(CatalogueItem::Kind kind);
    static QString displayName(CatalogueItem::Kind kind);

    // Adding and editing need the permission "Manage the company" (the price list is the company's).
    Result<Id> add(const CatalogueItem &item, const Actor &by);
    // Saves an edited item; another version in the database is a conflict and saves nothing.
    Result<CatalogueItem> update(const CatalogueItem &item, const Actor &by);
    // Deactivate (or bring back) an item: it stays, but is no longer offered in the lines.
    Result<CatalogueItem> setActive(Id id, bool active, const Actor &by);

    Result<CatalogueItem> find(Id id) const;
    Result<std::optional<CatalogueItem>> findByCode(const QString &code) const;
    // A page in code order after the previous page's last code (empty: from the top).
    Result<QList<CatalogueItem>> page(const QString &afterCode, int limit, bool includeInactive) const;
    // Active items whose code or description contains every typed word, accents and case ignored
    // ("ventana alum" finds "Ventana de aluminio"); items whose code starts with the text first.
    Result<QList<CatalogueItem>> search(const QString &text, int limit = 20) const;

    // A CSV file (UTF-8, ";" or "," between fields, a header row naming the columns code,
    // description, price, VAT and optionally unit, kind and active — in English or Spanish; prices
    // with a decimal comma or point, VAT as "21" or "21%"). Every row is checked first: one bad row
    // is reported with its line number and reason and nothing is imported. An item whose code is
    // already there is updated, not added twice. One transaction.
    Result<CatalogueImport> importCsv(const QByteArray &csv, const Actor &by);

private:
    Result<void> check(const CatalogueItem &item) const;
    Result<Id> insert(const CatalogueItem &item, const Actor &by);
    Result<void> overwrite(const CatalogueItem &item, const Actor &by);

    Database &m_db;
};

} // namespace ordo
