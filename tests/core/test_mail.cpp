#include "core/billing/InvoiceMail.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceQueries.h"
#include "core/common/FileSecretStore.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"

#include "support/FakeSmtpServer.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstring>

using namespace ordo;
using namespace ordo::test;

namespace {

const QByteArray fakePdf("%PDF-1.4\n% a tiny stand-in for the rendered invoice\n%%EOF\n");

struct Fixture
{
    TestDatabase db;
    FileSecretStore secrets{db.file(QStringLiteral("secrets.json"))};
    CompanyProfiles companyProfiles{*db};
    InvoiceDrafts drafts{*db};
    InvoiceLedger ledger{*db};
    InvoiceQueries invoices{*db};
    Invoice invoice;

    explicit Fixture(const QString &email = QStringLiteral("carmen@example.es"))
    {
        CompanyProfile company;
        company.legalName = QStringLiteral("Ventanas Sol S.L.");
        company.taxId = QStringLiteral("B12345678");
        company.address = QStringLiteral("Calle del Sol 5");
        company.email = QStringLiteral("facturas@ventanassol.es");
        REQUIRE(companyProfiles.save(company).ok());
        Customer c;
        c.name = QStringLiteral("Carmen López");
        c.taxId = QStringLiteral("12345678Z");
        c.address = QStringLiteral("Calle Mayor 12");
        c.email = email;
        NewWorkOrder n;
        n.customerId = *CustomerRepository(*db).add(c);
        n.title = QStringLiteral("Windows");
        n.lines = {{0, 0, QStringLiteral("Window"), 1000, 38500, 2100, 0}};
        auto o = WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Pilar")});
        auto draft = drafts.createFromOrder(o->id, Actor{std::nullopt, QStringLiteral("Pilar")});
        invoice = *ledger.issue(draft->id, draft->version, Actor{std::nullopt, QStringLiteral("Pilar")});
    }

    void smtp(int port, const QString &password)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = SmtpSettings::Security::None;
        s.user = QStringLiteral("pilar");
        s.timeoutSeconds = 5;
        REQUIRE(s.save(*db).ok());
        // The password goes to the store, never to the database.
        auto key = SmtpSettings::passwordKey(*db);
        REQUIRE(key.ok());
        REQUIRE(secrets.set(*key, password).ok());
    }
};

} // namespace

TEST_CASE("an issued invoice is mailed with its PDF to the customer and marked sent", "[mail]")
{
    Fixture f;
    FakeSmtpServer server("pilar", "secret");
    f.smtp(server.port(), QStringLiteral("secret"));
    auto sent = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    INFO((sent ? QString() : sent.error().message).toStdString());
    REQUIRE(sent.ok());
    server.wait();
    CHECK(server.authenticated());
    CHECK(server.recipients() == QList<QByteArray>{"<carmen@example.es>"});
    const QByteArray message = server.message();
    CHECK(message.contains("To: carmen@example.es"));
    // The subject has an em dash, so it travels as an RFC 2047 encoded word.
    const qsizetype subject = message.indexOf("Subject: =?UTF-8?B?");
    REQUIRE(subject >= 0);
    const qsizetype from = subject + int(std::strlen("Subject: =?UTF-8?B?"));
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(message.mid(from, message.indexOf("?=", from) - from)));
    // In the customer's language (Spanish), though the program runs in English.
    CHECK(decoded == QStringLiteral("Factura %1 — Ventanas Sol S.L.").arg(f.invoice.number));
    CHECK(message.contains("filename=\"Factura " + f.invoice.number.toUtf8() + ".pdf\""));
    // The attachment decodes back to the PDF that was handed over.
    const qsizetype start = message.indexOf("Content-Disposition: attachment");
    REQUIRE(start > 0);
    const qsizetype body = message.indexOf("\r\n\r\n", start) + 4;
    const qsizetype end = message.indexOf("--", body);
    const QByteArray attachment = QByteArray::fromBase64(message.mid(body, end - body).replace("\r\n", ""));
    CHECK(attachment == fakePdf);
    CHECK(attachment.startsWith("%PDF-"));

    auto after = f.invoices.find(f.invoice.id);
    CHECK(after->status == InvoiceStatus::Sent);
    CHECK(after->sentAt.has_value());
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 1")) == 1);
}

TEST_CASE("a refused password is said clearly, logged, and the invoice stays issued for a retry", "[mail]")
{
    Fixture f;
    FakeSmtpServer server("pilar", "secret");
    f.smtp(server.port(), QStringLiteral("wrong"));
    auto refused = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("refused the user name or password")));
    CHECK(f.invoices.find(f.invoice.id)->status == InvoiceStatus::Issued);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 0 AND message LIKE '%password%'")) == 1);
}

TEST_CASE("a mail server that is down is reported as such", "[mail]")
{
    Fixture f;
    int port = 0;
    {
        FakeSmtpServer closed("pilar", "secret");
        port = closed.port();
    }  // nothing listens there any more
    f.smtp(port, QStringLiteral("secret"));
    auto down = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().message.contains(QStringLiteral("did not answer")));
    CHECK(f.invoices.find(f.invoice.id)->status == InvoiceStatus::Issued);
}

