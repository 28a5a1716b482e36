#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ordo {

// What went wrong, in words for the user (already translated) and as a code for programs and tests.
enum class ErrorCode {
    Invalid,          // the input breaks a rule (missing field, bad value)
    NotFound,         // no such order, step, person...
    Forbidden,        // the process map does not allow it
    Conflict,         // someone else changed the row first
    NotOrdoDatabase,  // the file is not an Ordo database
    NewerDatabase,    // written by a newer Ordo: refused, never touched
    Io,               // the file system said no (permissions, missing folder, a network share)
    DiskFull,         // no space left: nothing was saved
    Damaged,          // the database file is corrupt
    Storage,          // the database engine failed
    NotPermitted,     // the signed-in person's role lacks the permission
    SignInRefused,    // wrong username, password or PIN, or the account must wait
};

struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

// Core calls return Result<T>: a value or an Error. Exceptions never cross the core's public API.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // A temporary's value is moved out, not referred to: `for (x : *list())` and
    // `const auto &v = *load();` would otherwise outlive the Result they point into.
    T value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace ordo
