#include "TokenCommands.h"

#include "CliCommands.h"

#include "core/common/Authorization.h"
#include "core/people/ApiTokens.h"

#include <QDateTime>
#include <QJsonArray>

namespace ordo::cli {

namespace {

QString when(const std::optional<qint64> &secs)
{
    return secs ? QDateTime::fromSecsSinceEpoch(*secs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonObject tokenJson(const ApiToken &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("role"), toKey(t.role)},
            {QStringLiteral("prefix"), t.prefix},
            {QStringLiteral("created_at"), t.createdAt},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("revoked_at"), t.revokedAt ? QJsonValue(*t.revokedAt) : QJsonValue()},
            {QStringLiteral("last_used_at"), t.lastUsedAt ? QJsonValue(*t.lastUsedAt) : QJsonValue()}};
}

class TokenCreate final : public Command
{
public:
    TokenCreate()
        : Command(QStringLiteral("token create"), Access::Writes, 0, Cli::tr("--name NAME --role owner|office|sales|technician [--json]"),
                  Cli::tr("a new API token for a scheduled job; it is shown once, only its digest is kept"),
                  {{QStringLiteral("name"), Cli::tr("What uses the token, e.g. backup-job."), Cli::tr("name")},
                   {QStringLiteral("role"), Cli::tr("The role whose permissions the token has."), Cli::tr("role")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        const auto role = accessRoleFromKey(c.value(QStringLiteral("role")));
        if (!role)
            return c.usage(Cli::tr("Say the token's role with --role owner, office, sales or technician."));
        auto made = ApiTokens(*c.db).create(c.value(QStringLiteral("name")), *role, c.actor);
        if (!made)
            return c.fail(made.error());
        if (c.json()) {
            QJsonObject o = tokenJson(made->token);
            o.insert(QStringLiteral("token"), made->secret);
            return c.printJson(o);
        }
        c.out << made->secret << Qt::endl;
        c.err << Cli::tr("Token %1 (%2) created. Keep it now: it will not be shown again. Jobs use it as ORDO_TOKEN.")
                     .arg(made->token.name, displayName(made->token.role))
              << Qt::endl;
        return Ok;
    }
};

class TokenList final : public Command
{
public:
    TokenList()
        : Command(QStringLiteral("token list"), Access::Writes, 0, Cli::tr("[--json]"),
                  Cli::tr("the API tokens, with their role, maker, last use and whether they are revoked"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        if (auto allowed = authorize(c.actor, Permission::ManageUsers); !allowed)
            return c.fail(allowed.error());
        auto tokens = ApiTokens(*c.db).list();
        if (!tokens)
            return c.fail(tokens.error());
        if (c.json()) {
            QJsonArray list;
            for (const ApiToken &t : *tokens)
                list.append(tokenJson(t));
            return c.printJson({{QStringLiteral("tokens"), list}});
        }
        for (const ApiToken &t : *tokens)
            c.out << padded(QString::number(t.id), 5) << padded(t.name, 20) << padded(displayName(t.role), 12)
                  << padded(t.createdBy, 18) << Cli::tr("used %1").arg(when(t.lastUsedAt))
                  << (t.revokedAt ? QStringLiteral("  ") + Cli::tr("revoked %1").arg(when(t.revokedAt)) : QString())
                  << Qt::endl;
        if (tokens->isEmpty())
            c.out << Cli::tr("No API tokens.") << Qt::endl;
        return Ok;
    }
};

class TokenRevoke final : public Command
{
public:
    TokenRevoke()
        : Command(QStringLiteral("token revoke"), Access::Writes, 1, Cli::tr("ID"),
                  Cli::tr("revokes an API token: jobs using it are refused from now on"))
    {
    }

    int run(Context &c) const override
    {
        bool ok = false;
        const Id id = c.arguments.at(0).toLongLong(&ok);
        if (!ok)
            return c.usage(Cli::tr("Give the token's number, as “token list” shows it."));
        if (auto revoked = ApiTokens(*c.db).revoke(id, c.actor); !revoked)
            return c.fail(revoked.error());
        c.out << Cli::tr("Token %1 is revoked.").arg(id) << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands tokenCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<TokenCreate>());
    commands.push_back(std::make_unique<TokenList>());
    commands.push_back(std::make_unique<TokenRevoke>());
    return commands;
}

} // namespace ordo::cli
