#include "core/assets/AssetLinks.h"

#include "core/assets/Assets.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

namespace ordo {

QString assetLabelPrefix(Database &db)
{
    const CompanySettings settings(db);
    const QString chosen = settings.value(AssetRegistry::LabelUrlSetting).trimmed();
    if (!chosen.isEmpty())
        return chosen;
    QString server = settings.value(QString(settings::ServerPublicUrl)).trimmed();
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    if (!server.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) && !server.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return {};
    return server + QLatin1String(PhoneAssetPath);
}

} // namespace ordo
