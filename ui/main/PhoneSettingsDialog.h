#pragma once

#include "core/usecases/FieldWork.h"
#include "ui/common/Session.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;

namespace ordo {

// Settings › Technicians' phones: what finishing a job on the phone does with the order's invoice
// (FinishInvoice): the draft waits for the office, or it is issued, or issued and e-mailed to the
// customer by ordo-server. Only someone who may change the company's settings can save; closing
// with a choice not saved asks first.
class PhoneSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PhoneSettingsDialog(Session session, QWidget *parent = nullptr);

    FinishInvoice choice() const;
    void choose(FinishInvoice choice);
    // Saves the choice; false, with the reason in the dialog, when it was not saved.
    bool save();

    void accept() override;
    void reject() override;

private:
    Session m_session;
    FinishInvoice m_saved = FinishInvoice::Draft;
    bool m_mayEdit = false;
    QButtonGroup *m_choices;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ordo
