#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ordo {

class Database;

// How to reach the company's mail server (company settings).
struct SmtpSettings
{
    enum class Security { None, StartTls, Tls };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString password;
    QString from;                  // "Ventanas Sol <facturas@ventanassol.es>" or an address
    int timeoutSeconds = 30;

    static SmtpSettings load(Database &db);
    Result<void> save(Database &db) const;
};

struct MailMessage
{
    QString to;
    QString subject;
    QString body;
    QString attachmentName;
    QByteArray attachment;         // sent as application/pdf
};

// Sends mail through SMTP with libcurl (TLS, authentication and the protocol are libcurl's).
// Failures come back as clear, translated messages: server unreachable, password refused...
class Mailer final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Mailer)

public:
    explicit Mailer(SmtpSettings settings) : m_settings(std::move(settings)) {}
    Result<void> send(const MailMessage &message) const;

    // The MIME text of a message (RFC 5322 headers, multipart/mixed, base64 attachment).
    static QByteArray compose(const QString &from, const MailMessage &message, const QByteArray &boundary);

private:
    SmtpSettings m_settings;
};

} // namespace ordo
