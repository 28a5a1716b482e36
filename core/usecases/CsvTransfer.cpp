#include "core/usecases/CsvTransfer.h"

#include "core/common/Clock.h"

#include "core/assets/Assets.h"
#include "core/common/Authorization.h"
#include "core/common/Csv.h"
#include "core/common/DocumentText.h"
#include "core/domain/TaxIds.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace ordo {

namespace {

QString digitsOf(const QString &phone)
{
    QString d;
    for (QChar c : phone)
        if (c.isDigit())
            d.append(c);
    if (d.size() == 11 && d.startsWith(QLatin1String("34")))  // +34 600… and 600… are one phone
        d = d.mid(2);
    return d;
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return shape.match(email).hasMatch();
}

// The same text however it is typed: "C/ Mayor, 3" and "c/ mayor 3" are one address.
QString sameKey(const QString &text)
{
    return csv::headerKey(text);
}

// A step an imported order may be put in: open, and not one that makes, sends or waits for its invoice.
bool importable(const Step &s)
{
    return s.kind == StepKind::Open && s.handler != StepHandler::CreateInvoice && s.handler != StepHandler::SendInvoice
           && s.exitRequires == ExitRequirement::None;
}

// The reader's short date with the whole year (31/12/2024, not 31/12/24): the file's own form.
QString dateCell(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, fullYearDateFormat()) : QString();
}

// A spreadsheet read for an import, with the problems every import shares said in the preview (not
// readable, empty, too many rows, two columns read as one field); `at` is each field's column, as
// `fieldOf` reads the headers. Nothing when the file cannot be read at all.
template<typename Preview, typename FieldOf>
std::optional<csv::Table> readSheet(const QByteArray &bytes, Preview &preview, QHash<QString, int> &at, FieldOf fieldOf)
{
    auto table = csv::Reader::read(bytes);
    if (!table) {
        preview.fileProblems << table.error().message;
        return std::nullopt;
    }
    preview.encoding = table->encoding;
    preview.separator = table->separator;
    if (table->records.isEmpty()) {
        preview.fileProblems << CsvTransfer::tr("The file is empty.");
        return std::nullopt;
    }
    if (table->records.size() - 1 > CsvTransfer::MaxRows) {
        preview.fileProblems << CsvTransfer::tr("The file has more than %1 rows; split it.").arg(CsvTransfer::MaxRows);
        return std::nullopt;
    }
    const QStringList header = table->records.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString f = fieldOf(header.at(i));
        preview.columns << f;
        if (f.isEmpty())
            continue;
        if (at.contains(f))
            preview.fileProblems << CsvTransfer::tr("Two columns are read as the same field: “%1” and “%2”.")
                                        .arg(header.at(at.value(f)), header.at(i));
        else
            at.insert(f, i);
    }
    return std::move(*table);
}

} // namespace

QString toKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers: return QStringLiteral("customers");
    case ImportKind::Sites: return QStringLiteral("sites");
    case ImportKind::Assets: return QStringLiteral("assets");
    case ImportKind::Orders: return QStringLiteral("orders");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    for (ImportKind k : {ImportKind::Customers, ImportKind::Sites, ImportKind::Assets, ImportKind::Orders})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

int ImportPreview::problemRows() const
{
    int n = 0;
    for (const ImportRow &r : rows)
        if (!r.problems.isEmpty())
            ++n;
    return n;
}

int CustomerImportPreview::problemRows() const
{
    int n = 0;
    for (const CustomerImportRow &r : rows)
        if (!r.problems.isEmpty())
            ++n;
    return n;
}

QString CsvTransfer::customerField(const QString &header)
{
    static const QHash<QString, QString> fields{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("nombre"), QStringLiteral("name")},
        {QStringLiteral("cliente"), QStringLiteral("name")},
        {QStringLiteral("customer"), QStringLiteral("name")},
        {QStringLiteral("nombre y apellidos"), QStringLiteral("name")},
        {QStringLiteral("razon social"), QStringLiteral("name")},
        {QStringLiteral("tax id"), QStringLiteral("tax_id")},
        {QStringLiteral("taxid"), QStringLiteral("tax_id")},
        {QStringLiteral("vat"), QStringLiteral("tax_id")},
        {QStringLiteral("nif"), QStringLiteral("tax_id")},
        {QStringLiteral("cif"), QStringLiteral("tax_id")},
        {QStringLiteral("dni"), QStringLiteral("tax_id")},
        {QStringLiteral("nif cif"), QStringLiteral("tax_id")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("telephone"), QStringLiteral("phone")},
        {QStringLiteral("telefono"), QStringLiteral("phone")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("telefono 1"), QStringLiteral("phone")},
        {QStringLiteral("phone2"), QStringLiteral("phone2")},
        {QStringLiteral("phone 2"), QStringLiteral("phone2")},
        {QStringLiteral("mobile"), QStringLiteral("phone2")},
        {QStringLiteral("telefono 2"), QStringLiteral("phone2")},
        {QStringLiteral("movil"), QStringLiteral("phone2")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("e mail"), QStringLiteral("email")},
        {QStringLiteral("correo"), QStringLiteral("email")},
        {QStringLiteral("correo electronico"), QStringLiteral("email")},
        {QStringLiteral("address"), QStringLiteral("address")},
        {QStringLiteral("direccion"), QStringLiteral("address")},
        {QStringLiteral("domicilio"), QStringLiteral("address")},
        {QStringLiteral("postcode"), QStringLiteral("postcode")},
        {QStringLiteral("postal code"), QStringLiteral("postcode")},
        {QStringLiteral("zip"), QStringLiteral("postcode")},
        {QStringLiteral("codigo postal"), QStringLiteral("postcode")},
        {QStringLiteral("cp"), QStringLiteral("postcode")},
        {QStringLiteral("c p"), QStringLiteral("postcode")},
        {QStringLiteral("city"), QStringLiteral("city")},
        {QStringLiteral("town"), QStringLiteral("city")},
        {QStringLiteral("ciudad"), QStringLiteral("city")},
        {QStringLiteral("poblacion"), QStringLiteral("city")},
        {QStringLiteral("localidad"), QStringLiteral("city")},
        {QStringLiteral("municipio"), QStringLiteral("city")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("notas"), QStringLiteral("notes")},
        {QStringLiteral("observaciones"), QStringLiteral("notes")},
        {QStringLiteral("language"), QStringLiteral("language")},
        {QStringLiteral("idioma"), QStringLiteral("language")},
    };
    return fields.value(csv::headerKey(header));
}

