#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// The issuer's data printed on every invoice (Settings › Company), kept in the company settings.
class CompanyProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CompanyProfiles)

public:
    explicit CompanyProfiles(Database &db) : m_db(db) {}

    CompanyProfile load() const;
    // Refuses a rectifying series equal to the ordinary one and payment terms outside 0–365 days.
    Result<void> save(const CompanyProfile &profile);

private:
    Database &m_db;
};

} // namespace ordo
