#pragma once

#include "core/common/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace ordo {

// Which secret: the company it belongs to (its database's id, see storage/CompanyIdentity.h) and
// its name ("smtp.password").
struct SecretKey
{
    QString company;
    QString name;
};

// Where credentials live instead of the shared database, which everybody who can copy the file can
// read: each program chooses one (ordo-cli and the server a file only their user can read, or the
// environment; the desktop the operating system's keyring).
//
// A store answers through a callback, either at once (a file) or later, on the thread that asked,
// from its event loop (a keyring answers over D-Bus): code that must work with both is written for
// "later". The answer is dropped when `context` is destroyed before it comes, so that a closed
// window is never called back; `context` may be null when the caller outlives the store.
// A store is used from the thread that made it.
class SecretStore
{
public:
    // An empty value: there is no such secret. An error: the store could not be asked.
    using ReadDone = std::function<void(Result<QString>)>;
    using WriteDone = std::function<void(Result<void>)>;

    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    virtual void read(const SecretKey &key, QObject *context, ReadDone done) = 0;
    virtual void write(const SecretKey &key, const QString &value, QObject *context, WriteDone done) = 0;
    virtual void remove(const SecretKey &key, QObject *context, WriteDone done) = 0;
    // Where this store keeps secrets, in words for a message: "the keyring", a file's path.
    virtual QString location() const = 0;
};

// For callers that may wait (ordo-cli, tests): the answer, with a local event loop while it has not
// come. Never on a GUI thread, where the loop would run the rest of the program under the caller.
Result<QString> readSecretNow(SecretStore &store, const SecretKey &key);
Result<void> writeSecretNow(SecretStore &store, const SecretKey &key, const QString &value);

} // namespace ordo
