#pragma once

#include <QLatin1String>
#include <QString>

namespace ordo::palette {

// Ordo's colours, in one place: what means "wrong", "take care" and "note this" looks the same on
// every page.
inline constexpr QLatin1String Error("#c62828");        // a refusal, a field that is wrong
inline constexpr QLatin1String Warning("#e65100");      // something to look at before going on
inline constexpr QLatin1String NoticeBackground("#fff3cd");
inline constexpr QLatin1String NoticeBorder("#e0c36c");
inline constexpr QLatin1String NeutralPerson("#607d8b"); // a new person's colour until one is chosen

// Style sheets built from them.
inline QString errorText()
{
    return QStringLiteral("color: %1;").arg(Error);
}
inline QString warningText()
{
    return QStringLiteral("color: %1;").arg(Warning);
}
// A yellow bar above a page or a form, named by its object name.
inline QString noticeBar(const QString &objectName, bool boxed)
{
    return QStringLiteral("#%1 { background: %2; %3: 1px solid %4; }")
        .arg(objectName, NoticeBackground, boxed ? QStringLiteral("border") : QStringLiteral("border-bottom"), NoticeBorder);
}

} // namespace ordo::palette
