#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ordo {

// Before edits that are not saved yet would be lost (another page, another record, Ctrl+Q, the
// window closed): "Save them?" with Save, Discard and Cancel, as the order editor asks. True when
// it is fine to go on: saved (and `save` succeeded) or discarded; false to stay where the edits are.
// `what` names them: "The customer Carmen López has changes that are not saved."
bool confirmUnsavedChanges(QWidget *parent, const QString &what, const std::function<bool()> &save,
                           const std::function<void()> &discard);

} // namespace ordo
