#pragma once

#include "core/usecases/CompanySetup.h"
#include "ui/common/Session.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ordo {

// The first-start assistant (Asistente de inicio): a new company's data (name, NIF, address, IBAN,
// default VAT, logo, order number prefix), its first people with their hours and postcodes, and the
// process map to start from (window installation, repairs, or a minimal one). Finishing saves it all
// at once through CompanySetup; a refusal is shown on the last page and nothing typed is lost.
class CompanySetupWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit CompanySetupWizard(Session session, QWidget *parent = nullptr);

    // What the pages say, as the use case takes it.
    CompanySetupData data() const;
    void addPersonRow(const StaffMember &person);

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *companyPage();
    QWizardPage *peoplePage();
    QWizardPage *mapPage();
    void chooseLogo();

    Session m_session;
    QLineEdit *m_name;
    QLineEdit *m_taxId;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_iban;
    QComboBox *m_vat;
    QLineEdit *m_prefix;
    QLabel *m_logo;
    QByteArray m_logoPng;
    QTableWidget *m_people;
    QButtonGroup *m_map;
    QLabel *m_companyError;
    QLabel *m_finishError;
};

} // namespace ordo
