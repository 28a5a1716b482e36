#include "ui/billing/VerifactuSettingsDialog.h"

#include "core/billing/VerifactuSender.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Authorization.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace ordo {

VerifactuSettingsDialog::VerifactuSettingsDialog(Session session, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_secrets(secrets), m_mode(new QComboBox(this)),
      m_environment(new QComboBox(this)), m_endpointTest(new QLineEdit(this)), m_endpointProduction(new QLineEdit(this)),
      m_producerName(new QLineEdit(this)), m_producerNif(new QLineEdit(this)), m_certificate(new QLabel(this))
{
    setObjectName(QStringLiteral("verifactuSettingsDialog"));
    setWindowTitle(tr("VERI*FACTU"));
    resize(640, 0);
    const VerifactuSettings s = VerifactuService(m_session.db).settings();
    m_mode->setObjectName(QStringLiteral("verifactuMode"));
    m_mode->addItem(tr("VERI*FACTU: every record is sent to the AEAT"));
    m_mode->addItem(tr("No VERI*FACTU: records are kept, not sent"));
    m_mode->setCurrentIndex(s.mode == VerifactuSettings::Mode::Verifactu ? 0 : 1);
    m_environment->setObjectName(QStringLiteral("verifactuEnvironment"));
    m_environment->addItem(tr("Test (the AEAT's pre-production service)"));
    m_environment->addItem(tr("Production"));
    m_environment->setCurrentIndex(s.production ? 1 : 0);
    m_endpointTest->setObjectName(QStringLiteral("verifactuEndpointTest"));
    m_endpointTest->setText(s.endpointTest);
    m_endpointProduction->setObjectName(QStringLiteral("verifactuEndpointProduction"));
    m_endpointProduction->setText(s.endpointProduction);
    m_producerName->setObjectName(QStringLiteral("verifactuProducerName"));
    m_producerName->setText(s.producerName);
    m_producerName->setPlaceholderText(tr("Empty: the company itself"));
    m_producerNif->setObjectName(QStringLiteral("verifactuProducerNif"));
    m_producerNif->setText(s.producerNif);
    m_certificate->setObjectName(QStringLiteral("verifactuCertificate"));
    m_certificate->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("AEAT service:"), m_environment);
    form->addRow(tr("Test address:"), m_endpointTest);
    form->addRow(tr("Production address:"), m_endpointProduction);
    form->addRow(tr("Software producer:"), m_producerName);
    form->addRow(tr("Producer's NIF:"), m_producerNif);
    form->addRow(tr("Certificate:"), m_certificate);
    auto *import = new QPushButton(tr("Import the certificate…"), this);
    import->setObjectName(QStringLiteral("verifactuImportCertificate"));
    form->addRow(QString(), import);
    auto *place = new QLabel(tr("The certificate's password is kept in %1, not in the company's database.").arg(m_secrets.location()), this);
    place->setWordWrap(true);
    form->addRow(QString(), place);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    showCertificate();

    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The company's certificate"), QString(),
                                                          tr("Certificates (*.p12 *.pfx)"));
        if (path.isEmpty())
            return;
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("The company's certificate"), tr("Password of the certificate:"),
                                                       QLineEdit::Password, QString(), &ok);
        if (ok)
            importCertificate(path, password);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &VerifactuSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void VerifactuSettingsDialog::showCertificate()
{
    const VerifactuCertificate c = VerifactuCertificate::load(m_session.db);
    m_certificate->setText(c.isSet() ? tr("%1, valid until %2").arg(c.subject, QLocale().toString(c.expires, QLocale::ShortFormat))
                                     : tr("None yet: records cannot be sent without the company's certificate."));
}

bool VerifactuSettingsDialog::importCertificate(const QString &path, const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Certificate"), tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray pkcs12 = file.readAll();
    // Checked before the store is written: a wrong password or permission changes nothing.
    if (auto allowed = authorize(m_session.actor, Permission::ManageCompany); !allowed) {
        MessageBox::warning(this, tr("Certificate"), allowed.error().message);
        return false;
    }
    if (auto opened = VerifactuCertificate::open(pkcs12, password); !opened) {
        MessageBox::warning(this, tr("Certificate"), opened.error().message);
        return false;
    }
    auto key = VerifactuCertificate::passwordKey(m_session.db);
    if (!key) {
        MessageBox::warning(this, tr("Certificate"), key.error().message);
        return false;
    }
    m_secrets.write(*key, password, this, [this, pkcs12, password](const Result<void> &stored) {
        if (!stored) {
            MessageBox::warning(this, tr("Certificate"),
                                tr("The certificate's password could not be kept, so the certificate was not imported: %1")
                                    .arg(stored.error().message));
            emit certificateImported(false);
            return;
        }
        auto imported = VerifactuCertificate::import(m_session.db, pkcs12, password, m_session.actor);
        showCertificate();
        if (!imported)
            MessageBox::warning(this, tr("Certificate"), imported.error().message);
        emit certificateImported(imported.ok());
    });
    return true;
}

void VerifactuSettingsDialog::save()
{
    VerifactuService service(m_session.db);
    VerifactuSettings s = service.settings();
    s.mode = m_mode->currentIndex() == 0 ? VerifactuSettings::Mode::Verifactu : VerifactuSettings::Mode::NoVerifactu;
    s.production = m_environment->currentIndex() == 1;
    s.endpointTest = m_endpointTest->text();
    s.endpointProduction = m_endpointProduction->text();
    s.producerName = m_producerName->text();
    s.producerNif = m_producerNif->text();
    if (auto saved = service.saveSettings(s, m_session.actor); !saved) {
        MessageBox::warning(this, tr("VERI*FACTU"), saved.error().message);
        return;
    }
    accept();
}

} // namespace ordo
