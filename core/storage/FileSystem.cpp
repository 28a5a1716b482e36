#include "core/storage/FileSystem.h"

#include <QFile>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_WIN)
#include <QDir>
#include <QFileInfo>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace ordo {

namespace {

struct Known
{
    quint64 magic;
    const char *name;
};

// From linux/magic.h and the file systems' own sources (CIFS and SMB2 are not in magic.h).
constexpr Known networkFileSystems[] = {
    {0x6969, "nfs"},           {0x517B, "smb"},      {0xFF534D42, "cifs"}, {0xFE534D42, "smb2"},
    {0x564C, "ncp"},           {0x5346414F, "afs"},  {0x6B414653, "afs"}, {0x01021997, "9p"},
    {0x00C36400, "ceph"},      {0x47504653, "gpfs"}, {0x0BD00BD0, "lustre"}, {0x73757245, "coda"},
};

} // namespace

bool isNetworkFileSystem(quint64 magic)
{
    return !networkFileSystemName(magic).isEmpty();
}

QString networkFileSystemName(quint64 magic)
{
    for (const Known &k : networkFileSystems) {
        if (k.magic == magic)
            return QString::fromLatin1(k.name);
    }
    return {};
}

FileSystemInfo fileSystemOf(const QString &folder)
{
    FileSystemInfo info;
#if defined(Q_OS_LINUX)
    // statfs looks at the mount, never opens a file (so it cannot drop SQLite's locks).
    struct statfs s;
    if (statfs(QFile::encodeName(folder).constData(), &s) == 0) {
        info.magic = static_cast<quint64>(static_cast<unsigned long>(s.f_type)) & 0xFFFFFFFFu;
        info.name = networkFileSystemName(info.magic);
        info.network = !info.name.isEmpty();
    }
#elif defined(Q_OS_WIN)
    // Windows (untested): a \\server\share path or a mapped network drive is remote whatever file
    // system the server has; there is no magic number, the name says SMB.
    const QString native = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath());
    bool remote = native.startsWith(QLatin1String("\\\\")) && !native.startsWith(QLatin1String("\\\\?\\"));
    if (!remote && native.size() >= 2 && native.at(1) == QLatin1Char(':')) {
        const QString root = native.left(2) + QLatin1Char('\\');
        remote = ::GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE;
    }
    if (remote) {
        info.name = QStringLiteral("smb");
        info.network = true;
    }
#else
    Q_UNUSED(folder);
#endif
    return info;
}

} // namespace ordo
