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

// A script's amount: ASCII digits, then a dot or a comma and at most two decimals; no thousands
// separators, no sign, no currency ("12,34.56" or "١٢" would be guesses, and a guess is money).
std::optional<Cents> parseAmount(const QString &text)
{
    static const QRegularExpression format(QStringLiteral("^([0-9]{1,13})(?:[.,]([0-9]{1,2}))?$"));
    const auto m = format.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

class InvoiceIssue final : public Command
{
public:
    InvoiceIssue()
        : Command(QStringLiteral("invoice issue"), Access::Writes, 1, Cli::tr("ORDER_NUMBER [--partial | --advance EUROS] [--json]"),
                  Cli::tr("issue the order's invoice (from its draft, or from its lines); asked again, it answers with the "
                          "invoice already issued"),
                  {{QStringLiteral("partial"), Cli::tr("Invoice a part of the job (the order may have several).")},
                   {QStringLiteral("advance"), Cli::tr("Invoice an advance of this taxable base in euros."), Cli::tr("amount")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        IssueRequest request;
        if (c.isSet(QStringLiteral("partial")) && c.isSet(QStringLiteral("advance")))
            return c.usage(Cli::tr("Choose --partial or --advance, not both."));
        if (c.isSet(QStringLiteral("partial")))
            request.billing = InvoiceBilling::Partial;
        if (c.isSet(QStringLiteral("advance"))) {
            const auto amount = parseAmount(c.value(QStringLiteral("advance")));
            if (!amount || *amount == 0)
                return c.usage(Cli::tr("--advance takes the amount in euros, such as 500 or 500,00 (not “%1”).")
                                   .arg(c.value(QStringLiteral("advance"))));
            request.billing = InvoiceBilling::Advance;
            request.advance = *amount;
        }
        auto order = WorkOrderService(*c.db).findByNumber(c.arguments.at(0));
        if (!order)
            return c.fail(order.error());
        bool already = false;
        auto issued = InvoiceIssuing(*c.db).issueForOrder(order->id, c.actor, request, &already);
        if (!issued)
            return c.fail(issued.error());
        if (c.json()) {
            QJsonObject answer = json::invoiceIssued(*issued, Clock::nowSecs());
            answer.insert(QStringLiteral("already_issued"), already);
            return c.printJson(answer);
        }
        if (already)
            c.out << Cli::tr("Order %1 was already invoiced: %2 to %3, %4. Nothing new was issued.")
                         .arg(order->number, issued->number, issued->customerName, money::formatEuros(issued->totals.total))
                  << Qt::endl;
        else
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
        : Command(QStringLiteral("invoice pay"), Access::Writes, 1, Cli::tr("NUMBER --amount EUROS [--method METHOD]"),
                  Cli::tr("record a payment of the invoice, such as --amount 12.34; on a rectifying invoice that credits "
                          "the customer, the money given back"),
                  {{QStringLiteral("amount"), Cli::tr("Amount in euros."), Cli::tr("amount")},
                   {QStringLiteral("method"), Cli::tr("How it was paid: %1 (transfer when not given).")
                                                  .arg(paymentMethods().join(QStringLiteral(", "))), Cli::tr("method")}})
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

};

class InvoiceVerify final : public Command
{
public:
    InvoiceVerify()
        : Command(QStringLiteral("invoice verify"), Access::Reads, 0, Cli::tr("[--anchor NUMBER=HASH,...] [--against BACKUP]"),
                  Cli::tr("check the numbering, the chain of issued invoices and their VERI*FACTU records against each "
                          "other, against the anchors recorded after backups, the ones given (as printed in a weekly "
                          "report) and every invoice of an older backup; exit 1 listing what was found"),
                  {{QStringLiteral("anchor"), Cli::tr("Invoice numbers and the start of their hashes, as printed."), Cli::tr("anchors")},
                   {QStringLiteral("against"), Cli::tr("An older backup whose invoices must all still be there, unchanged."),
                    Cli::tr("file")}})
    {
    }

    int run(Context &c) const override
    {
        QList<ChainAnchor> anchors;
        for (const QString &given : c.value(QStringLiteral("anchor")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = given.trimmed().split(QLatin1Char('='));
            if (parts.size() != 2 || parts[1].trimmed().size() < 12)
                return c.usage(Cli::tr("--anchor takes NUMBER=HASH pairs with at least 12 characters of the hash, such as "
                                       "2026-0042=3f2a9c1b0d4e (not “%1”).").arg(given));
            anchors.append({parts[0].trimmed(), parts[1].trimmed(), Cli::tr("given on the command line")});
        }
        const QString against = c.value(QStringLiteral("against"));
        if (!against.isEmpty()) {
            auto backup = Database::open(against, Database::OpenMode::ReadOnly);
            if (!backup)
                return c.fail(backup.error());
            auto rows = (*backup)->run(QStringLiteral("SELECT number, hash FROM invoices WHERE chain_index IS NOT NULL ORDER BY chain_index"));
            if (!rows)
                return c.fail(rows.error());
            const QString source = Cli::tr("the backup %1").arg(QDir::toNativeSeparators(against));
            while (rows->next())
                anchors.append({rows->value(0).toString(), rows->value(1).toString(), source});
        }
        auto check = InvoiceLedger(*c.db).verifyChain(anchors);
        if (!check)
            return c.fail(check.error());
        if (!check->ok()) {
            c.err << Cli::tr("The invoices were tampered with: %n problem(s) found.", nullptr, static_cast<int>(check->problems.size()))
                  << Qt::endl;
            for (const QString &problem : check->problems)
                c.err << QStringLiteral("  ") << problem << Qt::endl;
            return Failed;
        }
        c.out << Cli::tr("%n issued invoice(s) checked: none altered.", nullptr, static_cast<int>(check->checked)) << Qt::endl;
        if (!check->lastNumber.isEmpty())
            c.out << Cli::tr("The chain ends at %1, hash %2.").arg(check->lastNumber, check->lastHash.left(16)) << Qt::endl;
        return Ok;
    }
};

class InvoiceRectify final : public Command
{
public:
    InvoiceRectify()
        : Command(QStringLiteral("invoice rectify"), Access::Writes, 1,
                  Cli::tr("NUMBER --reason TEXT [--lines N,N | --amount EUROS] [--json]"),
                  Cli::tr("issue a rectifying invoice for the difference: all the invoice's lines credited, the lines "
                          "given (numbered from 1), or an amount of taxable base"),
                  {{QStringLiteral("reason"), Cli::tr("Why the invoice is corrected (printed on it)."), Cli::tr("text")},
                   {QStringLiteral("lines"), Cli::tr("The lines to credit, numbered from 1."), Cli::tr("lines")},
                   {QStringLiteral("amount"), Cli::tr("Taxable base to credit, in euros."), Cli::tr("amount")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        Rectification how;
        how.reason = c.value(QStringLiteral("reason"));
        if (how.reason.trimmed().isEmpty())
            return c.usage(Cli::tr("Say why with --reason TEXT: it is printed on the rectifying invoice."));
        if (c.isSet(QStringLiteral("lines")) && c.isSet(QStringLiteral("amount")))
            return c.usage(Cli::tr("Choose --lines or --amount, not both."));
        for (const QString &n : c.value(QStringLiteral("lines")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int line = n.trimmed().toInt(&ok);
            if (!ok || line < 1)
                return c.usage(Cli::tr("--lines takes line numbers from 1, such as 1,3 (not “%1”).").arg(n));
            how.lines << line - 1;
        }
        if (c.isSet(QStringLiteral("amount"))) {
            const auto amount = parseAmount(c.value(QStringLiteral("amount")));
            if (!amount || *amount == 0)
                return c.usage(Cli::tr("--amount takes the amount in euros, such as 12.34 (not “%1”).").arg(c.value(QStringLiteral("amount"))));
            how.amount = *amount;
        }
        auto original = InvoiceQueries(*c.db).findByNumber(c.arguments.at(0));
        if (!original)
            return c.fail(original.error());
        // Drafted and issued in one transaction: a refusal leaves no draft and uses no number.
        auto issued = withTransaction(*c.db, [&]() -> Result<Invoice> {
            InvoiceLedger ledger(*c.db);
            auto draft = ledger.createRectifying(original->id, how, c.actor);
            if (!draft)
                return draft.error();
            return ledger.issue(draft->id, draft->version, c.actor);
        }, Database::Durability::Full);
        if (!issued)
            return c.fail(issued.error());
        if (c.json())
            return c.printJson(json::invoiceIssued(*issued, Clock::nowSecs()));
        c.out << Cli::tr("Rectifying invoice %1 issued for %2: %3.").arg(issued->number, original->number,
                                                                         money::formatEuros(issued->totals.total))
              << Qt::endl;
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
    commands.push_back(std::make_unique<InvoiceRectify>());
    commands.push_back(std::make_unique<InvoicePdf>());
    commands.push_back(std::make_unique<InvoiceSend>());
    return commands;
}

} // namespace ordo::cli
