#include "core/usecases/CsvTransfer.h"

#include "core/common/Authorization.h"
#include "core/common/Csv.h"
#include "core/domain/TaxIds.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

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

} // namespace

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
    auto table = csv::Reader::read(bytes);
    if (!table) {
        preview.fileProblems << table.error().message;
        return preview;
    }
    preview.encoding = table->encoding;
    preview.separator = table->separator;
    if (table->records.isEmpty()) {
        preview.fileProblems << tr("The file is empty.");
        return preview;
    }
    if (table->records.size() - 1 > MaxRows) {
        preview.fileProblems << tr("The file has more than %1 rows; split it.").arg(MaxRows);
        return preview;
    }
    const QStringList header = table->records.first();
    QHash<QString, int> at;
    for (int i = 0; i < header.size(); ++i) {
        const QString f = customerField(header.at(i));
        preview.columns << f;
        if (f.isEmpty())
            continue;
        if (at.contains(f))
            preview.fileProblems << tr("Two columns are read as the same field: “%1” and “%2”.").arg(header.at(at.value(f)), header.at(i));
        else
            at.insert(f, i);
    }
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