TEST_CASE("a customer without an e-mail address is refused before anything is sent", "[mail]")
{
    Fixture f{QString()};
    FakeSmtpServer server("pilar", "secret");
    f.smtp(server.port(), QStringLiteral("secret"));
    auto none = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("no e-mail address")));
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 0")) == 1);
}

TEST_CASE("the mail password comes from the secret store, never from the database", "[mail][secrets]")
{
    Fixture f;
    FakeSmtpServer server("pilar", "secret");
    f.smtp(server.port(), QStringLiteral("secret"));
    // Nothing of it in the database's settings, and a stray old value there is not what is sent.
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'smtp.password' AND value <> ''")) == 0);
    rawExec(*f.db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('smtp.password', 'stale') "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    auto sent = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    INFO((sent ? QString() : sent.error().message).toStdString());
    REQUIRE(sent.ok());
    server.wait();
    CHECK(server.authenticated());
    CHECK(f.invoices.find(f.invoice.id)->status == InvoiceStatus::Sent);
}

TEST_CASE("a mail user without a password in the store is refused before connecting, saying where Ordo looked",
          "[mail][secrets]")
{
    Fixture f;
    FakeSmtpServer server("pilar", "secret");
    f.smtp(server.port(), QString());
    auto refused = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("No password for the mail user pilar")));
    CHECK(refused.error().message.contains(f.secrets.location()));
    CHECK(refused.error().message.contains(QStringLiteral("ORDO_SMTP_PASSWORD")));
    CHECK(f.invoices.find(f.invoice.id)->status == InvoiceStatus::Issued);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 0 AND message LIKE '%No password%'")) == 1);
    CHECK_FALSE(server.authenticated());
}

TEST_CASE("the environment's ORDO_SMTP_PASSWORD is what a headless program sends with", "[mail][secrets]")
{
    Fixture f;
    FakeSmtpServer server("pilar", "from-the-environment");
    f.smtp(server.port(), QStringLiteral("from-the-file"));
    qputenv("ORDO_SMTP_PASSWORD", "from-the-environment");
    auto sent = sendInvoice(*f.db, f.secrets, f.invoice.id, fakePdf, Actor{});
    qunsetenv("ORDO_SMTP_PASSWORD");
    INFO((sent ? QString() : sent.error().message).toStdString());
    REQUIRE(sent.ok());
    server.wait();
    CHECK(server.authenticated());
}

TEST_CASE("a mail from an accented company reads right in a real mail parser: From, Subject, Date, Message-ID, "
          "Reply-To and the attachment's name", "[mail]")
{
    MailMessage m;
    m.to = QStringLiteral("Carmen López <carmen@example.es>");
    m.replyTo = QStringLiteral("Cristalería Núñez S.L. <facturas@cristaleria-nunez.es>");
    m.subject = QStringLiteral("Factura 2026-0034 — Cristalería Núñez S.L., reparación de la ventana del salón y persianas");
    m.body = QStringLiteral("Adjuntamos la factura.");
    m.attachmentName = QStringLiteral("Factura 2026-0034.pdf");
    m.attachment = fakePdf;
    const QByteArray mime = Mailer::compose(QStringLiteral("Cristalería Núñez S.L. <facturas@cristaleria-nunez.es>"), m, "b-42");
    // Every header line stays within what RFC 5322 allows.
    for (const QByteArray &line : mime.left(mime.indexOf("\r\n\r\n")).split('\n'))
        CHECK(line.size() <= 78);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("mail.eml")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(mime);
    file.close();
    // Python's email package with its modern policy decodes headers as a mail program does.
    const QString script = QStringLiteral(
        "import sys, email, email.policy, email.utils\n"
        "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n"
        "print(m['From'].addresses[0].display_name)\n"
        "print(m['From'].addresses[0].addr_spec)\n"
        "print(m['Reply-To'].addresses[0].addr_spec)\n"
        "print(m['To'].addresses[0].display_name)\n"
        "print(m['Subject'])\n"
        "print(email.utils.parsedate_to_datetime(m['Date']).utcoffset() is not None)\n"
        "print(m['Message-ID'].endswith('@cristaleria-nunez.es>'))\n"
        "print([p.get_filename() for p in m.iter_attachments()][0])\n"
        "print(len(m.defects) == 0 and all(len(h.defects) == 0 for h in m.values() if hasattr(h, 'defects')))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, file.fileName()});
    REQUIRE(python.waitForFinished());
    INFO(python.readAllStandardError().toStdString());
    const QStringList out = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
    REQUIRE(out.size() >= 9);
    CHECK(out[0] == QStringLiteral("Cristalería Núñez S.L."));
    CHECK(out[1] == QStringLiteral("facturas@cristaleria-nunez.es"));
    CHECK(out[2] == QStringLiteral("facturas@cristaleria-nunez.es"));
    CHECK(out[3] == QStringLiteral("Carmen López"));
    CHECK(out[4] == m.subject);
    CHECK(out[5] == QStringLiteral("True"));
    CHECK(out[6] == QStringLiteral("True"));
    CHECK(out[7] == QStringLiteral("Factura 2026-0034.pdf"));
    CHECK(out[8] == QStringLiteral("True"));
}
