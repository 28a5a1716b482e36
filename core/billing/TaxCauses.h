#pragma once

#include "core/domain/Types.h"

#include <QStringList>

namespace ordo {

class DocumentText;

// Why an invoice line carries no VAT, or the customer pays it instead of the company (Ley 37/1992),
// and what the invoice must say for it (Real Decreto 1619/2012, art. 6.1.j). The keys are
// VERI*FACTU's own: "" taxed as usual (S1); S2 reverse charge ("inversión del sujeto pasivo", art.
// 84.Uno.2º: a window installer working for a builder); E1 exempt under art. 20 (with the number of
// its section, "E1:22" for art. 20.Uno.22º), E2 exports (art. 21), E3 (art. 22), E4 (arts. 23 and
// 24), E5 intra-EU supplies (art. 25), E6 other exemptions; N1 not subject (arts. 7 and 14), N2 not
// subject by the place-of-supply rules.
namespace taxcause {

bool isValid(const QString &key);
// Every cause but "taxed" is invoiced at 0 %.
bool needsZeroRate(const QString &key);
QString base(const QString &key);               // "E1" for "E1:22"
int article20Section(const QString &key);        // 22 for "E1:22"; 0 when not given
// VERI*FACTU: CalificacionOperacion (S1, S2, N1, N2), or empty when exempt; OperacionExenta (E1–E6).
QString calificacion(const QString &key);
QString exencion(const QString &key);

// The causes a line can choose, in the order a list shows them (without the art. 20 sections).
QStringList keys();
// Names for the lines editor, in the reader's language.
QString displayName(const QString &key);
// In the document's language: a short label for the VAT column ("exento", "ISP", "no sujeto") and
// the legal mention printed on the invoice.
QString shortLabel(const QString &key, const DocumentText &text);
QString legalMention(const QString &key, const DocumentText &text);

// The cause of 0 % lines that name none (invoices and lines from before causes were chosen): the
// company's VERI*FACTU setting.
QString effective(const LineItem &line, const QString &zeroVatDefault);

} // namespace taxcause
} // namespace ordo
