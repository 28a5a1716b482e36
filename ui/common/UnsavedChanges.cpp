#include "ui/common/UnsavedChanges.h"

#include "ui/common/MessageBox.h"

#include <QCoreApplication>

namespace ordo {

namespace {

class UnsavedChanges
{
    Q_DECLARE_TR_FUNCTIONS(ordo::UnsavedChanges)
};

} // namespace

bool confirmUnsavedChanges(QWidget *parent, const QString &what, const std::function<bool()> &save,
                           const std::function<void()> &discard)
{
    const auto answer = MessageBox::question(parent, UnsavedChanges::tr("Unsaved changes"),
                                             what + QLatin1Char(' ') + UnsavedChanges::tr("Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

} // namespace ordo
