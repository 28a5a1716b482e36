#pragma once

#include <QString>

namespace ordo {

// What kind of file system a folder is on, as far as SQLite's locking is concerned: its WAL mode
// needs shared memory and POSIX locks that network file systems (NFS, SMB/CIFS…) do not give
// reliably, so a database there can be corrupted by two PCs.
struct FileSystemInfo
{
    quint64 magic = 0;      // statfs f_type on Linux; 0 when unknown
    QString name;           // "nfs", "cifs"…; empty for a local file system
    bool network = false;
};

// The file system type numbers of network file systems (Linux statfs magics).
bool isNetworkFileSystem(quint64 magic);
QString networkFileSystemName(quint64 magic);
FileSystemInfo fileSystemOf(const QString &folder);

} // namespace ordo
