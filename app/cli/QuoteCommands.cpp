#include "QuoteCommands.h"

#include "CliCommands.h"

#include "core/billing/CompanyProfiles.h"
#include "core/orders/WorkOrderService.h"
#include "core/usecases/Quotes.h"
#include "ui/print/QuoteRenderer.h"

#include <QDir>

namespace ordo::cli {

namespace {

class QuoteIssue final : public Command
{
public:
    QuoteIssue()
        : Command(QStringLiteral("quote issue"), Access::Writes, 1, Cli::tr("ORDER_NUMBER [--valid-until YYYY-MM-DD] [--out FILE.pdf]"),
                  Cli::tr("issue a quote from the order's lines (validity and conditions from the settings)"),
                  {{QStringLiteral("valid-until"), Cli::tr("The last day the quote is valid."), Cli::tr("date")},
                   {QStringLiteral("out"), Cli::tr("Also write its PDF to this file."), Cli::tr("file")}})
    {
    }

    bool drawsDocuments(const QCommandLineParser &) const override { return true; }

    int run(Context &c) const override
    {
        QuoteTerms terms;
        if (c.isSet(QStringLiteral("valid-until"))) {
            terms.validUntil = QDate::fromString(c.value(QStringLiteral("valid-until")), Qt::ISODate);
            if (!terms.validUntil.isValid())
                return c.usage(Cli::tr("--valid-until takes a date such as 2026-12-31 (not “%1”).").arg(c.value(QStringLiteral("valid-until"))));
        }
        auto order = WorkOrderService(*c.db).findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        auto quote = Quotes(*c.db).issue(order->id, terms, c.actor);
        if (!quote)
            return c.fail(quote.error());
        c.out << Cli::tr("Quote %1 issued for %2, valid until %3.")
                     .arg(quote->number, money::formatEuros(quote->totals.total), QLocale().toString(quote->validUntil, QLocale::ShortFormat))
              << Qt::endl;
        if (const QString out = c.value(QStringLiteral("out")); !out.isEmpty()) {
            if (auto written = writeFile(out, QuoteRenderer(*quote, CompanyProfiles(*c.db).load()).pdf()); !written)
                return c.fail(written.error());
            c.out << Cli::tr("Quote %1 written to %2.").arg(quote->number, QDir::toNativeSeparators(out)) << Qt::endl;
        }
        return Ok;
    }
};

class QuoteList final : public Command
{
public:
    QuoteList()
        : Command(QStringLiteral("quote list"), Access::Reads, 1, Cli::tr("ORDER_NUMBER"), Cli::tr("the order's quotes and their state"))
    {
    }

    int run(Context &c) const override
    {
        auto order = WorkOrderService(*c.db).findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        auto quotes = Quotes(*c.db).forOrder(order->id);
        if (!quotes)
            return c.fail(quotes.error());
        for (const Quote &q : *quotes)
            c.out << QStringLiteral("%1  %2  %3  %4").arg(q.number, money::formatEuros(q.totals.total),
                                                          QLocale().toString(q.validUntil, QLocale::ShortFormat), displayName(q.state))
                  << Qt::endl;
        return Ok;
    }
};

class QuoteAnswer final : public Command
{
public:
    explicit QuoteAnswer(bool accept)
        : Command(accept ? QStringLiteral("quote accept") : QStringLiteral("quote refuse"), Access::Writes, 1,
                  Cli::tr("QUOTE_NUMBER --person NAME [--date YYYY-MM-DD] [--note TEXT]") +
                      (accept ? Cli::tr(" [--even-if-expired]") : QString()),
                  accept ? Cli::tr("record that the customer accepted the quote (the order moves to “Quote accepted”)")
                         : Cli::tr("record that the customer refused the quote"),
                  optionsFor(accept)),
          m_accept(accept)
    {
    }

    int run(Context &c) const override
    {
        QuoteDecision d;
        d.person = c.value(QStringLiteral("person"));
        d.note = c.value(QStringLiteral("note"));
        if (c.isSet(QStringLiteral("date"))) {
            d.on = QDate::fromString(c.value(QStringLiteral("date")), Qt::ISODate);
            if (!d.on.isValid())
                return c.usage(Cli::tr("--date takes a date such as 2026-12-31 (not “%1”).").arg(c.value(QStringLiteral("date"))));
        }
        d.evenIfExpired = m_accept && c.isSet(QStringLiteral("even-if-expired"));
        Quotes quotes(*c.db);
        auto quote = quotes.findByNumber(c.arguments.at(0));
        if (!quote)
            return c.fail(quote.error());
        auto done = m_accept ? quotes.accept(quote->id, d, c.actor) : quotes.reject(quote->id, d, c.actor);
        if (!done)
            return c.fail(done.error());
        c.out << (m_accept ? Cli::tr("Quote %1 accepted by %2.") : Cli::tr("Quote %1 refused by %2.")).arg(done->number, done->decidedBy)
              << Qt::endl;
        return Ok;
    }

private:
    static QList<QCommandLineOption> optionsFor(bool accept)
    {
        QList<QCommandLineOption> list{{QStringLiteral("person"), Cli::tr("Who of the customer's side answered."), Cli::tr("name")},
                                       {QStringLiteral("date"), Cli::tr("The day they answered (today unless given)."), Cli::tr("date")},
                                       {QStringLiteral("note"), Cli::tr("A note for the order's history."), Cli::tr("text")}};
        if (accept)
            list << QCommandLineOption(QStringLiteral("even-if-expired"), Cli::tr("Record it although the quote is past its validity."));
        return list;
    }

    bool m_accept;
};

} // namespace

Commands quoteCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<QuoteIssue>());
    commands.push_back(std::make_unique<QuoteList>());
    commands.push_back(std::make_unique<QuoteAnswer>(true));
    commands.push_back(std::make_unique<QuoteAnswer>(false));
    return commands;
}

} // namespace ordo::cli
