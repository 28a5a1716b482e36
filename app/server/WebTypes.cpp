#include "WebTypes.h"

#include <QUrl>

namespace ordo::server {

QHash<QString, QString> WebRequest::form() const
{
    QHash<QString, QString> fields;
    if (!header("content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
        return fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        // '+' is a space in forms; percent-decoding comes after, so "%2B" stays a plus.
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (!fields.contains(key))
            fields.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

QByteArray WebRequest::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

QString WebRequest::cookie(const QString &name) const
{
    const QList<QByteArray> parts = header("cookie").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals > 0 && QString::fromUtf8(trimmed.left(equals)) == name) {
            QByteArray value = trimmed.mid(equals + 1);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return QString::fromUtf8(value);
        }
    }
    return {};
}

void WebRequest::detectLanguage()
{
    // The page's own language first: the link's, or the form's (a Spanish page sent from a phone
    // set to English is answered in Spanish, and its e-mail too).
    QString asked = query.queryItemValue(QStringLiteral("lang")).trimmed().toLower();
    if (asked.isEmpty() && method == "POST")
        asked = form().value(QStringLiteral("lang")).trimmed().toLower();
    if (asked == QLatin1String("es") || asked == QLatin1String("en")) {
        language = asked;
        return;
    }
    // "en-GB,en;q=0.9,es;q=0.8": the first of Spanish or English with the highest weight.
    QString best = QStringLiteral("es");
    double bestWeight = -1;
    const QList<QByteArray> entries = header("accept-language").split(',');
    for (const QByteArray &entry : entries) {
        const QList<QByteArray> parts = entry.split(';');
        const QString tag = QString::fromLatin1(parts.first().trimmed()).toLower();
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (primary != QLatin1String("es") && primary != QLatin1String("en"))
            continue;
        double weight = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                weight = p.mid(2).toDouble(&ok);
                if (!ok)
                    weight = 0;
            }
        }
        if (weight > bestWeight && weight > 0) {
            best = primary;
            bestWeight = weight;
        }
    }
    language = best;
}

QByteArray WebResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool WebResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void WebResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const QPair<QByteArray, QByteArray> &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append(qMakePair(name, value));
}

WebResponse WebResponse::html(const QString &page, int status)
{
    WebResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page.toUtf8();
    return r;
}

WebResponse WebResponse::json(const QByteArray &document, int status)
{
    WebResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = document;
    return r;
}

WebResponse WebResponse::text(const QString &text, int status)
{
    WebResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text.toUtf8();
    return r;
}

WebResponse WebResponse::redirect(const QString &location, int status)
{
    WebResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.setHeader("Location", QUrl(location).toEncoded());
    return r;
}

WebResponse WebResponse::error(int status, const QString &message)
{
    const QString escaped = escapeHtml(message);
    return html(QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                               "<title>%1</title><link rel=\"stylesheet\" href=\"/static/ordo.css\"></head>"
                               "<body><main class=\"error\"><h1>%1</h1></main></body></html>\n")
                    .arg(escaped),
                status);
}

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace ordo::server
