#include "core/billing/Catalogue.h"

#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/common/Collation.h"
#include "core/storage/Database.h"
#include "core/storage/VersionedUpdate.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace ordo {

namespace {

// Codes are unique whatever their case; the key is also the order of the lists.
QString codeKey(const QString &code)
{
    return code.trimmed().toCaseFolded();
}

// What search compares: lower case, no accents, "ñ" as "n", so "cañeria" and "caneria" meet.
QString folded(const QString &text)
{
    return collation::sortKey(text).remove(QLatin1Char('~'));
}

QString likeEscaped(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return word;
}

const QString selectItem = QStringLiteral(
    "SELECT id, code, description, unit_price_cents, vat_rate, unit, kind, active, version FROM catalogue_items ");

CatalogueItem fromRow(const QSqlQuery &q)
{
    CatalogueItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.description = q.value(2).toString();
    i.unitPrice = q.value(3).toLongLong();
    i.vatRate = q.value(4).toInt();
    i.unit = q.value(5).toString();
    i.kind = q.value(6).toString() == QLatin1String("service") ? CatalogueItem::Kind::Service : CatalogueItem::Kind::Product;
    i.active = q.value(7).toBool();
    i.version = q.value(8).toLongLong();
    return i;
}

Result<QList<CatalogueItem>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<CatalogueItem> items;
    while (q->next())
        items.append(fromRow(*q));
    return items;
}

// ---- CSV -------------------------------------------------------------------------------------

// Splits one CSV record; quotes may hold the separator and doubled quotes. Records never span lines
// here (a catalogue's descriptions are one line).
QStringList splitRecord(const QString &line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

enum class Column { Code, Description, Price, Vat, Unit, Kind, Active };

std::optional<Column> columnNamed(const QString &header)
{
    static const QHash<QString, Column> names{
        {QStringLiteral("code"), Column::Code},          {QStringLiteral("codigo"), Column::Code},
        {QStringLiteral("referencia"), Column::Code},    {QStringLiteral("ref"), Column::Code},
        {QStringLiteral("description"), Column::Description}, {QStringLiteral("descripcion"), Column::Description},
        {QStringLiteral("concepto"), Column::Description},
        {QStringLiteral("price"), Column::Price},        {QStringLiteral("unit price"), Column::Price},
        {QStringLiteral("precio"), Column::Price},       {QStringLiteral("precio unitario"), Column::Price},
        {QStringLiteral("vat"), Column::Vat},            {QStringLiteral("vat %"), Column::Vat},
        {QStringLiteral("iva"), Column::Vat},            {QStringLiteral("iva %"), Column::Vat},
        {QStringLiteral("% iva"), Column::Vat},
        {QStringLiteral("unit"), Column::Unit},          {QStringLiteral("unidad"), Column::Unit},
        {QStringLiteral("kind"), Column::Kind},          {QStringLiteral("type"), Column::Kind},
        {QStringLiteral("tipo"), Column::Kind},
        {QStringLiteral("active"), Column::Active},      {QStringLiteral("activo"), Column::Active},
    };
    return names.contains(folded(header)) ? std::optional(names.value(folded(header))) : std::nullopt;
}

// "1234,5", "1.234,50", "1234.50", "12 €": the last "," or "." is the decimal mark when followed
// by one or two digits; the other one groups thousands.
std::optional<Cents> parsePrice(QString text)
{
    text.remove(QChar(0x20AC)).remove(QLatin1Char(' ')).remove(QChar(0xA0));
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype mark = std::max(text.lastIndexOf(QLatin1Char(',')), text.lastIndexOf(QLatin1Char('.')));
    QString whole = text, fraction;
    if (mark >= 0 && text.size() - mark - 1 <= 2) {
        whole = text.left(mark);
        fraction = text.mid(mark + 1);
    }
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    return money::parseCents(fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction, QLocale::c());
}

std::optional<BasisPoints> parseVat(QString text)
{
    text.remove(QLatin1Char('%')).remove(QLatin1Char(' '));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    const auto cents = money::parseCents(text, QLocale::c());
    if (!cents || !Catalogue::vatRates().contains(static_cast<BasisPoints>(*cents)))
        return std::nullopt;
    return static_cast<BasisPoints>(*cents);
}

} // namespace

QList<BasisPoints> Catalogue::vatRates()
{
    return {2100, 1000, 400, 0};
}

QString Catalogue::toKey(CatalogueItem::Kind kind)
{
    return kind == CatalogueItem::Kind::Service ? QStringLiteral("service") : QStringLiteral("product");
}

QString Catalogue::displayName(CatalogueItem::Kind kind)
{
    return kind == CatalogueItem::Kind::Service ? tr("Service") : tr("Product");
}

