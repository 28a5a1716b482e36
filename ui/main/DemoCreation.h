#pragma once

#include "core/common/Result.h"
#include "core/demo/DemoGenerator.h"

#include <QCoreApplication>

class QWidget;

namespace ordo {

// The demo company for the desktop: a new database filled in a worker thread, on a connection of
// its own, while a progress dialog shows how far it is and the window keeps painting.
class DemoCreation final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::DemoCreation)

public:
    // Creates the company database at `path` (which must not exist yet) with the demo in it; the
    // file is closed again when this returns, to be opened by the caller.
    static Result<DemoReport> run(QWidget *parent, const QString &path, DemoSize size);
};

} // namespace ordo
