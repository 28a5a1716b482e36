#include "InvoiceCommands.h"

#include "CliCommands.h"
#include "JsonFormat.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceMail.h"
#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "ui/print/InvoiceRenderer.h"
#include "core/storage/Database.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/usecases/Payments.h"

#include <QDir>
#include <QRegularExpression>

namespace ordo::cli {

namespace {

class InvoiceIssue final : public Command
{
public:
    InvoiceIssue()
        : Command(QStringLiteral("invoice issue"), Access::Writes, 1, Cli::tr("ORDER_NUMBER [--json]"),
                  Cli::tr("issue the order's invoice (from its draft, or from its lines)"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto order = WorkOrderService(*c.db).findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        auto issued = InvoiceIssuing(*c.db).issueForOrder(order->id, c.actor);
        if (!issued)
            return c.fail(issued.error());
        if (c.json())
            return c.printJson(json::invoiceIssued(*issued, Clock::nowSecs()));
        c.out << Cli::tr("Invoice %1 issued to %2: %3.").arg(issued->number, issued->customerName,
                                                             money::formatEuros(issued->totals.total))
              << Qt::endl;
        return Ok;
    }
};

class InvoiceList final : public Command
{
public:
    InvoiceList()
        : Command(QStringLiteral("invoice list"), Access::Reads, 0, Cli::tr("[--unpaid] [--json]"),
                  Cli::tr("invoices, drafts first; --unpaid: only those not paid in full"),
                  {{QStringLiteral("unpaid"), Cli::tr("Only invoices not paid in full.")}, jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        InvoiceFilter filter;
        filter.unpaidOnly = c.isSet(QStringLiteral("unpaid"));
        filter.limit = 100000;
        auto list = InvoiceQueries(*c.db).list(filter);
        if (!list)
            return c.fail(list.error());
        const qint64 now = Clock::nowSecs();
        if (c.json())
            return c.printJson(json::invoiceList(*list, now));
        for (const auto &i : *list)
            c.out << padded(i.number.isEmpty() ? Cli::tr("(draft)") : i.number, 14) << padded(displayName(i.status), 10)
                  << padded(displayName(i.paymentState(now)), 14) << padded(i.customerName, 30)
                  << money::formatEuros(i.totals.total).rightJustified(14) << Qt::endl;
        return Ok;
    }
};

class InvoicePay final : public Command
{
public:
    InvoicePay()
        : Command(QStringLiteral("invoice pay"), Access::Writes, 1, Cli::tr("NUMBER --amount EUROS [--method TEXT]"),
                  Cli::tr("record a payment of the invoice, such as --amount 12.34"),
                  {{QStringLiteral("amount"), Cli::tr("Amount in euros."), Cli::tr("amount")},
                   {QStringLiteral("method"), Cli::tr("How it was paid."), Cli::tr("method")}})
    {
    }

    int run(Context &c) const override
    {
        const QString text = c.value(QStringLiteral("amount")).trimmed();
        const auto amount = parseAmount(text);
        if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)) || (amount && *amount == 0))
            return c.usage(Cli::tr("A payment must be more than zero: --amount takes the amount in euros, such as 12.34 or 12,34."));
        if (!amount)
            return c.usage(Cli::tr("--amount takes the amount in euros with digits 0-9, a dot or a comma and at most two "
                                   "decimals, without thousands separators: such as 12.34 or 12,34 (not “%1”).")
                               .arg(text));
        auto inv = InvoiceQueries(*c.db).findByNumber(c.arguments.at(0));
        if (!inv)
            return c.fail(inv.error());
        auto paid = Payments(*c.db).record(inv->id, *amount, Clock::nowSecs(), c.value(QStringLiteral("method")), {},
                                           c.actor);
        if (!paid)
            return c.fail(paid.error());
        c.out << Cli::tr("%1: %2 paid of %3.").arg(paid->number, money::formatEuros(paid->paid), money::formatEuros(paid->totals.total))
              << Qt::endl;
        return Ok;
    }

private:
    // A script's amount: ASCII digits, then a dot or a comma and at most two decimals; no thousands
    // separators, no sign, no currency ("12,34.56" or "١٢" would be guesses, and a guess is money).
    static std::optional<Cents> parseAmount(const QString &text)
    {
        static const QRegularExpression format(QStringLiteral("^([0-9]{1,13})(?:[.,]([0-9]{1,2}))?$"));
        const auto m = format.match(text.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
        return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
    }
};

class InvoiceVerify final : public Command
{
public:
    InvoiceVerify()
        : Command(QStringLiteral("invoice verify"), Access::Reads, 0, QString(),
                  Cli::tr("check the chain of issued invoices; exit 1 naming the first altered one"))
    {
    }

