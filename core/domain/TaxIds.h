#pragma once

#include <QString>

namespace ordo {

// Spanish tax IDs and bank accounts, checked as the tax office and the banks check them: pure
// functions, no database, usable anywhere (customers, company settings, invoicing).
//
// A tax ID is typed in many ways ("b-12.345.678", "es b12345678"); normalize before storing or
// comparing, and validate the normalized text:
//   DNI  8 digits + control letter                  12345678Z
//   NIE  X/Y/Z + 7 digits + control letter          X1234567L
//   NIF  K/L/M + 7 digits + control letter          (Spaniards without a DNI, foreigners without NIE)
//   CIF  entity letter + 7 digits + control digit or letter (which one depends on the entity letter)
//                                                   B12345674, Q2826000H

// Upper case without spaces, dots, dashes or slashes; a leading "ES" (the intra-EU VAT prefix) is
// dropped when what follows is a Spanish tax ID. Anything else is returned cleaned but unchanged.
QString normalizeTaxId(const QString &text);

// True when `text` (normalized or not) is a DNI, NIE, NIF or CIF whose control character is right.
bool isValidSpanishTaxId(const QString &text);

// True when `text` is a foreign VAT number by its form: the prefix of another EU country (or GB, CH,
// NO) followed by 2 to 13 letters or digits (its control is that country's business, not checked here).
bool looksLikeForeignVatNumber(const QString &text);

// Why `text` cannot be a customer's or the company's tax ID, in the user's language; empty when it
// can (a valid Spanish ID or a foreign VAT number). An empty `text` is fine here: whether one is
// required is the caller's rule.
QString taxIdProblem(const QString &text);

// IBAN without spaces, in upper case ("ES91 2100 0418 4502 0005 1332" → "ES9121000418450200051332").
QString normalizeIban(const QString &text);

// ISO 13616: country code, two check digits, the account; mod 97 of the rearranged number is 1.
// Spanish IBANs must also have their 24 characters.
bool isValidIban(const QString &text);

// Why `text` cannot be an IBAN, in the user's language; empty when it can (or when it is empty).
QString ibanProblem(const QString &text);

// In groups of four, as printed on invoices: "ES91 2100 0418 4502 0005 1332".
QString formatIban(const QString &text);

} // namespace ordo
