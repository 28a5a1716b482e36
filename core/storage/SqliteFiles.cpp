#include "core/storage/SqliteFiles.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

// SQLite writes a commit to its write-ahead log ("-wal" file) as two write() calls per page: the
// frame's 24-byte header, then the page. A booking changes some 70 pages, so its commit was some
// 140 system calls, a third of the booking's time on the server's one writer (more under a virtual
// machine, where each call costs more). This wraps the operating system's file system ("unix") and,
// for log files only, keeps the frames SQLite appends in memory until the commit's last frame is
// complete, then writes them with one call: the same bytes at the same places, in the same order
// relative to everything SQLite does next.
//
// Why that is safe: a commit becomes visible to other connections (in this or another process) only
// when SQLite rewrites the log's index header in shared memory, after sqlite3WalFrames() has
// written every frame, the commit's last frame last. The last frame is the one whose header holds
// the database's size after the commit (bytes 4-7 not zero), so once its page has come in, all of
// the commit goes out before SQLite returns to publish it (in writes of at most 124 KiB, as the
// operating system's file system takes them). Anything SQLite does with the file other
// than appending (reading it back, rewriting a frame already written, syncing, truncating, asking
// its size, closing) first writes out what waits, then goes to the real file as before. A write
// that fails is reported by the call that wrote it (the commit's last page at the latest), so the
// commit fails as if SQLite's own write had, and nothing of it is published. Database files,
// rollback journals and the shared memory are the operating system's files, untouched.
//
// Statement journals: inside a transaction, a statement that may fail halfway (a booking's inserts
// with their triggers) keeps the pages it changes first in a journal of its own, to undo only
// itself. SQLite keeps that journal in memory up to 64 KiB, then moves it to a temporary file for
// the rest of the transaction: a booking created, wrote some 70 times and deleted one. Up to 4 MiB
// a connection stays in memory now; a larger statement (a migration, the demo) still spills.