Result<CustomerImportPreview> CsvTransfer::previewCustomers(const QByteArray &bytes) const
{
    CustomerImportPreview preview;
    QHash<QString, int> at;
    auto table = readSheet(bytes, preview, at, &CsvTransfer::customerField);
    if (!table)
        return preview;
    const QStringList header = table->records.first();
    if (!at.contains(QStringLiteral("name"))) {
        preview.fileProblems << tr("No column names the customer: the first line must be the headers, one of them Nombre or name.");
        return preview;
    }

    // What is there already, to find a customer imported twice.
    QHash<QString, QString> knownTaxIds, knownPhones, knownEmails;  // key → customer's name
    auto known = m_db.run(QStringLiteral("SELECT name, tax_id, phone, email FROM customers"));
    if (!known)
        return known.error();
    while (known->next()) {
        const QString name = known->value(0).toString();
        if (const QString t = known->value(1).toString(); !t.isEmpty())
            knownTaxIds.insert(t, name);
        if (const QString p = digitsOf(known->value(2).toString()); p.size() >= 6)
            knownPhones.insert(p, name);
        if (const QString e = known->value(3).toString().trimmed().toLower(); !e.isEmpty())
            knownEmails.insert(e, name);
    }
    known->finish();

    QHash<QString, int> fileTaxIds, filePhones, fileEmails;  // key → line
    for (int r = 1; r < table->records.size(); ++r) {
        const QStringList &record = table->records.at(r);
        CustomerImportRow row;
        row.line = table->lines.at(r);
        auto value = [&](const QString &field) {
            const int i = at.value(field, -1);
            return i >= 0 && i < record.size() ? csv::unprotect(record.at(i).trimmed()) : QString();
        };
        if (record.size() != header.size())
            row.problems << tr("%1 fields where the header has %2 (a separator inside a value that is not in quotes?).")
                                .arg(record.size())
                                .arg(header.size());
        Customer &c = row.customer;
        c.name = value(QStringLiteral("name")).simplified();
        c.taxId = value(QStringLiteral("tax_id"));
        c.phone = value(QStringLiteral("phone"));
        c.phone2 = value(QStringLiteral("phone2"));
        c.email = value(QStringLiteral("email"));
        c.address = value(QStringLiteral("address")).simplified();
        c.postcode = value(QStringLiteral("postcode"));
        c.city = value(QStringLiteral("city")).simplified();
        c.notes = value(QStringLiteral("notes"));
        const QString language = value(QStringLiteral("language")).toLower();
        if (!language.isEmpty())
            c.language = language.startsWith(QLatin1String("en")) || language.startsWith(QLatin1String("ing")) ? QStringLiteral("en")
                                                                                                                 : QStringLiteral("es");
        if (c.name.isEmpty())
            row.problems << tr("No name.");
        if (c.name.size() > 200)
            row.problems << tr("The name is longer than 200 characters.");
        if (const QString problem = taxIdProblem(c.taxId); !problem.isEmpty())
            row.problems << problem;
        else
            c.taxId = normalizeTaxId(c.taxId);
        if (!c.email.isEmpty() && !looksLikeEmail(c.email))
            row.problems << tr("“%1” is not an e-mail address.").arg(c.email);
        static const QRegularExpression fourDigits(QStringLiteral(R"(^\d{4}$)"));
        if (fourDigits.match(c.postcode).hasMatch())
            c.postcode.prepend(QLatin1Char('0'));  // a spreadsheet dropped the leading zero of 08001
        if (c.postcode.size() > 10)
            row.problems << tr("“%1” is not a postcode.").arg(c.postcode);

        const QString phone = digitsOf(c.phone);
        const QString email = c.email.toLower();
        if (!c.taxId.isEmpty()) {
            if (knownTaxIds.contains(c.taxId))
                row.problems << tr("Already a customer: %1 has the NIF %2.").arg(knownTaxIds.value(c.taxId), c.taxId);
            else if (fileTaxIds.contains(c.taxId))
                row.problems << tr("The same NIF as line %1.").arg(fileTaxIds.value(c.taxId));
            else
                fileTaxIds.insert(c.taxId, row.line);
        }
        if (phone.size() >= 6) {
            if (knownPhones.contains(phone))
                row.problems << tr("Already a customer: %1 has the phone %2.").arg(knownPhones.value(phone), c.phone);
            else if (filePhones.contains(phone))
                row.problems << tr("The same phone as line %1.").arg(filePhones.value(phone));
            else
                filePhones.insert(phone, row.line);
        }
        if (!email.isEmpty()) {
            if (knownEmails.contains(email))
                row.problems << tr("Already a customer: %1 has the e-mail %2.").arg(knownEmails.value(email), c.email);
            else if (fileEmails.contains(email))
                row.problems << tr("The same e-mail as line %1.").arg(fileEmails.value(email));
            else
                fileEmails.insert(email, row.line);
        }
        preview.rows.append(row);
    }
    if (preview.rows.isEmpty())
        preview.fileProblems << tr("The file has headers but no customers.");
    return preview;
}