    int run(Context &c) const override
    {
        auto check = InvoiceLedger(*c.db).verifyChain();
        if (!check)
            return c.fail(check.error());
        if (!check->ok())
            return c.fail(Cli::tr("Invoice %1 was altered after it was issued: its record no longer matches its hash chain.")
                              .arg(check->firstBroken));
        c.out << Cli::tr("%n issued invoice(s) checked: none altered.", nullptr, static_cast<int>(check->checked)) << Qt::endl;
        return Ok;
    }
};

class InvoicePdf final : public Command
{
public:
    InvoicePdf()
        : Command(QStringLiteral("invoice pdf"), Access::Reads, 1, Cli::tr("NUMBER --out FILE.pdf"),
                  Cli::tr("the invoice as printed, as a PDF file"),
                  {{QStringLiteral("out"), Cli::tr("File to write."), Cli::tr("file")}})
    {
    }

    bool drawsDocuments(const QCommandLineParser &) const override { return true; }

    int run(Context &c) const override
    {
        const QString out = c.value(QStringLiteral("out"));
        if (out.isEmpty())
            return c.usage(Cli::tr("Say where to write the PDF with --out FILE.pdf."));
        auto inv = InvoiceQueries(*c.db).findByNumber(c.arguments.at(0));
        if (!inv)
            return c.fail(inv.error());
        if (auto written = writeFile(out, InvoiceRenderer(*inv, CompanyProfiles(*c.db).load()).pdf()); !written)
            return c.fail(written.error());
        c.out << Cli::tr("Invoice %1 written to %2.").arg(inv->number, QDir::toNativeSeparators(out)) << Qt::endl;
        return Ok;
    }
};

class InvoiceSend final : public Command
{
public:
    InvoiceSend()
        : Command(QStringLiteral("invoice send"), Access::Writes, 1, Cli::tr("NUMBER [--email ADDRESS]"),
                  Cli::tr("e-mail the invoice as a PDF to the customer (SMTP in the settings)"),
                  {{QStringLiteral("email"), Cli::tr("Send to this address instead of the customer's."), Cli::tr("address")}})
    {
    }

    bool drawsDocuments(const QCommandLineParser &) const override { return true; }

    int run(Context &c) const override
    {
        auto inv = InvoiceQueries(*c.db).findByNumber(c.arguments.at(0));
        if (!inv)
            return c.fail(inv.error());
        const QByteArray pdf = InvoiceRenderer(*inv, CompanyProfiles(*c.db).load()).pdf();
        if (auto sent = sendInvoice(*c.db, *c.secrets, inv->id, pdf, c.actor, c.value(QStringLiteral("email"))); !sent)
            return c.fail(sent.error());
        c.out << Cli::tr("Invoice %1 sent.").arg(inv->number) << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands invoiceCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<InvoiceIssue>());
    commands.push_back(std::make_unique<InvoiceList>());
    commands.push_back(std::make_unique<InvoicePay>());
    commands.push_back(std::make_unique<InvoiceVerify>());
    commands.push_back(std::make_unique<InvoicePdf>());
    commands.push_back(std::make_unique<InvoiceSend>());
    return commands;
}

} // namespace ordo::cli
