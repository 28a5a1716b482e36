#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ordo {

class Database;

// One data row of a customers' CSV as it would be imported, with everything wrong with it.
struct CustomerImportRow
{
    int line = 0;                 // in the file, from 1 (the header is line 1 or more)
    Customer customer;
    QStringList problems;         // translated; the row is imported only when there are none
};

struct CustomerImportPreview
{
    QString encoding;             // "UTF-8 BOM", "Windows-1252"…
    QChar separator;
    QStringList columns;          // the fields each header column was read as ("name", "tax_id"…, "" when ignored)
    QStringList fileProblems;     // a file that cannot be read at all, a header without a name column
    QList<CustomerImportRow> rows;

    int problemRows() const;
    bool canImport() const { return fileProblems.isEmpty() && problemRows() == 0 && !rows.isEmpty(); }
};

// What a file to import holds.
enum class ImportKind { Customers, Sites, Assets, Orders };
QString toKey(ImportKind kind);                              // "customers", "sites", "assets", "orders"
std::optional<ImportKind> importKindFromKey(const QString &key);

// One data row of any kind as the preview shows it: its values under ImportPreview::headings, and
// everything wrong with it (translated; nothing is imported while any row has a problem).
struct ImportRow
{
    int line = 0;
    QStringList values;
    QStringList problems;
};

struct ImportPreview
{
    ImportKind kind = ImportKind::Customers;
    QString encoding;
    QChar separator;
    QStringList columns;          // the field each header column was read as ("" when ignored)
    QStringList headings;         // translated titles of each row's values ("Customer", "Address"…)
    QStringList fileProblems;
    QList<ImportRow> rows;

    int problemRows() const;
    bool canImport() const { return fileProblems.isEmpty() && problemRows() == 0 && !rows.isEmpty(); }
};

// Customers from a spreadsheet (CSV, headers in Spanish or English: Nombre/name, NIF/tax_id,
// Teléfono/phone, Teléfono 2/phone2, Email/email, Dirección/address, Código postal/postcode,
// Ciudad/city, Notas/notes, Idioma/language), and orders to one.
//
// Sites, assets and open orders name their customer by Cliente/customer (its name, when only one
// customer has it), NIF/tax_id, Teléfono/phone or Email/email, the first of these given deciding;
// assets and orders name the site by its Dirección/address (or Obra/site). Sites: Dirección/address,
// Código postal/postcode, Ciudad/city, Notas/notes. Assets: Tipo/type, Modelo/model,
// Especificación/specification, Nº de serie/serial, Fecha de instalación/installed,
// Fin de garantía/warranty_end, Notas/notes. Orders: Título/title, Descripción/description,
// Tipo de trabajo/job_type, Prioridad/priority, Paso/step (default the map's first), Fecha límite/due,
// Importe/amount (one line, decimal comma). Dates as 31/12/2024 or 2024-12-31.
class CsvTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CsvTransfer)

public:
    explicit CsvTransfer(Database &db) : m_db(db) {}

    static constexpr int MaxRows = 50000;

    // Every row read and checked (name present, NIF valid when given, e-mail shaped like one, as many
    // fields as the header, not twice in the file, not a customer already there by NIF, phone or
    // e-mail), writing nothing.
    Result<CustomerImportPreview> previewCustomers(const QByteArray &bytes) const;
    // The preview, then all of it in one transaction, or nothing when any row has a problem (the
    // error says how many and the first few). Needs the permission "Edit customers".
    Result<int> importCustomers(const QByteArray &bytes, const Actor &by);

    // Any kind: every row read and checked, writing nothing (customers as previewCustomers).
    Result<ImportPreview> preview(ImportKind kind, const QByteArray &bytes) const;
    // The preview, then every row through the core's own services in ONE transaction, or nothing when
    // any row has a problem. Customers, sites and assets need "Edit customers"; orders "Create orders",
    // and are created as the order editor creates them (numbered, with their history naming `by`),
    // then moved to their step by the map (its handlers run).
    Result<int> import(ImportKind kind, const QByteArray &bytes, const Actor &by);

    // Every customer, site (but the one at the customer's own address, which travels with the
    // customer) and active asset, as files the matching import reads back: ';', UTF-8 with BOM,
    // headers in the reader's language, dates YYYY-MM-DD.
    Result<QByteArray> exportCustomers() const;
    Result<QByteArray> exportSites() const;
    Result<QByteArray> exportAssets() const;

    // The field a header names for this kind, or "".
    static QString importField(ImportKind kind, const QString &header);
    // "31/12/2024", "31-12-24", "2024-12-31", "2024-12-31 10:00" → the day (and the time when given).
    static QDate parseDate(const QString &text, QTime *time = nullptr);

    // Every order (open only with openOnly), newest first, as a CSV for a Spanish spreadsheet: ';',
    // decimal commas, UTF-8 with BOM, local times "YYYY-MM-DD HH:MM". Headers in the reader's language.
    Result<QByteArray> exportOrders(bool openOnly = false) const;

    // The field a header names, or "" ("Código Postal" → "postcode").
    static QString customerField(const QString &header);

private:
    struct Prepared;
    Result<Prepared> prepare(ImportKind kind, const QByteArray &bytes) const;

    Database &m_db;
};

} // namespace ordo