Result<int> CsvTransfer::importCustomers(const QByteArray &bytes, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
        return allowed.error();
    auto done = withTransaction(m_db, [&]() -> Result<int> {
        // Checked inside the transaction, so nobody adds a duplicate between the check and the write.
        auto preview = previewCustomers(bytes);
        if (!preview)
            return preview.error();
        if (!preview->fileProblems.isEmpty())
            return makeError(ErrorCode::Invalid, preview->fileProblems.join(QLatin1Char(' ')) + QLatin1Char(' ') + tr("Nothing was imported."));
        if (const int bad = preview->problemRows(); bad > 0) {
            QStringList first;
            for (const CustomerImportRow &r : preview->rows)
                if (!r.problems.isEmpty() && first.size() < 3)
                    first << tr("line %1: %2").arg(r.line).arg(r.problems.join(QLatin1Char(' ')));
            return makeError(ErrorCode::Invalid, tr("%n row(s) have problems; nothing was imported.", nullptr, bad) + QLatin1Char(' ')
                                                     + first.join(QStringLiteral("; ")));
        }
        CustomerRepository customers(m_db);
        for (const CustomerImportRow &r : preview->rows) {
            auto id = customers.add(r.customer);
            if (!id)
                return makeError(id.error().code, tr("Line %1: %2 Nothing was imported.").arg(r.line).arg(id.error().message));
            if (!r.customer.address.isEmpty()) {
                Site site;
                site.customerId = *id;
                site.address = r.customer.address;
                site.postcode = r.customer.postcode;
                site.city = r.customer.city;
                if (auto s = customers.addSite(site); !s)
                    return s.error();
            }
        }
        return int(preview->rows.size());
    });
    if (done)
        m_db.notifier().announceCustomers();
    return done;
}

Result<QByteArray> CsvTransfer::exportOrders(bool openOnly) const
{
    QList<QStringList> records;
    records << QStringList{tr("Number"),   tr("Customer"),    tr("NIF"),      tr("Site"),        tr("Postcode"),
                           tr("Step"),     tr("Job type"),    tr("Priority"), tr("Title"),       tr("Created"),
                           tr("Due"),      tr("Responsible"), tr("Assignee"), tr("Base amount"), tr("Description")};
    auto q = m_db.run(QStringLiteral(
                          "SELECT o.id, o.number, c.name, c.tax_id, COALESCE(s.address, c.address), COALESCE(s.postcode, c.postcode), "
                          "st.name, o.job_type, o.priority, o.title, o.created_at, o.due_at, COALESCE(r.name, ''), "
                          "COALESCE(a.name, ''), o.description, li.quantity, li.unit_price, li.discount "
                          "FROM work_orders o JOIN customers c ON c.id = o.customer_id JOIN steps st ON st.id = o.step_id "
                          "LEFT JOIN sites s ON s.id = o.site_id LEFT JOIN staff r ON r.id = o.responsible_id "
                          "LEFT JOIN staff a ON a.id = o.assignee_id LEFT JOIN line_items li ON li.order_id = o.id ")
                      + (openOnly ? QStringLiteral("WHERE o.is_open = 1 ") : QString()) + QStringLiteral("ORDER BY o.id DESC"));
    if (!q)
        return q.error();
    auto when = [](const QVariant &secs) {
        return secs.isNull() ? QString()
                             : QDateTime::fromSecsSinceEpoch(secs.toLongLong()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    Id current = 0;
    Cents base = 0;
    QStringList record;
    auto flush = [&] {
        if (current) {
            record[13] = csv::formatCents(base);
            records << record;
        }
    };
    while (q->next()) {
        const Id id = q->value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            base = 0;
            const auto priority = static_cast<Priority>(q->value(8).toInt());
            record = QStringList{q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                                 q->value(5).toString(), q->value(6).toString(), q->value(7).toString(), displayName(priority),
                                 q->value(9).toString(), when(q->value(10)), when(q->value(11)), q->value(12).toString(),
                                 q->value(13).toString(), QString(), q->value(14).toString()};
        }
        if (!q->value(15).isNull())
            base += money::lineNet(q->value(15).toLongLong(), q->value(16).toLongLong(), q->value(17).toInt());
    }
    flush();
    return csv::write(records);
}

} // namespace ordo

// --- Sites, assets and open orders ---------------------------------------------------------------

