#pragma once

#include <QLibrary>
#include <QString>

namespace ordo {

// One of Ordo's own plugins: a module beside the programs, loaded when a page first needs it so that
// the libraries it links are not loaded at every start (ordo_charts: Qt Charts with Qt OpenGL;
// ordo_printing: Qt Print Support). Looked for in ORDO_PLUGIN_DIR alone when that is set; else in
// lib/ordo beside the program's folder (/usr/bin/ordo → /usr/lib/ordo; build/app/ordo →
// build/lib/ordo), then in the program's folder. Its function `<name>_abi` must return `abi`, so that
// a module left from another build is refused instead of misread.
//
// Loaded again by each user (the system keeps the library once loaded), so that nothing stays
// decided for the life of the process. Not core/common/LazyLibrary: that one finds a system library
// by name once per process (libcurl, libpq); these are Ordo's own modules, found by folder and
// checked against the build they belong to.
class OrdoPlugin final
{
public:
    OrdoPlugin(const QString &name, int abi);

    bool loaded() const { return m_error.isEmpty(); }
    // Why it could not be loaded, in the user's language ("the printing plugin (ordo_printing) is not in …").
    QString error() const { return m_error; }

    template<typename F>
    F function(const char *symbol) const
    {
        return loaded() ? reinterpret_cast<F>(m_library.resolve(symbol)) : nullptr;
    }

private:
    mutable QLibrary m_library;
    QString m_error;
};

} // namespace ordo
