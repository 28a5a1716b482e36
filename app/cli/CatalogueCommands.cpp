#include "CatalogueCommands.h"

#include "CliCommands.h"

#include "core/billing/Catalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace ordo::cli {

namespace {

class CatalogueList final : public Command
{
public:
    CatalogueList()
        : Command(QStringLiteral("catalogue list"), Access::Reads, 0, Cli::tr("[--all] [--json]"),
                  Cli::tr("the price catalogue by code: code, price before VAT, VAT, unit and description"),
                  {{QStringLiteral("all"), Cli::tr("Also the items no longer offered (inactive).")}, jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        Catalogue catalogue(*c.db);
        const bool all = c.isSet(QStringLiteral("all"));
        QJsonArray list;
        QString after;
        int count = 0;
        // Page by page, so a long catalogue is never all in memory with its JSON twice.
        for (;;) {
            auto page = catalogue.page(after, 500, all);
            if (!page)
                return c.fail(page.error());
            for (const CatalogueItem &i : *page) {
                ++count;
                if (c.json()) {
                    list.append(QJsonObject{{QStringLiteral("code"), i.code},
                                            {QStringLiteral("description"), i.description},
                                            {QStringLiteral("unit_price_cents"), i.unitPrice},
                                            {QStringLiteral("vat_basis_points"), i.vatRate},
                                            {QStringLiteral("unit"), i.unit},
                                            {QStringLiteral("kind"), Catalogue::toKey(i.kind)},
                                            {QStringLiteral("active"), i.active}});
                } else {
                    c.out << i.code << '\t' << money::formatCents(i.unitPrice, QLocale::c()) << '\t'
                          << money::formatRate(i.vatRate, QLocale::c()) << '\t' << i.unit << '\t' << i.description
                          << (i.active ? QString() : QStringLiteral("\t") + Cli::tr("(inactive)")) << Qt::endl;
                }
            }
            if (page->size() < 500)
                break;
            after = page->last().code;
        }
        if (c.json())
            return c.printJson(QJsonObject{{QStringLiteral("items"), list}});
        if (count == 0)
            c.out << Cli::tr("The catalogue is empty.") << Qt::endl;
        return Ok;
    }
};

class CatalogueImportCommand final : public Command
{
public:
    CatalogueImportCommand()
        : Command(QStringLiteral("catalogue import"), Access::Writes, 1, Cli::tr("FILE.csv"),
                  Cli::tr("adds or updates catalogue items from a CSV file (UTF-8, “;” or “,”, a header row: code, "
                          "description, price, VAT, and optionally unit, kind, active); a bad row imports nothing"))
    {
    }

    int run(Context &c) const override
    {
        QFile file(c.arguments.at(0));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(Cli::tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        auto done = Catalogue(*c.db).importCsv(file.read(Catalogue::MaxCsvBytes + 1), c.actor);
        if (!done)
            return c.fail(done.error());
        c.out << Cli::tr("Catalogue: %n item(s) added", nullptr, done->added) << ", "
              << Cli::tr("%n updated.", nullptr, done->updated) << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands catalogueCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<CatalogueList>());
    commands.push_back(std::make_unique<CatalogueImportCommand>());
    return commands;
}

} // namespace ordo::cli
