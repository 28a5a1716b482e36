#pragma once

#include "core/domain/Types.h"
#include "core/storage/Database.h"

namespace ordo {

// Opens a company's database for work: the database (created when the mode allows), and for a new
// company the default process map. Whoever creates a company calls this; Database::open itself only
// opens and upgrades the file.
Result<std::unique_ptr<Database>> openCompany(const QString &path,
                                              Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

struct CompanyProfile;
struct SmtpSettings;

// The company's fiscal data and its mail server, saved together or not at all.
Result<void> saveCompanySettings(Database &db, const CompanyProfile &profile, const SmtpSettings &smtp, const Actor &by);

// A new company's first process map (see DESIGN.md), when the database has none yet.
Result<void> seedNewCompany(Database &db);

} // namespace ordo
