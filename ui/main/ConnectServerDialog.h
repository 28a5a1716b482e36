#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ordo {

class SecretStore;

// File › Connect to the office server…: where the office's PostgreSQL database is (server, port,
// database, user, TLS) and the password, which is kept in the keyring when asked to, never in the
// recent-files list or the address. Opened again on a known address, it fills itself from it and
// asks the keyring for the password.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectServerDialog(SecretStore &secrets, const QString &address, QWidget *parent = nullptr);

    // The address without the password (postgresql://user@server:port/database?sslmode=…).
    QString address() const;
    QString password() const;
    bool rememberPassword() const;

    // Where a server's password is kept in the keyring.
    static QString secretName(const QString &address);

private:
    void validate();

    SecretStore &m_secrets;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace ordo
