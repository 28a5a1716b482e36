#pragma once

#include <QLatin1String>

namespace ordo::settings {

// Every key of the company-wide settings (the `settings` table), in one place: a typo is a
// compile error, and a search for a key finds everything that reads or writes it.

inline constexpr QLatin1String AssignmentLeastLoaded("assignment.least_loaded");
inline constexpr QLatin1String AssignmentRoundRobin("assignment.round_robin");
inline constexpr QLatin1String AssignmentSkills("assignment.skills");
inline constexpr QLatin1String AssignmentTerritory("assignment.territory");

// The customers' booking page (ordo-server).
inline constexpr QLatin1String BookingColour("booking.colour");
inline constexpr QLatin1String BookingClosedDays("booking.closed_days");
inline constexpr QLatin1String BookingCorsOrigin("booking.cors_origin");
inline constexpr QLatin1String BookingDaysAhead("booking.days_ahead");
inline constexpr QLatin1String BookingEnabled("booking.enabled");
inline constexpr QLatin1String BookingFrameAncestors("booking.frame_ancestors");
inline constexpr QLatin1String BookingJobTypes("booking.job_types");
inline constexpr QLatin1String BookingLeadHours("booking.lead_hours");
inline constexpr QLatin1String BookingManageDays("booking.manage_days");
inline constexpr QLatin1String BookingMaxSlots("booking.max_slots");
inline constexpr QLatin1String BookingPrivacyEn("booking.privacy_en");
inline constexpr QLatin1String BookingPrivacyEs("booking.privacy_es");
inline constexpr QLatin1String BookingVisitMinutes("booking.visit_minutes");

inline constexpr QLatin1String CompanyAddress("company.address");
inline constexpr QLatin1String CompanyCity("company.city");
inline constexpr QLatin1String CompanyEmail("company.email");
inline constexpr QLatin1String CompanyFooter("company.footer");
inline constexpr QLatin1String CompanyIban("company.iban");
inline constexpr QLatin1String CompanyLegalName("company.legal_name");
inline constexpr QLatin1String CompanyLogoPng("company.logo_png");
inline constexpr QLatin1String CompanyPaymentTerms("company.payment_terms");
inline constexpr QLatin1String CompanyPhone("company.phone");
inline constexpr QLatin1String CompanyPostcode("company.postcode");
inline constexpr QLatin1String CompanyTaxId("company.tax_id");

// What finishing a job on a technician's phone does with the invoice: draft | issue | issue_and_mail.
inline constexpr QLatin1String FieldFinishInvoice("field.finish_invoice");

// Work order numbers: the prefix before the year ("WO-", "OT-").
inline constexpr QLatin1String OrdersPrefix("orders.prefix");

// Quotes (presupuestos): how many days a new quote is valid, and the conditions printed on it.
inline constexpr QLatin1String QuoteConditions("quote.conditions");
inline constexpr QLatin1String QuoteValidityDays("quote.validity_days");

inline constexpr QLatin1String InvoiceDefaultVatBp("invoice.default_vat_bp");
inline constexpr QLatin1String InvoicePaymentDays("invoice.payment_days");
inline constexpr QLatin1String InvoiceRectifyingSeries("invoice.rectifying_series");
inline constexpr QLatin1String InvoiceSeries("invoice.series");
inline constexpr QLatin1String InvoiceSimplifiedLimitCents("invoice.simplified_limit_cents");
inline constexpr QLatin1String InvoiceSimplifiedSeries("invoice.simplified_series");

inline constexpr QLatin1String SecurityIdleLockMinutes("security.idle_lock_minutes");
inline constexpr QLatin1String SecurityRequireSecret("security.require_secret");
inline constexpr QLatin1String SecurityUnsignedChanges("security.unsigned_changes");   // allow | forbid

// The key that signs ordo-server's form tokens (CSRF), base64, made at random by the first server
// that needs it: every server process on the database accepts the others' tokens.
inline constexpr QLatin1String ServerCsrfSecret("server.csrf_secret");
// The address people and phones reach ordo-server at ("https://ordo.example.es"), as the last server
// started with --public-url said: the desktop and ordo-cli print it into links (asset labels).
inline constexpr QLatin1String ServerPublicUrl("server.public_url");

inline constexpr QLatin1String SmtpFrom("smtp.from");
inline constexpr QLatin1String SmtpHost("smtp.host");
// Not a setting any more: the name of the company's SMTP password in its SecretStore. The database's
// row is only read to move a clear-text password written by an older Ordo out of it.
inline constexpr QLatin1String SmtpPassword("smtp.password");
inline constexpr QLatin1String SmtpPort("smtp.port");
inline constexpr QLatin1String SmtpSecurity("smtp.security");
inline constexpr QLatin1String SmtpUser("smtp.user");

// The company's certificate for the AEAT's web service: the PKCS#12 file (base64) and what it says
// (for showing it without its password). The password is the secret "verifactu.certificate_password"
// in the program's SecretStore, never here.
inline constexpr QLatin1String VerifactuCertificate("verifactu.certificate");
inline constexpr QLatin1String VerifactuCertificateExpires("verifactu.certificate_expires");
inline constexpr QLatin1String VerifactuCertificatePassword("verifactu.certificate_password");
inline constexpr QLatin1String VerifactuCertificateSubject("verifactu.certificate_subject");
inline constexpr QLatin1String VerifactuEndpointProduction("verifactu.endpoint_production");
inline constexpr QLatin1String VerifactuEndpointTest("verifactu.endpoint_test");
inline constexpr QLatin1String VerifactuEnvironment("verifactu.environment");
inline constexpr QLatin1String VerifactuInstallation("verifactu.installation");
inline constexpr QLatin1String VerifactuMode("verifactu.mode");
inline constexpr QLatin1String VerifactuProducerName("verifactu.producer_name");
inline constexpr QLatin1String VerifactuProducerNif("verifactu.producer_nif");
inline constexpr QLatin1String VerifactuQrUrlProduction("verifactu.qr_url_production");
inline constexpr QLatin1String VerifactuQrUrlTest("verifactu.qr_url_test");
inline constexpr QLatin1String VerifactuRectifyingType("verifactu.rectifying_type");
inline constexpr QLatin1String VerifactuZeroVat("verifactu.zero_vat");

} // namespace ordo::settings
