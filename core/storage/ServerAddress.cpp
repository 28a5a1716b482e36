#include "core/storage/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace ordo {

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part));
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString t = text.trimmed();
    auto bad = [&](const QString &why) {
        // The text may hold a password: it is not repeated back.
        return makeError(ErrorCode::Invalid, tr("The database server address is not valid: %1 Write it as "
                                                   "postgresql://user@server/database.")
                                                    .arg(why));
    };
    if (!looksLikeServer(t))
        return bad(tr("it must begin with postgresql://."));
    ServerAddress a;
    QString rest = t.mid(t.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString authority = rest;
    QString path;
    if (const int slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        a.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            a.password = decoded(userInfo.mid(colon + 1));
    }
    QString hostPart = authority;
    if (hostPart.startsWith(QLatin1Char('['))) {  // [IPv6]:port
        const int close = hostPart.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(tr("the server's IPv6 address has no closing bracket."));
        a.host = hostPart.mid(1, close - 1);
        hostPart = hostPart.mid(close + 1);
        if (hostPart.startsWith(QLatin1Char(':')))
            hostPart = hostPart.mid(1);
        else
            hostPart.clear();
        if (!hostPart.isEmpty()) {
            bool ok = false;
            a.port = hostPart.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return bad(tr("the port must be a number from 1 to 65535."));
        }
    } else {
        const int colon = hostPart.lastIndexOf(QLatin1Char(':'));
        a.host = decoded(colon >= 0 ? hostPart.left(colon) : hostPart);
        if (colon >= 0) {
            bool ok = false;
            a.port = hostPart.mid(colon + 1).toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return bad(tr("the port must be a number from 1 to 65535."));
        }
    }
    a.database = decoded(path);
    const QUrlQuery options(query);
    for (const auto &[key, rawValue] : options.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == QLatin1String("host")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return bad(tr("the port must be a number from 1 to 65535."));
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                           QStringLiteral("require"), QStringLiteral("verify-ca"),
                                           QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return bad(tr("sslmode must be one of %1.").arg(modes.join(QStringLiteral(", "))));
            a.sslMode = value;
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("dbname")) {
            a.database = value;
        } else if (key == QLatin1String("application_name")) {
            a.applicationName = value;
        } else if (key == QLatin1String("connect_timeout")) {
            a.connectTimeoutSeconds = qMax(1, value.toInt());
        } else {
            return bad(tr("Ordo does not know the option %1.").arg(key));
        }
    }
    if (a.database.isEmpty())
        return bad(tr("it names no database (…/database at the end)."));
    if (a.host.isEmpty())
        a.host = QStringLiteral("/var/run/postgresql");
    return a;
}

QString ServerAddress::withoutPassword() const
{
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += encoded(user) + QLatin1Char('@');
    if (!socket)
        s += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    if (!socket && port != 5432)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + encoded(database);
    QStringList options;
    if (socket)
        options << QStringLiteral("host=") + encoded(host);
    if (socket && port != 5432)
        options << QStringLiteral("port=") + QString::number(port);
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!options.isEmpty())
        s += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return s;
}

QString ServerAddress::connectOptions() const
{
    QStringList o;
    if (!sslMode.isEmpty())
        o << QStringLiteral("sslmode=") + sslMode;
    o << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    if (!applicationName.isEmpty())
        o << QStringLiteral("application_name=") + applicationName;
    return o.join(QLatin1Char(';'));
}

} // namespace ordo
