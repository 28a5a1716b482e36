#include "PhoneCommands.h"

#include "CliCommands.h"

#include "core/people/Accounts.h"
#include "core/people/PhoneDevices.h"
#include "core/usecases/FieldWork.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

namespace ordo::cli {

namespace {

QString when(const std::optional<qint64> &secs)
{
    return secs ? QDateTime::fromSecsSinceEpoch(*secs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

class PhonePair final : public Command
{
public:
    PhonePair()
        : Command(QStringLiteral("phone pair"), Access::Writes, 1, Cli::tr("PERSON [--url SERVER] [--json]"),
                  Cli::tr("a one-time code (15 minutes) that pairs a technician's phone with ordo-server's /tech app"),
                  {{QStringLiteral("url"), Cli::tr("The server's address as the phone reaches it, for the link."), Cli::tr("url")},
                   jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto account = Accounts(*c.db).findByUsernameOrName(c.arguments.at(0));
        if (!account)
            return c.fail(account.error());
        auto code = PhoneDevices(*c.db).createPairingCode(account->staffId, c.actor);
        if (!code)
            return c.fail(code.error());
        QString base = c.value(QStringLiteral("url")).trimmed();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const QString link = base.isEmpty() ? QString() : base + QStringLiteral("/tech/#pair=") + code->code;
        if (c.json())
            return c.printJson({{QStringLiteral("code"), code->code},
                                {QStringLiteral("expires_at"), code->expiresAt},
                                {QStringLiteral("staff"), account->name},
                                {QStringLiteral("url"), link}});
        c.out << code->code << Qt::endl;
        if (!link.isEmpty())
            c.out << link << Qt::endl;
        c.err << Cli::tr("Pairing code for %1, valid once until %2.").arg(account->name, when(code->expiresAt)) << Qt::endl;
        return Ok;
    }
};

class PhoneList final : public Command
{
public:
    PhoneList()
        : Command(QStringLiteral("phone list"), Access::Reads, 0, Cli::tr("[--json]"), Cli::tr("the paired phones"), {jsonOption()})
    {
    }

    int run(Context &c) const override
    {
        auto phones = PhoneDevices(*c.db).list();
        if (!phones)
            return c.fail(phones.error());
        if (c.json()) {
            QJsonArray list;
            for (const PhoneDevice &d : *phones)
                list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                        {QStringLiteral("staff"), d.staffName},
                                        {QStringLiteral("name"), d.name},
                                        {QStringLiteral("created_at"), d.createdAt},
                                        {QStringLiteral("last_seen_at"), d.lastSeenAt ? QJsonValue(*d.lastSeenAt) : QJsonValue()},
                                        {QStringLiteral("revoked_at"), d.revokedAt ? QJsonValue(*d.revokedAt) : QJsonValue()}});
            return c.printJson(QJsonObject{{QStringLiteral("phones"), list}});
        }
        for (const PhoneDevice &d : *phones)
            c.out << d.id << "  " << d.staffName << "  " << d.name << "  " << Cli::tr("last seen %1").arg(when(d.lastSeenAt))
                  << (d.revokedAt ? QStringLiteral("  ") + Cli::tr("removed %1").arg(when(d.revokedAt)) : QString()) << Qt::endl;
        if (phones->isEmpty())
            c.out << Cli::tr("No paired phones.") << Qt::endl;
        return Ok;
    }
};

class PhoneRevoke final : public Command
{
public:
    PhoneRevoke()
        : Command(QStringLiteral("phone revoke"), Access::Writes, 1, Cli::tr("ID"),
                  Cli::tr("removes a paired phone: it is refused at once, and needs a new code"))
    {
    }

    int run(Context &c) const override
    {
        bool ok = false;
        const Id id = c.arguments.at(0).toLongLong(&ok);
        if (!ok)
            return c.usage(Cli::tr("Give the phone's number, as “phone list” shows it."));
        if (auto revoked = PhoneDevices(*c.db).revoke(id, c.actor); !revoked)
            return c.fail(revoked.error());
        c.out << Cli::tr("Phone %1 is removed.").arg(id) << Qt::endl;
        return Ok;
    }
};

// The PIN is read from standard input (one line), never from the command line, where other users of
// the machine could see it in the list of processes.
class PhoneSetPin final : public Command
{
public:
    PhoneSetPin()
        : Command(QStringLiteral("phone set-pin"), Access::Writes, 1, Cli::tr("PERSON < PIN"),
                  Cli::tr("sets the PIN a technician types on the phone (4 to 8 digits, read from standard input)"))
    {
    }

    int run(Context &c) const override
    {
        auto account = Accounts(*c.db).findByUsernameOrName(c.arguments.at(0));
        if (!account)
            return c.fail(account.error());
        QTextStream in(stdin);
        const QString pin = in.readLine().trimmed();
        if (auto set = Accounts(*c.db).setSecret(account->staffId, SecretKind::Pin, pin, c.actor); !set)
            return c.fail(set.error());
        c.out << Cli::tr("%1 has a new PIN.").arg(account->name) << Qt::endl;
        return Ok;
    }
};

// What finishing a job on the phone does with the invoice (Settings › Technicians' phones).
class PhoneOnFinish final : public Command
{
public:
    PhoneOnFinish()
        : Command(QStringLiteral("phone on-finish"), Access::Writes, 1, Cli::tr("draft|issue|issue-and-mail"),
                  Cli::tr("what a job finished on a phone does with its invoice: a draft for the office (draft), "
                          "issued at once (issue), or issued and e-mailed by ordo-server (issue-and-mail)"))
    {
    }

    int run(Context &c) const override
    {
        const QStringList words{QStringLiteral("draft"), QStringLiteral("issue"), QStringLiteral("issue-and-mail")};
        const auto chosen = words.indexOf(c.arguments.at(0));
        if (chosen < 0)
            return c.usage(Cli::tr("Say draft, issue or issue-and-mail."));
        if (auto set = FieldWork::setFinishInvoice(*c.db, static_cast<FinishInvoice>(chosen), c.actor); !set)
            return c.fail(set.error());
        c.out << Cli::tr("A job finished on a phone now: %1.").arg(words.at(chosen)) << Qt::endl;
        return Ok;
    }
};

} // namespace

Commands phoneCommands()
{
    Commands commands;
    commands.push_back(std::make_unique<PhonePair>());
    commands.push_back(std::make_unique<PhoneList>());
    commands.push_back(std::make_unique<PhoneRevoke>());
    commands.push_back(std::make_unique<PhoneSetPin>());
    commands.push_back(std::make_unique<PhoneOnFinish>());
    return commands;
}

} // namespace ordo::cli
