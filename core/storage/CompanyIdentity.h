#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ordo {

class Database;

// A company database's own name for things kept outside it: a UUID in `meta` ('company_id'), made the
// first time it is asked for. The secrets of a company (keyring, secrets file) are filed under it, so
// they follow the database when its file is moved or renamed, and a restored backup finds them; a
// copy of the database finds them too, as it is the same company with the same mail server.
class CompanyIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CompanyIdentity)

public:
    // The id; made and stored when the database has none yet (refused on a read-only one).
    static Result<QString> of(Database &db);
};

} // namespace ordo
