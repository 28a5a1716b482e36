#include "core/usecases/InvoiceIssuing.h"

#include "core/common/Authorization.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/InvoiceQueries.h"
#include "core/domain/TaxIds.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"

#include <QCoreApplication>

namespace ordo {

Result<Invoice> InvoiceIssuing::issueInTransaction(Id invoiceId, qint64 expectedVersion, const Actor &by)
{
    auto issued = InvoiceLedger(m_db).issue(invoiceId, expectedVersion, by);
    if (!issued)
        return issued.error();
    if (issued->orderId && issued->kind == InvoiceKind::Standard) {
        if (auto moved = OrderMoves(m_db).invoiceIssued(*issued->orderId, issued->number, by); !moved)
            return moved.error();
    }
    return issued;
}

Result<Invoice> InvoiceIssuing::issue(Id invoiceId, qint64 expectedVersion, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    return withTransaction(m_db, [&]() -> Result<Invoice> {
        return issueInTransaction(invoiceId, expectedVersion, by);
    }, Database::Durability::Full);  // its number may be printed or mailed a second later
}

Result<Invoice> InvoiceIssuing::issueForOrder(Id orderId, const Actor &by, const IssueRequest &request, bool *alreadyIssued)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    if (alreadyIssued)
        *alreadyIssued = false;
    if (request.billing == InvoiceBilling::Advance && request.advance <= 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("ordo::InvoiceIssuing", "Say how much the advance is."));
    return withTransaction(m_db, [&]() -> Result<Invoice> {
        if (request.billing == InvoiceBilling::Whole) {
            // Inside the write transaction: two processes asking at once get one invoice.
            auto issued = invoicing::wholeInvoiceOf(m_db, orderId);
            if (!issued)
                return issued.error();
            if (*issued) {
                if (alreadyIssued)
                    *alreadyIssued = true;
                return InvoiceQueries(m_db).find((*issued)->id);
            }
        }
        InvoiceDrafts drafts(m_db);
        auto draft = drafts.createFromOrder(orderId, by, request.billing);
        if (!draft)
            return draft.error();
        if (request.billing == InvoiceBilling::Advance && !draft->lines.isEmpty()) {
            DraftContent content{draft->customerId, draft->lines, draft->notes, draft->operationDate, draft->simplified,
                                 draft->billing};
            content.lines.first().unitPrice = request.advance;
            draft = drafts.save(draft->id, draft->version, content, by);
            if (!draft)
                return draft.error();
        }
        return issueInTransaction(draft->id, draft->version, by);
    }, Database::Durability::Full);  // its number may be printed or mailed a second later
}

Result<void> InvoiceIssuing::readyToIssue(Id invoiceId) const
{
    auto invoice = InvoiceQueries(m_db).find(invoiceId);
    if (!invoice)
        return invoice.error();
    const CompanyProfile company = CompanyProfiles(m_db).load();
    QStringList missing;
    if (company.legalName.trimmed().isEmpty())
        missing << tr("the company's legal name");
    if (company.taxId.trimmed().isEmpty())
        missing << tr("the company's tax ID (NIF/CIF)");
    if (company.address.trimmed().isEmpty())
        missing << tr("the company's address");
    if (!missing.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This invoice cannot be issued yet: fill in %1 in Settings › Company first.")
                                                 .arg(QLocale().createSeparatedList(missing)));
    if (const QString problem = taxIdProblem(company.taxId); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This invoice cannot be issued yet: the company's tax ID is wrong. %1 "
                                                "Correct it in Settings › Company.").arg(problem));
    // A simplified invoice needs neither the customer's tax ID nor their address (art. 7).
    if (invoice->simplified)
        return {};
    if (invoice->customerTaxId.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("This invoice cannot be issued yet: %1 has no tax ID (NIF), which every "
                                                "invoice must show. Add it to the customer first.")
                                                 .arg(invoice->customerName));
    if (const QString problem = taxIdProblem(invoice->customerTaxId); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This invoice cannot be issued yet: the tax ID of %1 is wrong. %2 "
                                                "Correct it in the customer first.").arg(invoice->customerName, problem));
    if (invoice->customerAddress.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("This invoice cannot be issued yet: %1 has no address, which every "
                                                "invoice must show. Add it to the customer first.")
                                                 .arg(invoice->customerName));
    return {};
}

} // namespace ordo
