#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ordo::server {

// One HTTP request as the handlers see it: plain data, so that a handler can be tested without a
// socket. The front end (HttpFrontEnd) fills it from Qt's request.
struct WebRequest
{
    QByteArray method;   // "GET", "POST"… upper case
    QString path;        // the URL's path, percent-decoded; no query string
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
    QString peer;        // the client's address
    QString language;    // "es" or "en": ?lang=, then Accept-Language, else Spanish

    // The body's fields when it is application/x-www-form-urlencoded (empty otherwise); a name given
    // twice keeps its first value.
    QHash<QString, QString> form() const;
    // A header's value ("" when absent); `name` in any case.
    QByteArray header(const QByteArray &name) const;
    // A cookie's value from the Cookie header ("" when absent).
    QString cookie(const QString &name) const;

    // Sets `language` from ?lang= and then Accept-Language (its first Spanish or English entry by
    // preference), Spanish when neither says.
    void detectLanguage();
};

// What a handler answers.
struct WebResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The value of a header the response carries ("" when absent); `name` in any case.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // Replaces any header of that name.
    void setHeader(const QByteArray &name, const QByteArray &value);

    bool isHtml() const { return contentType.startsWith("text/html"); }

    static WebResponse html(const QString &page, int status = 200);
    static WebResponse json(const QByteArray &document, int status = 200);
    static WebResponse text(const QString &text, int status = 200);
    // 303 See Other: after a form's POST the browser GETs `location`.
    static WebResponse redirect(const QString &location, int status = 303);
    // A plain HTML page with only the (already translated) message, escaped.
    static WebResponse error(int status, const QString &message);
};

// Text made safe for HTML content and attribute values.
QString escapeHtml(const QString &text);

} // namespace ordo::server
