#include "core/billing/Mailer.h"
#include "core/storage/SettingsKeys.h"

#include "core/common/Clock.h"
#include "core/storage/CompanyIdentity.h"
#include "core/storage/Settings.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include "core/common/LazyLibrary.h"

#include <curl/curl.h>

#include <cstdlib>
#include <cstring>

namespace ordo {

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 127 || c.unicode() < 32)
            return false;
    return true;
}

// RFC 2047: text outside ASCII as "=?UTF-8?B?…?=" words of at most 75 characters, split between
// whole UTF-8 characters and folded onto continuation lines.
QByteArray encodedWord(const QString &text)
{
    if (isAscii(text))
        return text.toUtf8();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            ch += text[++i];
        const QByteArray bytes = ch.toUtf8();
        // 39 bytes of UTF-8 make 52 of base64: with "=?UTF-8?B?" and "?=", 64 characters, which leaves
        // room for the header's name on its first line.
        if (chunk.size() + bytes.size() > 39) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &w : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

// An address header: "Name <address>" with the name encoded (or quoted when it has specials),
// the address itself left as it is.
QByteArray addressHeader(const QString &mailbox)
{
    static const QRegularExpression named(QStringLiteral("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$"));
    const auto m = named.match(mailbox);
    if (!m.hasMatch())
        return mailbox.trimmed().toUtf8();
    const QString name = m.captured(1).trimmed();
    const QByteArray address = "<" + m.captured(2).trimmed().toUtf8() + ">";
    if (name.isEmpty())
        return address;
    if (!isAscii(name))
        return encodedWord(name) + "\r\n " + address;   // folded: each line stays short
    static const QRegularExpression specials(QStringLiteral("[()<>\\[\\]:;@\\\\,.\"]"));
    if (name.contains(specials))
        return "\"" + QString(name).replace(QLatin1Char('"'), QStringLiteral("\\\"")).toUtf8() + "\" " + address;
    return name.toUtf8() + " " + address;
}

// RFC 2231 for a file name outside ASCII: filename*=UTF-8''percent-encoded.
QByteArray fileNameParameter(const char *parameter, const QString &name)
{
    if (isAscii(name))
        return QByteArray(parameter) + "=\"" + name.toUtf8() + "\"";
    return QByteArray(parameter) + "*=UTF-8''" + name.toUtf8().toPercentEncoding();
}

QByteArray bareAddress(const QString &address)
{
    static const QRegularExpression angle(QStringLiteral("<([^>]+)>"));
    const auto m = angle.match(address);
    return (m.hasMatch() ? m.captured(1) : address).trimmed().toUtf8();
}

struct Upload
{
    QByteArray data;
    qsizetype sent = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = static_cast<size_t>(upload->data.size() - upload->sent);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->sent, n);
    upload->sent += static_cast<qsizetype>(n);
    return n;
}

} // namespace

SmtpSettings SmtpSettings::load(Database &db)
{
    CompanySettings s(db);
    SmtpSettings m;
    m.host = s.value(QString(settings::SmtpHost));
    m.port = s.value(QString(settings::SmtpPort), QStringLiteral("587")).toInt();
    const QString security = s.value(QString(settings::SmtpSecurity), QStringLiteral("starttls"));
    m.security = security == QLatin1String("tls") ? Security::Tls : security == QLatin1String("none") ? Security::None
                                                                                                        : Security::StartTls;
    m.user = s.value(QString(settings::SmtpUser));
    m.from = s.value(QString(settings::SmtpFrom));
    return m;
}

Result<void> SmtpSettings::save(Database &db) const
{
    return withTransaction(db, [&]() -> Result<void> {
        CompanySettings s(db);
        const QString sec = security == Security::Tls ? QStringLiteral("tls") : security == Security::None ? QStringLiteral("none")
                                                                                                            : QStringLiteral("starttls");
        for (const auto &[key, value] : {std::pair{QString(settings::SmtpHost), host.trimmed()},
                                         std::pair{QString(settings::SmtpPort), QString::number(port)},
                                         std::pair{QString(settings::SmtpSecurity), sec},
                                         std::pair{QString(settings::SmtpUser), user},
                                         std::pair{QString(settings::SmtpFrom), from.trimmed()}})
            if (auto r = s.setValue(key, value); !r)
                return r;
        if (passwordStored && !s.value(QString(settings::SmtpPassword)).isEmpty())
            return s.setValue(QString(settings::SmtpPassword), QString());
        return {};
    });
}

