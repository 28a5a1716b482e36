#pragma once

#include "core/common/Result.h"
#include "core/common/SecretStore.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace ordo {

class Database;

// Moves what an older Ordo kept in clear in the shared database to the program's SecretStore: the
// SMTP password (settings row "smtp.password"). Copy to the store, read it back, and only when it came
// back the same, blank the row (one transaction). When the store fails, the row stays as it was and
// a warning is logged (ordo.access): the password is never lost, and the next program with a
// working store moves it. Every program that has a store and writes runs this after opening a
// database (the desktop, ordo-cli's writing commands).
//
// `done` gets how many secrets were moved, when the store has answered (at once for a file, later
// for a keyring); never after `context` is destroyed. `db` must outlive `context`.
class ClearTextSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ClearTextSecrets)

public:
    static void move(Database &db, SecretStore &store, QObject *context, std::function<void(Result<int>)> done);
};

} // namespace ordo
