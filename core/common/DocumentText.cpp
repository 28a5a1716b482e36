#include "core/common/DocumentText.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace ordo {

namespace {

std::shared_ptr<QTranslator> translatorFor(const QString &language)
{
    // Loaded once per language and process; QTranslator::translate is safe to call from any thread.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto found = loaded.find(language);
    if (found != loaded.end())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    // English keeps its source texts but takes its plural forms from its file.
    if (!translator->load(QStringLiteral(":/i18n/ordo_%1.qm").arg(language)))
        translator.reset();
    loaded.insert(language, translator);
    return translator;
}

} // namespace

DocumentText::DocumentText(const QString &language)
    : m_language(normalize(language)),
      m_locale(m_language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Spain)
                                                 : QLocale(QLocale::English, QLocale::UnitedKingdom)),
      m_translator(translatorFor(m_language))
{
}

QString DocumentText::normalize(const QString &language)
{
    return language.trimmed().toLower().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("es");
}

QString DocumentText::date(const QDate &d) const
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DocumentText::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

QStringList DocumentText::languages()
{
    return {QStringLiteral("es"), QStringLiteral("en")};
}

QString DocumentText::languageName(const QString &key)
{
    return normalize(key) == QLatin1String("en") ? QCoreApplication::translate("ordo::DocumentText", "English")
                                                 : QCoreApplication::translate("ordo::DocumentText", "Spanish");
}

} // namespace ordo
