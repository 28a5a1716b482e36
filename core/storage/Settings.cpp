#include "core/storage/Settings.h"

#include "core/storage/Database.h"

namespace ordo {

QString CompanySettings::value(const QString &key, const QString &fallback) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v ? v->toString() : fallback;
}

bool CompanySettings::flag(const QString &key, bool fallback) const
{
    const QString v = value(key);
    return v.isEmpty() ? fallback : v == QLatin1String("1");
}

Result<void> CompanySettings::setValue(const QString &key, const QString &value)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto r = m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, value});
        if (!r)
            return r.error();
        return {};
    });
}

} // namespace ordo
