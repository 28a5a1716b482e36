#pragma once

#include "core/people/PhoneDevices.h"

#include <QDialog>

namespace ordo {

// Shows a pairing code to the person holding the phone: its QR code (the technician's app at
// `<address>/tech/#pair=CODE`), the code itself to type by hand, and until when it is valid.
class PhonePairingDialog final : public QDialog
{
    Q_OBJECT

public:
    PhonePairingDialog(const QString &personName, const QString &address, const PairingCode &code,
                       QWidget *parent = nullptr);
    QString url() const { return m_url; }
    QString code() const { return m_code; }

    // What the phone opens: the server's address (a slash at its end or not) with the code.
    static QString pairingUrl(const QString &address, const QString &code);

private:
    QString m_url;
    QString m_code;
};

} // namespace ordo