namespace ordo {

struct CsvTransfer::Prepared
{
    struct Order
    {
        NewWorkOrder order;
        Id stepId = 0;
        bool firstStep = true;
    };
    ImportPreview preview;
    QList<Site> sites;
    QList<Asset> assets;
    QList<Order> orders;
};

QString CsvTransfer::importField(ImportKind kind, const QString &header)
{
    if (kind == ImportKind::Customers)
        return customerField(header);
    // Who the row is about, in every kind but customers.
    static const QHash<QString, QString> common{
        {QStringLiteral("customer"), QStringLiteral("customer")},
        {QStringLiteral("cliente"), QStringLiteral("customer")},
        {QStringLiteral("customer name"), QStringLiteral("customer")},
        {QStringLiteral("nombre del cliente"), QStringLiteral("customer")},
        {QStringLiteral("nombre"), QStringLiteral("customer")},
        {QStringLiteral("name"), QStringLiteral("customer")},
        {QStringLiteral("razon social"), QStringLiteral("customer")},
        {QStringLiteral("nif"), QStringLiteral("tax_id")},
        {QStringLiteral("cif"), QStringLiteral("tax_id")},
        {QStringLiteral("dni"), QStringLiteral("tax_id")},
        {QStringLiteral("nif cif"), QStringLiteral("tax_id")},
        {QStringLiteral("tax id"), QStringLiteral("tax_id")},
        {QStringLiteral("taxid"), QStringLiteral("tax_id")},
        {QStringLiteral("vat"), QStringLiteral("tax_id")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("telephone"), QStringLiteral("phone")},
        {QStringLiteral("telefono"), QStringLiteral("phone")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("e mail"), QStringLiteral("email")},
        {QStringLiteral("correo"), QStringLiteral("email")},
        {QStringLiteral("correo electronico"), QStringLiteral("email")},
        {QStringLiteral("address"), QStringLiteral("address")},
        {QStringLiteral("direccion"), QStringLiteral("address")},
        {QStringLiteral("domicilio"), QStringLiteral("address")},
        {QStringLiteral("site"), QStringLiteral("address")},
        {QStringLiteral("obra"), QStringLiteral("address")},
        {QStringLiteral("direccion de obra"), QStringLiteral("address")},
        {QStringLiteral("emplazamiento"), QStringLiteral("address")},
        {QStringLiteral("postcode"), QStringLiteral("postcode")},
        {QStringLiteral("postal code"), QStringLiteral("postcode")},
        {QStringLiteral("zip"), QStringLiteral("postcode")},
        {QStringLiteral("codigo postal"), QStringLiteral("postcode")},
        {QStringLiteral("cp"), QStringLiteral("postcode")},
        {QStringLiteral("c p"), QStringLiteral("postcode")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("notas"), QStringLiteral("notes")},
        {QStringLiteral("observaciones"), QStringLiteral("notes")},
    };
    static const QHash<QString, QString> sites{
        {QStringLiteral("city"), QStringLiteral("city")},
        {QStringLiteral("town"), QStringLiteral("city")},
        {QStringLiteral("ciudad"), QStringLiteral("city")},
        {QStringLiteral("poblacion"), QStringLiteral("city")},
        {QStringLiteral("localidad"), QStringLiteral("city")},
        {QStringLiteral("municipio"), QStringLiteral("city")},
    };
    static const QHash<QString, QString> assets{
        {QStringLiteral("type"), QStringLiteral("type")},
        {QStringLiteral("tipo"), QStringLiteral("type")},
        {QStringLiteral("asset type"), QStringLiteral("type")},
        {QStringLiteral("tipo de activo"), QStringLiteral("type")},
        {QStringLiteral("model"), QStringLiteral("model")},
        {QStringLiteral("modelo"), QStringLiteral("model")},
        {QStringLiteral("specification"), QStringLiteral("specification")},
        {QStringLiteral("especificacion"), QStringLiteral("specification")},
        {QStringLiteral("medidas"), QStringLiteral("specification")},
        {QStringLiteral("tamano"), QStringLiteral("specification")},
        {QStringLiteral("size"), QStringLiteral("specification")},
        {QStringLiteral("serial"), QStringLiteral("serial")},
        {QStringLiteral("serial number"), QStringLiteral("serial")},
        {QStringLiteral("sn"), QStringLiteral("serial")},
        {QStringLiteral("s n"), QStringLiteral("serial")},
        {QStringLiteral("serie"), QStringLiteral("serial")},
        {QStringLiteral("numero de serie"), QStringLiteral("serial")},
        {QStringLiteral("n de serie"), QStringLiteral("serial")},
        {QStringLiteral("no de serie"), QStringLiteral("serial")},
        {QStringLiteral("nº de serie"), QStringLiteral("serial")},
        {QStringLiteral("n serie"), QStringLiteral("serial")},
        {QStringLiteral("nº serie"), QStringLiteral("serial")},
        {QStringLiteral("installed"), QStringLiteral("installed")},
        {QStringLiteral("installed on"), QStringLiteral("installed")},
        {QStringLiteral("installation date"), QStringLiteral("installed")},
        {QStringLiteral("fecha de instalacion"), QStringLiteral("installed")},
        {QStringLiteral("fecha instalacion"), QStringLiteral("installed")},
        {QStringLiteral("instalacion"), QStringLiteral("installed")},
        {QStringLiteral("instalado"), QStringLiteral("installed")},
        {QStringLiteral("warranty end"), QStringLiteral("warranty_end")},
        {QStringLiteral("warranty until"), QStringLiteral("warranty_end")},
        {QStringLiteral("warranty"), QStringLiteral("warranty_end")},
        {QStringLiteral("fin de garantia"), QStringLiteral("warranty_end")},
        {QStringLiteral("fin garantia"), QStringLiteral("warranty_end")},
        {QStringLiteral("garantia hasta"), QStringLiteral("warranty_end")},
        {QStringLiteral("garantia"), QStringLiteral("warranty_end")},
    };
    static const QHash<QString, QString> orders{
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("titulo"), QStringLiteral("title")},
        {QStringLiteral("trabajo"), QStringLiteral("title")},
        {QStringLiteral("asunto"), QStringLiteral("title")},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("descripcion"), QStringLiteral("description")},
        {QStringLiteral("detalle"), QStringLiteral("description")},
        {QStringLiteral("job type"), QStringLiteral("job_type")},
        {QStringLiteral("tipo de trabajo"), QStringLiteral("job_type")},
        {QStringLiteral("type"), QStringLiteral("job_type")},
        {QStringLiteral("tipo"), QStringLiteral("job_type")},
        {QStringLiteral("priority"), QStringLiteral("priority")},
        {QStringLiteral("prioridad"), QStringLiteral("priority")},
        {QStringLiteral("step"), QStringLiteral("step")},
        {QStringLiteral("paso"), QStringLiteral("step")},
        {QStringLiteral("estado"), QStringLiteral("step")},
        {QStringLiteral("status"), QStringLiteral("step")},
        {QStringLiteral("fase"), QStringLiteral("step")},
        {QStringLiteral("due"), QStringLiteral("due")},
        {QStringLiteral("due date"), QStringLiteral("due")},
        {QStringLiteral("fecha limite"), QStringLiteral("due")},
        {QStringLiteral("vence"), QStringLiteral("due")},
        {QStringLiteral("vencimiento"), QStringLiteral("due")},
        {QStringLiteral("fecha prevista"), QStringLiteral("due")},
        {QStringLiteral("plazo"), QStringLiteral("due")},
        {QStringLiteral("amount"), QStringLiteral("amount")},
        {QStringLiteral("base amount"), QStringLiteral("amount")},
        {QStringLiteral("importe"), QStringLiteral("amount")},
        {QStringLiteral("base imponible"), QStringLiteral("amount")},
        {QStringLiteral("precio"), QStringLiteral("amount")},
        {QStringLiteral("price"), QStringLiteral("amount")},
    };
    const QString key = csv::headerKey(header);
    const QHash<QString, QString> &own = kind == ImportKind::Sites ? sites : kind == ImportKind::Assets ? assets : orders;
    if (own.contains(key))
        return own.value(key);
    const QString f = common.value(key);
    if (f == QLatin1String("notes") && kind == ImportKind::Orders)
        return QStringLiteral("description");
    return f;
}

