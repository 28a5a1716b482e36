#include "ui/common/OrdoPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ordo {

namespace {

QStringList pluginFolders()
{
    const QString set = qEnvironmentVariable("ORDO_PLUGIN_DIR");
    if (!set.isEmpty())
        return {set};
    const QDir program(QCoreApplication::applicationDirPath());
    return {program.filePath(QStringLiteral("../lib/ordo")), program.path()};
}

} // namespace

OrdoPlugin::OrdoPlugin(const QString &name, int abi)
{
    QStringList tried;
    for (const QString &folder : pluginFolders()) {
        tried << QDir::toNativeSeparators(QDir::cleanPath(folder));
        // The modules are built without a "lib" prefix (ordo_charts.so, ordo_charts.dll).
#if defined(Q_OS_WIN)
        const QString file = QDir(folder).filePath(name + QStringLiteral(".dll"));
#else
        const QString file = QDir(folder).filePath(name + QStringLiteral(".so"));
#endif
        if (!QFileInfo::exists(file))
            continue;
        m_library.setFileName(file);
        if (!m_library.load()) {
            // There, but it cannot be loaded (a library it needs is missing): say what the system said.
            m_error = QCoreApplication::translate("ordo::OrdoPlugin", "the plugin %1 cannot be loaded (%2)")
                          .arg(QDir::toNativeSeparators(file), m_library.errorString());
            return;
        }
        using Abi = int (*)();
        const auto said = reinterpret_cast<Abi>(m_library.resolve((name + QStringLiteral("_abi")).toLatin1().constData()));
        if (!said || said() != abi)
            m_error = QCoreApplication::translate("ordo::OrdoPlugin", "the plugin %1 belongs to another version of Ordo")
                          .arg(QDir::toNativeSeparators(m_library.fileName()));
        return;
    }
    m_error = QCoreApplication::translate("ordo::OrdoPlugin", "the plugin %1 is not in %2")
                  .arg(name, tried.join(QStringLiteral(", ")));
}

} // namespace ordo
