#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

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

// Customers from a spreadsheet (CSV, headers in Spanish or English: Nombre/name, NIF/tax_id,
// Teléfono/phone, Teléfono 2/phone2, Email/email, Dirección/address, Código postal/postcode,
// Ciudad/city, Notas/notes, Idioma/language), and orders to one.
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

    // Every order (open only with openOnly), newest first, as a CSV for a Spanish spreadsheet: ';',
    // decimal commas, UTF-8 with BOM, local times "YYYY-MM-DD HH:MM". Headers in the reader's language.
    Result<QByteArray> exportOrders(bool openOnly = false) const;

    // The field a header names, or "" ("Código Postal" → "postcode").
    static QString customerField(const QString &header);

private:
    Database &m_db;
};

} // namespace ordo