Result<SecretKey> SmtpSettings::passwordKey(Database &db)
{
    auto company = CompanyIdentity::of(db);
    if (!company)
        return company.error();
    return SecretKey{*company, QString(settings::SmtpPassword)};
}

Result<void> SmtpSettings::takePassword(const Result<QString> &stored, const QString &storeLocation)
{
    if (!stored)
        return makeError(stored.error().code, tr("The mail password could not be read: %1").arg(stored.error().message));
    password = *stored;
    if (password.isEmpty() && !user.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("No password for the mail user %1 is kept in %2. Enter it in Settings › "
                                                "Company and e-mail, or, for a program without a screen, set %3.")
                                                 .arg(user, storeLocation, QStringLiteral("ORDO_SMTP_PASSWORD")));
    return {};
}

QByteArray Mailer::compose(const QString &from, const MailMessage &m, const QByteArray &boundary)
{
    QByteArray out;
    // RFC 5322 dates in English with the local offset, whatever the program's language.
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc() / 60;
    const QByteArray date = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() +
                            QStringLiteral("%1%2%3").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0')).toLatin1();
    out += "Date: " + date + "\r\n";
    out += "From: " + addressHeader(from) + "\r\n";
    out += "To: " + addressHeader(m.to) + "\r\n";
    if (!m.replyTo.trimmed().isEmpty())
        out += "Reply-To: " + addressHeader(m.replyTo) + "\r\n";
    out += "Subject: " + encodedWord(m.subject) + "\r\n";
    const QByteArray bare = bareAddress(from);
    QByteArray domain = bare.contains('@') ? bare.mid(bare.lastIndexOf('@') + 1) : QByteArray();
    if (domain.isEmpty())
        domain = "ordo.invalid";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" + domain + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = m.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        out += body.mid(i, 76) + "\r\n";
    if (!m.attachment.isEmpty()) {
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + (m.attachmentType.isEmpty() ? QByteArray("application/octet-stream") : m.attachmentType) + "; " +
               fileNameParameter("name", m.attachmentName) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: attachment; " + fileNameParameter("filename", m.attachmentName) + "\r\n\r\n";
        const QByteArray data = m.attachment.toBase64();
        for (qsizetype i = 0; i < data.size(); i += 76)
            out += data.mid(i, 76) + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

namespace {

// libcurl, loaded when the first message is sent (not at every start of every program).
struct Curl
{
    CURL *(*easyInit)() = nullptr;
    CURLcode (*easySetopt)(CURL *, CURLoption, ...) = nullptr;
    CURLcode (*easyPerform)(CURL *) = nullptr;
    CURLcode (*easyGetinfo)(CURL *, CURLINFO, ...) = nullptr;
    void (*easyCleanup)(CURL *) = nullptr;
    const char *(*easyStrerror)(CURLcode) = nullptr;
    curl_slist *(*slistAppend)(curl_slist *, const char *) = nullptr;
    void (*slistFreeAll)(curl_slist *) = nullptr;
    curl_version_info_data *(*versionInfo)(CURLversion) = nullptr;

    bool complete() const
    {
        return easyInit && easySetopt && easyPerform && easyGetinfo && easyCleanup && easyStrerror && slistAppend &&
               slistFreeAll && versionInfo;
    }
};

LazyLibrary &curlLibrary()
{
    static LazyLibrary library({{QStringLiteral("curl"), 4}, {QStringLiteral("libcurl-4"), -1}, {QStringLiteral("curl"), -1}});
    return library;
}

const Curl *curl()
{
    static const Curl api = [] {
        LazyLibrary &lib = curlLibrary();
        Curl c;
        c.easyInit = lib.function<decltype(c.easyInit)>("curl_easy_init");
        c.easySetopt = lib.function<decltype(c.easySetopt)>("curl_easy_setopt");
        c.easyPerform = lib.function<decltype(c.easyPerform)>("curl_easy_perform");
        c.easyGetinfo = lib.function<decltype(c.easyGetinfo)>("curl_easy_getinfo");
        c.easyCleanup = lib.function<decltype(c.easyCleanup)>("curl_easy_cleanup");
        c.easyStrerror = lib.function<decltype(c.easyStrerror)>("curl_easy_strerror");
        c.slistAppend = lib.function<decltype(c.slistAppend)>("curl_slist_append");
        c.slistFreeAll = lib.function<decltype(c.slistFreeAll)>("curl_slist_free_all");
        c.versionInfo = lib.function<decltype(c.versionInfo)>("curl_version_info");
        return c;
    }();
    return api.complete() ? &api : nullptr;
}

} // namespace

QString Mailer::libraryVersion()
{
    const Curl *c = curl();
    const curl_version_info_data *info = c ? c->versionInfo(CURLVERSION_NOW) : nullptr;
    return info ? QString::fromLatin1(info->version) : QString();
}

Result<void> Mailer::send(const MailMessage &m) const
{
    if (m.to.trimmed().isEmpty() || !m.to.contains(QLatin1Char('@')))
        return makeError(ErrorCode::Invalid, tr("There is no e-mail address to send it to."));
    if (m_settings.host.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("No mail server is set up: fill in Settings › E-mail."));
    const QString from = m_settings.from.isEmpty() ? m_settings.user : m_settings.from;
    if (!from.contains(QLatin1Char('@')))
        return makeError(ErrorCode::Invalid, tr("Set the sender address in Settings › E-mail."));

    const Curl *api = ordo::curl();
    if (!api)
        return makeError(ErrorCode::Io, tr("The mail library (libcurl) could not be loaded: %1").arg(curlLibrary().errorText()));
    CURL *curl = api->easyInit();
    if (!curl)
        return makeError(ErrorCode::Io, tr("The mail library could not start."));
    const QByteArray scheme = m_settings.security == SmtpSettings::Security::Tls ? "smtps" : "smtp";
    const QByteArray url = scheme + "://" + m_settings.host.trimmed().toUtf8() + ':' + QByteArray::number(m_settings.port);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray mailFrom = '<' + bareAddress(from) + '>';
    const QByteArray rcpt = '<' + bareAddress(m.to) + '>';
    Upload upload{compose(from, m, "ordo-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1())};
    char errorText[CURL_ERROR_SIZE] = {0};

    curl_slist *recipients = api->slistAppend(nullptr, rcpt.constData());
    api->easySetopt(curl, CURLOPT_URL, url.constData());
    api->easySetopt(curl, CURLOPT_ERRORBUFFER, errorText);
    if (m_settings.security == SmtpSettings::Security::StartTls)
        api->easySetopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        api->easySetopt(curl, CURLOPT_USERNAME, user.constData());
        api->easySetopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    api->easySetopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    api->easySetopt(curl, CURLOPT_MAIL_RCPT, recipients);
    api->easySetopt(curl, CURLOPT_READFUNCTION, readPayload);
    api->easySetopt(curl, CURLOPT_READDATA, &upload);
    api->easySetopt(curl, CURLOPT_UPLOAD, 1L);
    api->easySetopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min(m_settings.timeoutSeconds, 15)));
    api->easySetopt(curl, CURLOPT_TIMEOUT, static_cast<long>(m_settings.timeoutSeconds));
    api->easySetopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode rc = api->easyPerform(curl);
    long response = 0;
    api->easyGetinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    api->slistFreeAll(recipients);
    api->easyCleanup(curl);
    if (rc == CURLE_OK)
        return {};

    const QString server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    const QString detail = QString::fromUtf8(errorText[0] ? errorText : api->easyStrerror(rc));
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return makeError(ErrorCode::Io, tr("The mail server %1 was not found; check its name in Settings › E-mail.").arg(server));
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return makeError(ErrorCode::Io, tr("The mail server %1 did not answer; it may be down, or the port is wrong.").arg(server));
    case CURLE_LOGIN_DENIED:
        return makeError(ErrorCode::Forbidden, tr("The mail server refused the user name or password (%1).").arg(detail));
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return makeError(ErrorCode::Io, tr("A secure connection to the mail server %1 failed (%2).").arg(server, detail));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    default:
        if (response == 535 || response == 534)
            return makeError(ErrorCode::Forbidden, tr("The mail server refused the user name or password (%1).").arg(detail));
        if (response >= 500)
            return makeError(ErrorCode::Io, tr("The mail server refused the message (%1 %2).").arg(response).arg(detail));
        return makeError(ErrorCode::Io, tr("The message could not be sent through %1 (%2).").arg(server, detail));
    }
}

} // namespace ordo
