#pragma once

#include "core/common/Result.h"
#include "core/common/SecretStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ordo {

class Database;

// How to reach the company's mail server (company settings). The password is not in the database,
// which everybody who can copy the file can read: it is the company's secret "smtp.password" in the
// program's SecretStore (the keyring on the desktop; a private file or the environment elsewhere).
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(ordo::SmtpSettings)

public:
    enum class Security { None, StartTls, Tls };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString password;              // from the store, never loaded from or saved to the database
    QString from;                  // "Ventanas Sol <facturas@ventanassol.es>" or an address
    int timeoutSeconds = 30;
    // The password has just been written to (or removed from) the store: a clear-text copy that an
    // older Ordo left in the database goes with this save, or it would be moved over the new one.
    bool passwordStored = false;

    static SmtpSettings load(Database &db);
    Result<void> save(Database &db) const;

    // Where the password is kept in a SecretStore (the database's company id makes one on first use).
    static Result<SecretKey> passwordKey(Database &db);
    // The password as the store answered. An error when the store failed, or has none for a server
    // that wants a user name: then the message says where it looked (`storeLocation`).
    Result<void> takePassword(const Result<QString> &stored, const QString &storeLocation);
};

struct MailMessage
{
    QString to;
    QString replyTo;               // where answers go: the company's own address
    QString subject;
    QString body;
    QString attachmentName;
    QByteArray attachment;
    QByteArray attachmentType = "application/pdf";   // "text/calendar; method=REQUEST" for a visit's .ics
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
    // The version of libcurl in use (loaded when first needed), empty when it cannot be loaded.
    static QString libraryVersion();

private:
    SmtpSettings m_settings;
};

} // namespace ordo
