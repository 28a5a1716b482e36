#include "core/common/LazyLibrary.h"

namespace ordo {

void LazyLibrary::load()
{
    std::call_once(m_once, [this] {
        for (const File &file : m_files) {
            if (file.version >= 0)
                m_library.setFileNameAndVersion(file.name, file.version);
            else
                m_library.setFileName(file.name);
            if (m_library.load())
                return;
            if (m_error.isEmpty())
                m_error = m_library.errorString();
        }
    });
}

bool LazyLibrary::loaded()
{
    load();
    return m_library.isLoaded();
}

QString LazyLibrary::errorText()
{
    load();
    return m_library.isLoaded() ? QString() : m_error;
}

QFunctionPointer LazyLibrary::address(const char *symbol)
{
    load();
    return m_library.isLoaded() ? m_library.resolve(symbol) : nullptr;
}

} // namespace ordo
