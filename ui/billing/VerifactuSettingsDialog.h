#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ordo {

class SecretStore;

// Settings › VERI*FACTU: whether the company sends its records to the AEAT, to which service (test
// or production, and their addresses), the software producer, and the company's certificate. The
// certificate is imported at once from a .p12/.pfx file; its password goes to the secret store
// (the keyring), never to the database.
class VerifactuSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    VerifactuSettingsDialog(Session session, SecretStore &secrets, QWidget *parent = nullptr);
    // Checks the file opens with the password, writes the password to the store, then keeps the
    // file; says how it went. Returns false when it could not start.
    bool importCertificate(const QString &path, const QString &password);
    void save();

signals:
    void certificateImported(bool ok);

private:
    void showCertificate();

    Session m_session;
    SecretStore &m_secrets;
    QComboBox *m_mode;
    QComboBox *m_environment;
    QLineEdit *m_endpointTest;
    QLineEdit *m_endpointProduction;
    QLineEdit *m_producerName;
    QLineEdit *m_producerNif;
    QLabel *m_certificate;
};

} // namespace ordo
