#pragma once

namespace ordo {

// How SQLite keeps its temporary files in this process, set before the first connection opens
// (calling it again does nothing; see SqliteFiles.cpp): a statement's journal stays in memory up
// to 4 MiB instead of 64 KiB, so that a booking's statements with their triggers do not create,
// write and delete a temporary file each time. The variable ORDO_SQLITE_FILES=plain leaves
// SQLite's default (to compare, or to rule it out).
void prepareSqliteFiles();

// Whether statement journals stay in memory up to 4 MiB (false with ORDO_SQLITE_FILES=plain, or
// when SQLite had started before prepareSqliteFiles()).
bool statementJournalsInMemory();

} // namespace ordo
