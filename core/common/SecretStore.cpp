#include "core/common/SecretStore.h"

#include <QEventLoop>

#include <optional>

namespace ordo {

namespace {

template<typename T, typename Start>
Result<T> waitFor(Start start)
{
    std::optional<Result<T>> answer;
    QEventLoop loop;
    start([&](Result<T> r) {
        answer.emplace(std::move(r));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

} // namespace

Result<QString> readSecretNow(SecretStore &store, const SecretKey &key)
{
    return waitFor<QString>([&](SecretStore::ReadDone done) { store.read(key, nullptr, std::move(done)); });
}

Result<void> writeSecretNow(SecretStore &store, const SecretKey &key, const QString &value)
{
    return waitFor<void>([&](SecretStore::WriteDone done) { store.write(key, value, nullptr, std::move(done)); });
}

} // namespace ordo
