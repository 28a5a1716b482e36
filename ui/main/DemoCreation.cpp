#include "ui/main/DemoCreation.h"

#include "core/storage/Database.h"
#include "core/usecases/Company.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>
#include <optional>

namespace ordo {

Result<DemoReport> DemoCreation::run(QWidget *parent, const QString &path, DemoSize size)
{
    QProgressDialog progress(tr("Creating the demo company…"), QString(), 0, 100, parent);
    progress.setWindowTitle(tr("Demo database"));
    progress.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    progress.setWindowFlag(Qt::WindowCloseButtonHint, false);  // it cannot be stopped half-way
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::optional<Result<DemoReport>> result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = openCompany(path, Database::OpenMode::CreateIfMissing);
        if (!db) {
            result = db.error();
            return;
        }
        DemoGenerator::Options options;
        options.size = size;
        options.progress = [&progress](int percent) {
            QMetaObject::invokeMethod(&progress, [&progress, percent] { progress.setValue(percent); }, Qt::QueuedConnection);
        };
        result = DemoGenerator(**db).generate(options);
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    return std::move(*result);
}

} // namespace ordo