namespace ordo {
namespace {

constexpr int FrameHeaderBytes = 24;
constexpr int LogHeaderBytes = 32;
constexpr size_t FlushAtBytes = 4u << 20;   // a larger transaction goes out in pieces of about this
constexpr size_t WriteBytes = 31 * 4096;     // at most one write call's worth (below 0x20000)

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
bool g_gathered = false;
bool g_journalsInMemory = false;
constexpr int StatementJournalBytes = 4 << 20;

struct Pending
{
    std::vector<char> bytes;      // frames not yet written, from `start`
    sqlite3_int64 start = 0;
    sqlite3_int64 end = 0;        // where this log's data ends as this connection wrote it
    bool commitHeader = false;    // the last frame header was a commit's: its page ends the commit
};

struct LogFile
{
    sqlite3_file base;            // with logMethods
    sqlite3_file *real;           // the operating system's file, in the memory after this struct
    Pending *pending;
};

LogFile *logOf(sqlite3_file *f)
{
    return reinterpret_cast<LogFile *>(f);
}

int flush(LogFile *f)
{
    Pending &p = *f->pending;
    if (p.bytes.empty())
        return SQLITE_OK;
    // In pieces: the operating system's file system writes less than 128 KiB a call (SQLite's os_unix.c
    // keeps only the low 17 bits of a write's length).
    int rc = SQLITE_OK;
    for (size_t done = 0; done < p.bytes.size() && rc == SQLITE_OK; done += WriteBytes) {
        const size_t piece = std::min(WriteBytes, p.bytes.size() - done);
        rc = f->real->pMethods->xWrite(f->real, p.bytes.data() + done, static_cast<int>(piece), p.start + static_cast<sqlite3_int64>(done));
    }
    p.bytes.clear();
    return rc;
}

int logClose(sqlite3_file *file)
{
    LogFile *f = logOf(file);
    const int flushed = flush(f);
    const int rc = f->real->pMethods->xClose(f->real);
    delete f->pending;
    f->pending = nullptr;
    return flushed != SQLITE_OK ? flushed : rc;
}

int logRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    LogFile *f = logOf(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xRead(f->real, data, amount, offset);
}

int logWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    LogFile *f = logOf(file);
    Pending &p = *f->pending;
    const char *bytes = static_cast<const char *>(data);
    if (amount == LogHeaderBytes && offset == 0) {
        // The log begins again from its start (after a checkpoint): a new run of frames.
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        p.end = 0;
        p.commitHeader = false;
    }
    const sqlite3_int64 waitingEnd = p.start + static_cast<sqlite3_int64>(p.bytes.size());
    if (!p.bytes.empty() && offset >= p.start && offset + amount <= waitingEnd) {
        // A page written again in the same transaction, still waiting: rewritten where it waits.
        std::memcpy(p.bytes.data() + (offset - p.start), bytes, static_cast<size_t>(amount));
    } else if (offset == p.end && (p.bytes.empty() || offset == waitingEnd)) {
        if (p.bytes.empty())
            p.start = offset;
        p.bytes.insert(p.bytes.end(), bytes, bytes + amount);
    } else {
        // Anywhere else: what waits goes first, then this, where SQLite asked.
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        if (int rc = f->real->pMethods->xWrite(f->real, data, amount, offset); rc != SQLITE_OK)
            return rc;
    }
    p.end = std::max(p.end, offset + amount);
    if (amount == FrameHeaderBytes) {
        const auto *h = reinterpret_cast<const unsigned char *>(bytes);
        p.commitHeader = (h[4] | h[5] | h[6] | h[7]) != 0;
        return SQLITE_OK;
    }
    if (p.commitHeader) {
        // The commit's last page: all of it to the file before SQLite publishes the commit.
        p.commitHeader = false;
        return flush(f);
    }
    if (p.bytes.size() >= FlushAtBytes)
        return flush(f);
    return SQLITE_OK;
}

int logTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    LogFile *f = logOf(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    f->pending->end = std::min(f->pending->end, size);
    return f->real->pMethods->xTruncate(f->real, size);
}

int logSync(sqlite3_file *file, int flags)
{
    LogFile *f = logOf(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xSync(f->real, flags);
}

int logFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    LogFile *f = logOf(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileSize(f->real, size);
}

int logLock(sqlite3_file *file, int level)
{
    return logOf(file)->real->pMethods->xLock(logOf(file)->real, level);
}

int logUnlock(sqlite3_file *file, int level)
{
    return logOf(file)->real->pMethods->xUnlock(logOf(file)->real, level);
}

int logCheckReservedLock(sqlite3_file *file, int *out)
{
    return logOf(file)->real->pMethods->xCheckReservedLock(logOf(file)->real, out);
}

int logFileControl(sqlite3_file *file, int op, void *arg)
{
    LogFile *f = logOf(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int logSectorSize(sqlite3_file *file)
{
    return logOf(file)->real->pMethods->xSectorSize(logOf(file)->real);
}

int logDeviceCharacteristics(sqlite3_file *file)
{
    return logOf(file)->real->pMethods->xDeviceCharacteristics(logOf(file)->real);
}

// Version 1: SQLite asks a log file for nothing of the later versions (shared memory and memory
// mapping belong to the database file).
const sqlite3_io_methods logMethods = {1,
                                       logClose,
                                       logRead,
                                       logWrite,
                                       logTruncate,
                                       logSync,
                                       logFileSize,
                                       logLock,
                                       logUnlock,
                                       logCheckReservedLock,
                                       logFileControl,
                                       logSectorSize,
                                       logDeviceCharacteristics,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL))
        return g_real->xOpen(g_real, name, file, flags, outFlags);
    LogFile *f = logOf(file);
    f->base.pMethods = nullptr;
    f->pending = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        return rc;
    }
    f->pending = new Pending;
    f->base.pMethods = &logMethods;
    return SQLITE_OK;
}

// The rest is the operating system's, asked as itself.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int fullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void *dlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void dlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}
void (*dlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void dlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}
int randomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}
int vfsSleep(sqlite3_vfs *, int micros)
{
    return g_real->xSleep(g_real, micros);
}
int currentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int lastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int currentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}
int setSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_real->xSetSystemCall(g_real, name, call);
}
sqlite3_syscall_ptr getSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xGetSystemCall(g_real, name);
}
const char *nextSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xNextSystemCall(g_real, name);
}

} // namespace

void prepareSqliteFiles()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qgetenv("ORDO_SQLITE_FILES") == "plain")
            return;
        // Only before SQLite starts (sqlite3_vfs_find below starts it); otherwise SQLite refuses it
        // and keeps 64 KiB.
        g_journalsInMemory = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, StatementJournalBytes) == SQLITE_OK;
        sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
        // Only over the file system this was written for, complete (version 3: the system calls).
        if (!real || std::strcmp(real->zName, "unix") != 0 || real->iVersion < 3)
            return;
        g_real = real;
        g_vfs = *real;
        g_vfs.szOsFile = static_cast<int>(sizeof(LogFile)) + real->szOsFile;
        g_vfs.pNext = nullptr;
        g_vfs.zName = "ordo-unix";
        g_vfs.pAppData = nullptr;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = fullPathname;
        g_vfs.xDlOpen = dlOpen;
        g_vfs.xDlError = dlError;
        g_vfs.xDlSym = dlSym;
        g_vfs.xDlClose = dlClose;
        g_vfs.xRandomness = randomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = currentTime;
        g_vfs.xGetLastError = lastError;
        g_vfs.xCurrentTimeInt64 = currentTimeInt64;
        g_vfs.xSetSystemCall = setSystemCall;
        g_vfs.xGetSystemCall = getSystemCall;
        g_vfs.xNextSystemCall = nextSystemCall;
        g_gathered = sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    });
}

bool walWritesGathered()
{
    return g_gathered;
}

bool statementJournalsInMemory()
{
    return g_journalsInMemory;
}

} // namespace ordo
