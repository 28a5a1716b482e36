#pragma once

#include "core/common/Result.h"

#include <QList>

namespace ordo {

class Database;

// One step of the schema's history. Each runs in its own transaction, inside which the caller also
// stamps meta.schema_version; a failure rolls the whole step back and leaves the file as it was.
struct Migration
{
    int toVersion = 0;
    Result<void> (*apply)(Database &db) = nullptr;
};

// Cumulative chain, oldest first. Released steps are never edited: a change is a new step.
const QList<Migration> &migrations();



} // namespace ordo
