#include "Credentials.h"

#include "CliCommands.h"
#include "Command.h"

#include "core/people/Accounts.h"
#include "core/people/ApiTokens.h"
#include "core/storage/Database.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ordo::cli {

std::optional<QString> askSecret(QTextStream &err, const QString &prompt)
{
    std::string line;
#ifdef Q_OS_WIN
    // Windows (untested): the console's echo is switched off while the secret is typed.
    HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD before = 0;
    if (!::_isatty(::_fileno(stdin)) || !::GetConsoleMode(in, &before))
        return std::nullopt;
    err << prompt << Qt::flush;
    ::SetConsoleMode(in, before & ~DWORD(ENABLE_ECHO_INPUT));
    std::getline(std::cin, line);
    ::SetConsoleMode(in, before);
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt << Qt::flush;
    termios before{};
    tcgetattr(STDIN_FILENO, &before);
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
#endif
    err << Qt::endl;
    return QString::fromStdString(line);
}

Result<Actor> signCommandLine(Database &db, const QString &user, QTextStream &err)
{
    Accounts accounts(db);
    if (!user.isEmpty()) {
        auto account = accounts.findByUsernameOrName(user);
        if (!account)
            return account.error();
        SignInAttempt attempt{account->username, account->staffId, {}, QStringLiteral("cli")};
        if (account->secret != SecretKind::None) {
            if (qEnvironmentVariableIsSet("ORDO_PASSWORD")) {
                attempt.secret = qEnvironmentVariable("ORDO_PASSWORD");
            } else {
                const QString prompt = account->secret == SecretKind::Pin ? Cli::tr("PIN for %1: ").arg(account->name)
                                                                          : Cli::tr("Password for %1: ").arg(account->name);
                auto typed = askSecret(err, prompt);
                if (!typed)
                    return makeError(ErrorCode::SignInRefused,
                                     Cli::tr("%1 signs in with a password or PIN: set ORDO_PASSWORD, or run ordo-cli on a "
                                             "terminal to be asked for it.")
                                         .arg(account->name));
                attempt.secret = *typed;
            }
        }
        return accounts.signIn(attempt);
    }
    if (qEnvironmentVariableIsSet("ORDO_TOKEN"))
        return ApiTokens(db).signIn(qEnvironmentVariable("ORDO_TOKEN"));
    return accounts.commandLineActor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
}

} // namespace ordo::cli
