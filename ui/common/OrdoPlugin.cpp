#include "ui/common/OrdoPlugin.h"

#include <QCoreApplication>
#include <QDir>

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
        m_library.setFileName(QDir(folder).filePath(name));
        if (!m_library.load())
            continue;
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
