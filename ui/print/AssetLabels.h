#pragma once

#include "core/assets/Assets.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace ordo {

// A sheet of QR labels for assets, to stick on the window frame or the boiler: A4 with 3 × 8 labels
// of 70 × 37 mm (the common adhesive sheet), each with a QR code (libqrencode, as on invoices), the
// asset's type and model, specification, serial, customer and number. The QR code holds
// `urlPrefix` + the asset's number (the company's server page for the technician's phone, setting
// assets.label_url) or, without one, "ORDO-ASSET:" + the number. QtGui only: ordo-cli writes it headless.
class AssetLabelSheet final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AssetLabelSheet)

public:
    static constexpr int Columns = 3;
    static constexpr int Rows = 8;

    AssetLabelSheet(QList<Asset> assets, QString urlPrefix) : m_assets(std::move(assets)), m_prefix(std::move(urlPrefix)) {}

    QString codeFor(const Asset &asset) const;
    int render(QPagedPaintDevice *device) const;   // the number of pages
    QByteArray pdf() const;

private:
    QList<Asset> m_assets;
    QString m_prefix;
};

} // namespace ordo