Result<void> Catalogue::check(const CatalogueItem &item) const
{
    if (item.code.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A catalogue item needs a code."));
    if (item.code.trimmed().size() > 40)
        return makeError(ErrorCode::Invalid, tr("The code “%1” is too long (40 characters at most).").arg(item.code.trimmed()));
    if (item.description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The item %1 needs a description.").arg(item.code.trimmed()));
    if (item.unitPrice < 0)
        return makeError(ErrorCode::Invalid, tr("The price of %1 cannot be negative.").arg(item.code.trimmed()));
    if (!vatRates().contains(item.vatRate))
        return makeError(ErrorCode::Invalid, tr("The VAT of %1 must be 21, 10, 4 or 0 %.").arg(item.code.trimmed()));
    if (item.unit.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The item %1 needs a unit (ud, h, m²…).").arg(item.code.trimmed()));
    return {};
}

Result<Id> Catalogue::insert(const CatalogueItem &item, const Actor &by)
{
    const qint64 now = Clock::nowSecs();
    auto id = m_db.scalar(QStringLiteral("INSERT INTO catalogue_items (code, code_key, description, search_text, unit_price_cents, "
                                         "vat_rate, unit, kind, active, version, created_at, updated_at, updated_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
                          {item.code.trimmed(), codeKey(item.code), item.description.trimmed(),
                           folded(item.code + QLatin1Char(' ') + item.description), item.unitPrice, item.vatRate,
                           item.unit.trimmed(), toKey(item.kind), item.active ? 1 : 0, now, now, by.name});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<void> Catalogue::overwrite(const CatalogueItem &item, const Actor &by)
{
    const VersionedUpdate update{"catalogue_items", item.id, item.version,
                                 {{"code", item.code.trimmed()}, {"code_key", codeKey(item.code)},
                                  {"description", item.description.trimmed()},
                                  {"search_text", folded(item.code + QLatin1Char(' ') + item.description)},
                                  {"unit_price_cents", item.unitPrice}, {"vat_rate", item.vatRate},
                                  {"unit", item.unit.trimmed()}, {"kind", toKey(item.kind)}, {"active", item.active ? 1 : 0},
                                  {"updated_at", Clock::nowSecs()}, {"updated_by", by.name}}};
    //: The subject of "%1 was changed by someone else meanwhile…"
    return updateVersioned(m_db, update, tr("The catalogue item %1").arg(item.code.trimmed()));
}

Result<Id> Catalogue::add(const CatalogueItem &item, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageCompany); !ok)
        return ok.error();
    if (auto ok = check(item); !ok)
        return ok.error();
    return withTransaction(m_db, [&]() -> Result<Id> {
        auto existing = findByCode(item.code);
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(ErrorCode::Invalid, tr("There is already an item with the code %1: %2.")
                                                     .arg((*existing)->code, (*existing)->description));
        return insert(item, by);
    });
}

Result<CatalogueItem> Catalogue::update(const CatalogueItem &item, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageCompany); !ok)
        return ok.error();
    if (auto ok = check(item); !ok)
        return ok.error();
    auto done = withTransaction(m_db, [&]() -> Result<void> {
        auto existing = findByCode(item.code);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->id != item.id)
            return makeError(ErrorCode::Invalid, tr("There is already an item with the code %1: %2.")
                                                     .arg((*existing)->code, (*existing)->description));
        return overwrite(item, by);
    });
    if (!done)
        return done.error();
    return find(item.id);
}

Result<CatalogueItem> Catalogue::setActive(Id id, bool active, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageCompany); !ok)
        return ok.error();
    auto item = find(id);
    if (!item)
        return item.error();
    item->active = active;
    return update(*item, by);
}