QDate CsvTransfer::parseDate(const QString &text, QTime *time)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$)"));
    static const QRegularExpression dmy(
        QStringLiteral(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?$)"));
    const QString t = text.trimmed();
    QDate day;
    QRegularExpressionMatch m = iso.match(t);
    if (m.hasMatch()) {
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if ((m = dmy.match(t)).hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)  // "15/06/98" is 1998; up to ten years ahead is this century
            year += year > (Clock::today().year() % 100) + 10 ? 1900 : 2000;
        day = QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (time)
        *time = day.isValid() && !m.captured(4).isEmpty() ? QTime(m.captured(4).toInt(), m.captured(5).toInt()) : QTime();
    return day;
}

Result<ImportPreview> CsvTransfer::preview(ImportKind kind, const QByteArray &bytes) const
{
    auto prepared = prepare(kind, bytes);
    if (!prepared)
        return prepared.error();
    return prepared->preview;
}

Result<CsvTransfer::Prepared> CsvTransfer::prepare(ImportKind kind, const QByteArray &bytes) const
{
    Prepared prepared;
    ImportPreview &preview = prepared.preview;
    preview.kind = kind;
    if (kind == ImportKind::Customers) {
        auto customers = previewCustomers(bytes);
        if (!customers)
            return customers.error();
        preview.encoding = customers->encoding;
        preview.separator = customers->separator;
        preview.columns = customers->columns;
        preview.fileProblems = customers->fileProblems;
        preview.headings = QStringList{tr("Name"), tr("NIF"), tr("Phone"), tr("E-mail"), tr("Address"), tr("City")};
        for (const CustomerImportRow &r : customers->rows) {
            const Customer &c = r.customer;
            preview.rows.append(ImportRow{r.line,
                                          {c.name, c.taxId, c.phone, c.email, QStringList{c.address, c.postcode}.join(QLatin1Char(' ')).trimmed(),
                                           c.city},
                                          r.problems});
        }
        return prepared;
    }
    switch (kind) {
    case ImportKind::Sites:
        preview.headings = QStringList{tr("Customer"), tr("Address"), tr("Postcode"), tr("City"), tr("Notes")};
        break;
    case ImportKind::Assets:
        preview.headings = QStringList{tr("Customer"), tr("Site"), tr("Type"), tr("Model"), tr("Serial number"), tr("Installed"),
                                       tr("Warranty end")};
        break;
    default:
        preview.headings = QStringList{tr("Customer"), tr("Site"), tr("Title"), tr("Step"), tr("Due"), tr("Amount")};
        break;
    }

    QHash<QString, int> at;
    auto table = readSheet(bytes, preview, at, [kind](const QString &text) { return importField(kind, text); });
    if (!table)
        return prepared;
    const QStringList header = table->records.first();
    if (!at.contains(QStringLiteral("customer")) && !at.contains(QStringLiteral("tax_id")) && !at.contains(QStringLiteral("phone"))
        && !at.contains(QStringLiteral("email")))
        preview.fileProblems << tr("No column names the customer: the first line must be the headers, one of them Cliente, NIF, "
                                   "Teléfono or Email (customer, tax_id, phone, email).");
    if (kind == ImportKind::Sites && !at.contains(QStringLiteral("address")))
        preview.fileProblems << tr("No column holds the address: one of the headers must be Dirección or address.");
    if (kind == ImportKind::Assets && !at.contains(QStringLiteral("type")))
        preview.fileProblems << tr("No column holds the asset's type: one of the headers must be Tipo or type.");
    if (kind == ImportKind::Orders && !at.contains(QStringLiteral("title")))
        preview.fileProblems << tr("No column holds the order's title: one of the headers must be Título or title.");
    if (!preview.fileProblems.isEmpty())
        return prepared;

    // The customers and their sites, to find whom each row is about.
    QHash<QString, QList<Id>> byTaxId, byPhone, byEmail, byName;
    QHash<Id, QString> names;
    auto customers = m_db.run(QStringLiteral("SELECT id, name, tax_id, phone, phone2, email FROM customers"));
    if (!customers)
        return customers.error();
    while (customers->next()) {
        const Id id = customers->value(0).toLongLong();
        names.insert(id, customers->value(1).toString());
        byName[sameKey(customers->value(1).toString())].append(id);
        if (const QString t = customers->value(2).toString(); !t.isEmpty())
            byTaxId[t].append(id);
        for (int p : {3, 4})
            if (const QString d = digitsOf(customers->value(p).toString()); d.size() >= 6 && !byPhone.value(d).contains(id))
                byPhone[d].append(id);
        if (const QString e = customers->value(5).toString().trimmed().toLower(); !e.isEmpty())
            byEmail[e].append(id);
    }
    customers->finish();
    QHash<QPair<Id, QString>, Id> siteAt;  // (customer, address key) → site
    auto sites = m_db.run(QStringLiteral("SELECT id, customer_id, address FROM sites ORDER BY id"));
    if (!sites)
        return sites.error();
    while (sites->next()) {
        const QPair<Id, QString> key{sites->value(1).toLongLong(), sameKey(sites->value(2).toString())};
        if (!siteAt.contains(key))
            siteAt.insert(key, sites->value(0).toLongLong());
    }
    sites->finish();

    // What is there already, to find a row imported twice.
    QHash<QPair<Id, QString>, QString> knownSerials;  // (customer, serial) → the asset's name
    QHash<QPair<Id, QString>, QString> knownOrders;   // (customer, title key) → the open order's number
    if (kind == ImportKind::Assets) {
        auto q = m_db.run(QStringLiteral("SELECT customer_id, serial, asset_type, model FROM assets WHERE serial <> ''"));
        if (!q)
            return q.error();
        while (q->next())
            knownSerials.insert({q->value(0).toLongLong(), q->value(1).toString().trimmed().toLower()},
                                Asset::displayName(q->value(2).toString(), q->value(3).toString()));
        q->finish();
    }
    WorkflowVersion map;
    if (kind == ImportKind::Orders) {
        auto q = m_db.run(QStringLiteral("SELECT customer_id, title, number FROM work_orders WHERE is_open = 1"));
        if (!q)
            return q.error();
        while (q->next())
            knownOrders.insert({q->value(0).toLongLong(), sameKey(q->value(1).toString())}, q->value(2).toString());
        q->finish();
        auto wf = WorkflowRepository(m_db).defaultLatest();
        if (!wf)
            return wf.error();
        map = *wf;
    }
    const Step *first = map.step(map.initialStepId);

    QHash<QPair<Id, QString>, int> fileKeys;  // (customer, address / serial / title) → line
    for (int r = 1; r < table->records.size(); ++r) {
        const QStringList &record = table->records.at(r);
        ImportRow row;
        row.line = table->lines.at(r);
        auto value = [&](const QString &field) {
            const int i = at.value(field, -1);
            QString text = i >= 0 && i < record.size() ? csv::unprotect(record.at(i).trimmed()) : QString();
            return text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        };
        if (record.size() != header.size())
            row.problems << tr("%1 fields where the header has %2 (a separator inside a value that is not in quotes?).")
                                .arg(record.size())
                                .arg(header.size());

        // Whom it is about: the first of NIF, phone, e-mail and name given decides.
        const QString givenName = value(QStringLiteral("customer")).simplified();
        const QString givenTaxId = value(QStringLiteral("tax_id"));
        const QString givenPhone = value(QStringLiteral("phone"));
        const QString givenEmail = value(QStringLiteral("email"));
        Id customerId = 0;
        auto decide = [&](const QList<Id> &found, const QString &none, const QString &many) {
            if (found.size() == 1)
                customerId = found.first();
            else
                row.problems << (found.isEmpty() ? none : many);
        };
        if (!givenTaxId.isEmpty()) {
            const QString taxId = taxIdProblem(givenTaxId).isEmpty() ? normalizeTaxId(givenTaxId) : givenTaxId;
            decide(byTaxId.value(taxId), tr("No customer has the NIF %1.").arg(givenTaxId),
                   tr("%n customers have the NIF %1: give their phone instead.", nullptr, int(byTaxId.value(taxId).size())).arg(givenTaxId));
        } else if (const QString d = digitsOf(givenPhone); !givenPhone.isEmpty()) {
            decide(d.size() >= 6 ? byPhone.value(d) : QList<Id>(), tr("No customer has the phone %1.").arg(givenPhone),
                   tr("%n customers have the phone %1: give their NIF instead.", nullptr, int(byPhone.value(d).size())).arg(givenPhone));
        } else if (!givenEmail.isEmpty()) {
            const QString e = givenEmail.toLower();
            decide(byEmail.value(e), tr("No customer has the e-mail %1.").arg(givenEmail),
                   tr("%n customers have the e-mail %1: give their NIF or phone instead.", nullptr, int(byEmail.value(e).size()))
                       .arg(givenEmail));
        } else if (!givenName.isEmpty()) {
            const QList<Id> found = byName.value(sameKey(givenName));
            decide(found, tr("No customer is called “%1”.").arg(givenName),
                   tr("%n customers are called “%1”: give their NIF or phone.", nullptr, int(found.size())).arg(givenName));
        } else {
            row.problems << tr("No customer: give their name, NIF, phone or e-mail.");
        }
        const QString customerShown = customerId ? names.value(customerId) : givenName.isEmpty() ? QStringList{givenTaxId, givenPhone, givenEmail}.join(QLatin1Char(' ')).simplified() : givenName;

        // Where: a site of that customer, found by its address.
        const QString address = value(QStringLiteral("address")).simplified();
        std::optional<Id> siteId;
        if (kind != ImportKind::Sites && !address.isEmpty() && customerId) {
            const QPair<Id, QString> key{customerId, sameKey(address)};
            if (siteAt.contains(key))
                siteId = siteAt.value(key);
            else
                row.problems << tr("%1 has no site at “%2”: import the sites first, or leave the address empty.")
                                    .arg(names.value(customerId), address);
        }
        auto once = [&](const QString &what, const QString &sameAsLine) {
            const QPair<Id, QString> key{customerId, what};
            if (fileKeys.contains(key)) {
                row.problems << sameAsLine.arg(fileKeys.value(key));
                return false;
            }
            fileKeys.insert(key, row.line);
            return true;
        };
        auto date = [&](const QString &field, QTime *time = nullptr) {
            const QString text = value(field);
            const QDate day = text.isEmpty() ? QDate() : parseDate(text, time);
            if (!text.isEmpty() && !day.isValid())
                row.problems << tr("“%1” is not a date (write 31/12/2024 or 2024-12-31).").arg(text);
            return day;
        };

        if (kind == ImportKind::Sites) {
            Site s;
            s.customerId = customerId;
            s.address = address;
            s.postcode = value(QStringLiteral("postcode"));
            static const QRegularExpression fourDigits(QStringLiteral(R"(^\d{4}$)"));
            if (fourDigits.match(s.postcode).hasMatch())
                s.postcode.prepend(QLatin1Char('0'));  // a spreadsheet dropped the leading zero of 08001
            s.city = value(QStringLiteral("city")).simplified();
            s.notes = value(QStringLiteral("notes"));
            if (s.address.isEmpty())
                row.problems << tr("No address.");
            if (s.address.size() > 500)
                row.problems << tr("The address is longer than 500 characters.");
            if (s.postcode.size() > 10)
                row.problems << tr("“%1” is not a postcode.").arg(s.postcode);
            if (customerId && !s.address.isEmpty()) {
                if (siteAt.contains({customerId, sameKey(s.address)}))
                    row.problems << tr("Already a site of %1: %2.").arg(names.value(customerId), s.address);
                else
                    once(sameKey(s.address), tr("The same site as line %1."));
            }
            row.values = QStringList{customerShown, s.address, s.postcode, s.city, s.notes};
            prepared.sites.append(s);
        } else if (kind == ImportKind::Assets) {
            Asset a;
            a.customerId = customerId;
            a.siteId = siteId;
            a.type = value(QStringLiteral("type")).simplified();
            a.model = value(QStringLiteral("model")).simplified();
            a.specification = value(QStringLiteral("specification")).simplified();
            a.serial = value(QStringLiteral("serial"));
            a.installedOn = date(QStringLiteral("installed"));
            a.warrantyUntil = date(QStringLiteral("warranty_end"));
            a.notes = value(QStringLiteral("notes"));
            if (a.type.isEmpty())
                row.problems << tr("No type (window, blind, boiler…).");
            if (a.type.size() > 200 || a.model.size() > 500 || a.specification.size() > 500 || a.serial.size() > 200)
                row.problems << tr("A field of the asset is too long.");
            if (a.installedOn.isValid() && a.installedOn > Clock::today())
                row.problems << tr("The installation date (%1) is in the future.").arg(dateCell(a.installedOn));
            if (a.installedOn.isValid() && a.warrantyUntil.isValid() && a.warrantyUntil < a.installedOn)
                row.problems << tr("The warranty ends (%1) before the installation (%2).").arg(dateCell(a.warrantyUntil), dateCell(a.installedOn));
            if (customerId && !a.serial.isEmpty()) {
                const QString serial = a.serial.toLower();
                if (knownSerials.contains({customerId, serial}))
                    row.problems << tr("Already an asset of %1: %2 has the serial number %3.")
                                        .arg(names.value(customerId), knownSerials.value({customerId, serial}), a.serial);
                else
                    once(QStringLiteral("serial:") + serial, tr("The same serial number as line %1."));
            }
            row.values = QStringList{customerShown, address, a.type, QStringList{a.model, a.specification}.join(QLatin1Char(' ')).trimmed(),
                                     a.serial, dateCell(a.installedOn), dateCell(a.warrantyUntil)};
            prepared.assets.append(a);
        } else {
            Prepared::Order o;
            NewWorkOrder &n = o.order;
            n.customerId = customerId;
            n.siteId = siteId;
            n.title = value(QStringLiteral("title")).simplified();
            n.description = value(QStringLiteral("description"));
            n.jobType = value(QStringLiteral("job_type")).simplified();
            if (const QString p = value(QStringLiteral("priority")); !p.isEmpty()) {
                // The key, the name in the reader's language, or the Spanish one whatever the language.
                static const QHash<QString, Priority> spanish{{QStringLiteral("baja"), Priority::Low},
                                                              {QStringLiteral("normal"), Priority::Normal},
                                                              {QStringLiteral("alta"), Priority::High},
                                                              {QStringLiteral("urgente"), Priority::Urgent}};
                std::optional<Priority> priority = priorityFromKey(p.toLower());
                if (spanish.contains(sameKey(p)))
                    priority = spanish.value(sameKey(p));
                for (Priority each : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
                    if (sameKey(p) == sameKey(displayName(each)))
                        priority = each;
                if (priority)
                    n.priority = *priority;
                else
                    row.problems << tr("“%1” is not a priority (%2).")
                                        .arg(p, QLocale().createSeparatedList({displayName(Priority::Low), displayName(Priority::Normal),
                                                                               displayName(Priority::High), displayName(Priority::Urgent)}));
            }
            QTime time;
            const QDate due = date(QStringLiteral("due"), &time);
            if (due.isValid())
                n.dueAt = QDateTime(due, time.isValid() ? time : QTime(18, 0)).toSecsSinceEpoch();  // as the order editor: 18:00
            if (const QString amount = value(QStringLiteral("amount")); !amount.isEmpty()) {
                const auto cents = csv::parseCents(amount);
                if (!cents || *cents < 0) {
                    row.problems << tr("“%1” is not an amount (write 1.234,56).").arg(amount);
                } else if (*cents > 0) {
                    LineItem line;
                    line.description = n.title;
                    line.unitPrice = *cents;
                    n.lines = {line};
                }
            }
            const QString stepName = value(QStringLiteral("step")).simplified();
            const Step *step = first;
            if (!stepName.isEmpty()) {
                step = nullptr;
                for (const Step &s : map.steps)
                    if (sameKey(s.name) == sameKey(stepName))
                        step = &s;
                QStringList open;
                for (const Step &s : map.steps)
                    if (importable(s))
                        open << s.name;
                if (!step)
                    row.problems << tr("The process map has no step “%1” (%2).").arg(stepName, QLocale().createSeparatedList(open));
                else if (step->kind != StepKind::Open)
                    row.problems << tr("“%1” is not a step of open orders; only open orders are imported (%2).")
                                        .arg(step->name, QLocale().createSeparatedList(open));
                else if (!importable(*step))
                    row.problems << tr("“%1” is about the order's invoice; import the order into an earlier step (%2).")
                                        .arg(step->name, QLocale().createSeparatedList(open));
            }
            if (step) {
                o.stepId = step->id;
                o.firstStep = step == first;
            }
            if (n.title.isEmpty())
                row.problems << tr("No title.");
            if (n.title.size() > 500)
                row.problems << tr("The title is longer than 500 characters.");
            if (customerId && !n.title.isEmpty()) {
                const QPair<Id, QString> key{customerId, sameKey(n.title)};
                if (knownOrders.contains(key))
                    row.problems << tr("Already an open order of %1: %2 “%3”.").arg(names.value(customerId), knownOrders.value(key), n.title);
                else
                    once(QStringLiteral("title:") + sameKey(n.title), tr("The same order as line %1."));
            }
            row.values = QStringList{customerShown, address, n.title, step ? step->name : stepName, dateCell(due),
                                     n.lines.isEmpty() ? QString() : csv::formatCents(n.lines.first().unitPrice)};
            prepared.orders.append(o);
        }
        preview.rows.append(row);
    }
    if (preview.rows.isEmpty())
        preview.fileProblems << tr("The file has headers but no rows to import.");
    return prepared;
}

Result<int> CsvTransfer::import(ImportKind kind, const QByteArray &bytes, const Actor &by)
{
    if (kind == ImportKind::Customers)
        return importCustomers(bytes, by);
    if (auto allowed = authorize(by, kind == ImportKind::Orders ? Permission::CreateOrders : Permission::EditCustomers); !allowed)
        return allowed.error();
    auto done = withTransaction(m_db, [&]() -> Result<int> {
        // Checked inside the transaction, so nobody adds a duplicate between the check and the write.
        auto prepared = prepare(kind, bytes);
        if (!prepared)
            return prepared.error();
        const ImportPreview &preview = prepared->preview;
        if (!preview.fileProblems.isEmpty())
            return makeError(ErrorCode::Invalid, preview.fileProblems.join(QLatin1Char(' ')) + QLatin1Char(' ') + tr("Nothing was imported."));
        if (const int bad = preview.problemRows(); bad > 0) {
            QStringList first;
            for (const ImportRow &r : preview.rows)
                if (!r.problems.isEmpty() && first.size() < 3)
                    first << tr("line %1: %2").arg(r.line).arg(r.problems.join(QLatin1Char(' ')));
            return makeError(ErrorCode::Invalid, tr("%n row(s) have problems; nothing was imported.", nullptr, bad) + QLatin1Char(' ')
                                                     + first.join(QStringLiteral("; ")));
        }
        auto failed = [&](int row, const Error &e) {
            return makeError(e.code, tr("Line %1: %2 Nothing was imported.").arg(preview.rows.at(row).line).arg(e.message));
        };
        CustomerRepository customers(m_db);
        AssetRegistry assets(m_db);
        WorkOrderService orders(m_db);
        OrderMoves moves(m_db);
        for (int i = 0; i < preview.rows.size(); ++i) {
            if (kind == ImportKind::Sites) {
                if (auto id = customers.addSite(prepared->sites.at(i)); !id)
                    return failed(i, id.error());
            } else if (kind == ImportKind::Assets) {
                if (auto id = assets.add(prepared->assets.at(i), by); !id)
                    return failed(i, id.error());
            } else {
                const Prepared::Order &o = prepared->orders.at(i);
                auto order = orders.create(o.order, by);
                if (!order)
                    return failed(i, order.error());
                if (!o.firstStep)
                    if (auto placed = moves.imported(order->id, o.stepId, by); !placed)
                        return failed(i, placed.error());
            }
        }
        return int(preview.rows.size());
    });
    if (done && kind != ImportKind::Orders)
        m_db.notifier().announceCustomers();
    return done;
}

Result<QByteArray> CsvTransfer::exportCustomers() const
{
    QList<QStringList> records;
    records << QStringList{tr("Name"),    tr("NIF"),      tr("Phone"), tr("Phone 2"), tr("E-mail"),
                           tr("Address"), tr("Postcode"), tr("City"),  tr("Notes"),   tr("Language")};
    auto q = m_db.run(QStringLiteral("SELECT name, tax_id, phone, phone2, email, address, postcode, city, notes, language "
                                     "FROM customers ORDER BY name, id"));
    if (!q)
        return q.error();
    while (q->next()) {
        QStringList record;
        for (int i = 0; i < 10; ++i)
            record << q->value(i).toString();
        records << record;
    }
    return csv::write(records);
}

Result<QByteArray> CsvTransfer::exportSites() const
{
    QList<QStringList> records;
    records << QStringList{tr("Customer"), tr("NIF"), tr("Phone"), tr("Address"), tr("Postcode"), tr("City"), tr("Notes")};
    // The site at the customer's own address is made by the customers' import: not written twice.
    auto q = m_db.run(QStringLiteral("SELECT c.name, c.tax_id, c.phone, s.address, s.postcode, s.city, s.notes, c.address "
                                     "FROM sites s JOIN customers c ON c.id = s.customer_id ORDER BY c.name, c.id, s.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (sameKey(q->value(3).toString()) == sameKey(q->value(7).toString()))
            continue;
        QStringList record;
        for (int i = 0; i < 7; ++i)
            record << q->value(i).toString();
        records << record;
    }
    return csv::write(records);
}

Result<QByteArray> CsvTransfer::exportAssets() const
{
    QList<QStringList> records;
    records << QStringList{tr("Customer"), tr("NIF"),           tr("Phone"),     tr("Address"),      tr("Type"),  tr("Model"),
                           tr("Specification"), tr("Serial number"), tr("Installed"), tr("Warranty end"), tr("Notes")};
    auto q = m_db.run(QStringLiteral("SELECT c.name, c.tax_id, c.phone, COALESCE(s.address, ''), a.asset_type, a.model, "
                                     "a.specification, a.serial, a.installed_on, a.warranty_until, a.notes "
                                     "FROM assets a JOIN customers c ON c.id = a.customer_id LEFT JOIN sites s ON s.id = a.site_id "
                                     "WHERE a.active = 1 ORDER BY c.name, c.id, a.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        QStringList record;
        for (int i = 0; i < 11; ++i)
            record << q->value(i).toString();
        records << record;
    }
    return csv::write(records);
}

} // namespace ordo
