#pragma once

#include "billing/Mailer.h"
#include "common/Result.h"
#include "domain/Types.h"

namespace ordo {

class Database;

// Sends an issued invoice to its customer with the PDF attached. Every attempt is logged with the
// invoice; a failure leaves it issued (it can be retried), a success marks it sent with the time.
Result<void> sendInvoice(Database &db, Id invoiceId, const QByteArray &pdf, const QString &toOverride = {});

} // namespace ordo