Result<CatalogueItem> Catalogue::find(Id id) const
{
    auto q = m_db.run(selectItem + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no catalogue item number %1.").arg(id));
    return fromRow(*q);
}

Result<std::optional<CatalogueItem>> Catalogue::findByCode(const QString &code) const
{
    auto q = m_db.run(selectItem + QStringLiteral("WHERE code_key = ?"), {codeKey(code)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CatalogueItem>();
    return std::optional(fromRow(*q));
}

Result<QList<CatalogueItem>> Catalogue::page(const QString &afterCode, int limit, bool includeInactive) const
{
    // Both lists have their index: the unique code_key one, and the partial one of active items.
    const QString active = includeInactive ? QString() : QStringLiteral("AND active = 1 ");
    return readAll(m_db.run(selectItem + QStringLiteral("WHERE code_key > ? ") + active + QStringLiteral("ORDER BY code_key LIMIT ?"),
                            {codeKey(afterCode), limit}));
}

Result<QList<CatalogueItem>> Catalogue::search(const QString &text, int limit) const
{
    const QStringList words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QList<CatalogueItem>();
    // A catalogue has hundreds of items, not millions: the active ones are read through their
    // index and the words matched in the row, which is far below what a keystroke can notice.
    QString sql = selectItem + QStringLiteral("WHERE active = 1 ");
    QVariantList values;
    for (const QString &word : words) {
        sql += QStringLiteral("AND search_text LIKE ? ESCAPE '\\' ");
        values << QStringLiteral("%") + likeEscaped(word) + QStringLiteral("%");
    }
    sql += QStringLiteral("ORDER BY CASE WHEN code_key LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, code_key LIMIT ?");
    values << likeEscaped(codeKey(text)) + QLatin1Char('%') << limit;
    return readAll(m_db.run(sql, values));
}

Result<CatalogueImport> Catalogue::importCsv(const QByteArray &csv, const Actor &by)
{
    if (auto ok = authorize(by, Permission::ManageCompany); !ok)
        return ok.error();
    if (csv.size() > MaxCsvBytes)
        return makeError(ErrorCode::Invalid, tr("The file is larger than a price list can be (4 MB at most)."));
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter))
        return makeError(ErrorCode::Invalid, tr("The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”."));
    const QStringList lines = text.split(QLatin1Char('\n'));
    int headerLine = 0;
    while (headerLine < lines.size() && lines.at(headerLine).trimmed().isEmpty())
        ++headerLine;
    if (headerLine == lines.size())
        return makeError(ErrorCode::Invalid, tr("The file is empty: it needs a header row and one row per item."));
    const QString header = lines.at(headerLine).trimmed();
    const QChar separator = header.count(QLatin1Char(';')) >= header.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');

    QMap<Column, int> columns;
    const QStringList names = splitRecord(header, separator);
    for (int i = 0; i < names.size(); ++i) {
        const auto column = columnNamed(names.at(i));
        if (!column)
            return makeError(ErrorCode::Invalid, tr("Line %1: the column “%2” is not one Ordo knows (code, description, price, "
                                                    "VAT, unit, kind, active).").arg(headerLine + 1).arg(names.at(i)));
        columns.insert(*column, i);
    }
    for (const auto &[column, name] : {std::pair{Column::Code, tr("code")}, std::pair{Column::Description, tr("description")},
                                       std::pair{Column::Price, tr("price")}, std::pair{Column::Vat, tr("VAT")}})
        if (!columns.contains(column))
            return makeError(ErrorCode::Invalid, tr("Line %1: the header has no column “%2”.").arg(headerLine + 1).arg(name));

    // Every row checked before anything is written.
    QList<CatalogueItem> rows;
    QHash<QString, int> seenAt;
    for (int n = headerLine + 1; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = n + 1;
        const QStringList f = splitRecord(line, separator);
        auto field = [&](Column c) { return columns.contains(c) ? f.value(columns.value(c)) : QString(); };
        auto bad = [&](const QString &why) { return makeError(ErrorCode::Invalid, tr("Line %1: %2").arg(lineNumber).arg(why)); };
        CatalogueItem item;
        item.code = field(Column::Code);
        item.description = field(Column::Description);
        if (item.code.isEmpty())
            return bad(tr("the code is empty."));
        if (seenAt.contains(codeKey(item.code)))
            return bad(tr("the code %1 is already on line %2.").arg(item.code).arg(seenAt.value(codeKey(item.code))));
        seenAt.insert(codeKey(item.code), lineNumber);
        const auto price = parsePrice(field(Column::Price));
        if (!price)
            return bad(tr("the price “%1” is not an amount in euros.").arg(field(Column::Price)));
        item.unitPrice = *price;
        const auto vat = parseVat(field(Column::Vat));
        if (!vat)
            return bad(tr("the VAT “%1” is not 21, 10, 4 or 0 %.").arg(field(Column::Vat)));
        item.vatRate = *vat;
        if (!field(Column::Unit).isEmpty())
            item.unit = field(Column::Unit);
        const QString kind = folded(field(Column::Kind));
        if (kind == QLatin1String("service") || kind == QLatin1String("servicio"))
            item.kind = CatalogueItem::Kind::Service;
        else if (!kind.isEmpty() && kind != QLatin1String("product") && kind != QLatin1String("producto"))
            return bad(tr("the kind “%1” is neither product nor service.").arg(field(Column::Kind)));
        const QString active = folded(field(Column::Active));
        if (active == QLatin1String("no") || active == QLatin1String("0") || active == QLatin1String("false"))
            item.active = false;
        else if (!active.isEmpty() && active != QLatin1String("si") && active != QLatin1String("yes")
                 && active != QLatin1String("1") && active != QLatin1String("true"))
            return bad(tr("active must be yes or no, not “%1”.").arg(field(Column::Active)));
        if (auto ok = check(item); !ok)
            return bad(ok.error().message);
        rows.append(item);
    }
    if (rows.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The file has a header but no items."));

    return withTransaction(m_db, [&]() -> Result<CatalogueImport> {
        CatalogueImport done;
        for (CatalogueItem item : rows) {
            auto existing = findByCode(item.code);
            if (!existing)
                return existing.error();
            if (*existing) {
                item.id = (*existing)->id;
                item.version = (*existing)->version;
                if (auto r = overwrite(item, by); !r)
                    return r.error();
                ++done.updated;
            } else {
                if (auto r = insert(item, by); !r)
                    return r.error();
                ++done.added;
            }
        }
        return done;
    });
}

} // namespace ordo
