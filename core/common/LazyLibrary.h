#pragma once

#include <QLibrary>
#include <QStringList>

#include <mutex>

namespace ordo {

// A shared library loaded the first time it is needed instead of at every start of every program:
// libcurl (mail) and libpq (why a server refused a connection), with what they pull in (TLS,
// Kerberos, LDAP, SSH…), cost about 18 ms of each start of `ordo` on the 2-core machine, for things
// most starts never do. Its functions are looked up by name; the first name among `files` that
// loads is kept (a versioned name first). Thread-safe; never unloaded.
class LazyLibrary final
{
public:
    struct File
    {
        QString name;
        int version = -1;  // -1: no version in the file name
    };
    explicit LazyLibrary(QList<File> files) : m_files(std::move(files)) {}
    Q_DISABLE_COPY_MOVE(LazyLibrary)

    // The function `symbol` as type F, or nullptr when the library or the function is missing.
    template<typename F>
    F function(const char *symbol)
    {
        return reinterpret_cast<F>(address(symbol));
    }
    // Whether the library could be loaded, and if not, why (for a message).
    bool loaded();
    QString errorText();

private:
    QFunctionPointer address(const char *symbol);
    void load();

    QList<File> m_files;
    std::once_flag m_once;
    QLibrary m_library;
    QString m_error;
};

} // namespace ordo
