#pragma once

namespace ordo {

// How SQLite writes its files in this process, set before the first connection opens (calling it
// again does nothing; see SqliteFiles.cpp):
// - each commit's write-ahead log goes to the operating system in a few writes, not two per page;
// - a statement's journal stays in memory up to 4 MiB instead of 64 KiB, so that a booking's
//   statements with their triggers do not create, write and delete a temporary file each time.
// The variable ORDO_SQLITE_FILES=plain leaves SQLite's defaults (to compare, or to rule them out).
void prepareSqliteFiles();

// Whether the log's writes of this process are gathered, and whether statement journals stay in
// memory up to 4 MiB (both false with ORDO_SQLITE_FILES=plain).
bool walWritesGathered();
bool statementJournalsInMemory();

} // namespace ordo
