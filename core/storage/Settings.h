#pragma once

#include "core/common/Result.h"

#include <QString>

namespace ordo {

class Database;

// Company-wide settings kept in the database (every PC of the company sees the same), as text.
class CompanySettings final
{
public:
    explicit CompanySettings(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    bool flag(const QString &key, bool fallback = false) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace ordo
