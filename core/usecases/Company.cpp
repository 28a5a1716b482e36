#include "core/usecases/Company.h"

#include "core/domain/TaxIds.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/Mailer.h"
#include "core/common/Authorization.h"
#include "core/workflow/DefaultWorkflow.h"

namespace ordo {

Result<void> seedNewCompany(Database &db)
{
    if (db.isReadOnly())
        return {};
    auto workflows = db.scalar(QStringLiteral("SELECT count(*) FROM workflows"));
    if (!workflows)
        return workflows.error();
    if (workflows->toLongLong() > 0)
        return {};
    return withTransaction(db, [&]() -> Result<void> {
        // Another process may have seeded it while we waited for the write lock.
        auto again = db.scalar(QStringLiteral("SELECT count(*) FROM workflows"));
        if (!again)
            return again.error();
        if (again->toLongLong() > 0)
            return {};
        return seedDefaultWorkflow(db);
    });
}

Result<void> saveCompanySettings(Database &db, const CompanyProfile &profile, const SmtpSettings &smtp, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageCompany); !allowed)
        return allowed;
    if (const QString problem = taxIdProblem(profile.taxId); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    if (const QString problem = ibanProblem(profile.iban); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    CompanyProfile checked = profile;
    checked.taxId = normalizeTaxId(profile.taxId.trimmed());
    if (!profile.iban.trimmed().isEmpty())
        checked.iban = formatIban(profile.iban);
    return withTransaction(db, [&]() -> Result<void> {
        if (auto r = CompanyProfiles(db).save(checked); !r)
            return r;
        return smtp.save(db);
    });
}

Result<std::unique_ptr<Database>> openCompany(const QString &path, Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    if (auto r = seedNewCompany(**db); !r)
        return r.error();
    return db;
}

} // namespace ordo
