#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace ordo {

// Loads Ordo's and Qt's own translations for `locale` into the application. Spanish is complete;
// any other language falls back to English. Returns the language actually in use ("es", "en").
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace ordo
