#include "core/usecases/ClearTextSecrets.h"

#include "core/billing/Mailer.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

namespace ordo {

namespace {

Error keptInClear(const QString &store, const Error &why)
{
    // Never the password itself: only that it stayed, and why.
    qCWarning(logAccess).noquote() << "The SMTP password stays in clear in the database; the secret store" << store
                                   << "failed:" << why.message;
    return why;
}

} // namespace

void ClearTextSecrets::move(Database &db, SecretStore &store, QObject *context, std::function<void(Result<int>)> done)
{
    if (db.isReadOnly()) {
        done(0);
        return;
    }
    const QString row = QString(settings::SmtpPassword);
    const QString clear = CompanySettings(db).value(row);
    if (clear.isEmpty()) {
        done(0);
        return;
    }
    auto key = SmtpSettings::passwordKey(db);
    if (!key) {
        done(keptInClear(store.location(), key.error()));
        return;
    }
    const QString where = store.location();
    store.write(*key, clear, context, [&db, &store, context, key = *key, clear, row, where, done](Result<void> written) {
        if (!written) {
            done(keptInClear(where, written.error()));
            return;
        }
        store.read(key, context, [&db, clear, row, where, done](Result<QString> back) {
            if (!back) {
                done(keptInClear(where, back.error()));
                return;
            }
            if (*back != clear) {
                done(keptInClear(where, makeError(ErrorCode::Io, tr("The password read back from %1 is not the one "
                                                                     "written to it.").arg(where))));
                return;
            }
            auto blanked = withTransaction(db, [&]() -> Result<void> {
                CompanySettings settings(db);
                // Changed meanwhile by an older Ordo on another PC: that one is moved next time.
                if (settings.value(row) != clear)
                    return {};
                return settings.setValue(row, QString());
            });
            if (!blanked) {
                // The store has it and the database still does: nothing is lost, and the next start tries again.
                qCWarning(logAccess).noquote() << "The SMTP password was copied to" << where
                                               << "but could not be blanked in the database:" << blanked.error().message;
                done(blanked.error());
                return;
            }
            qCInfo(logAccess).noquote() << "The SMTP password was moved out of the database to" << where;
            done(1);
        });
    });
}

} // namespace ordo
