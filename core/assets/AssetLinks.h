#pragma once

#include <QString>

namespace ordo {

class Database;

// The start of the address an asset label's QR code holds, the asset's number appended: the company
// setting assets.label_url when it is set; else, when ordo-server has said where it is reached
// (server.public_url, from --public-url), its technician's page of an asset, "<public url>/tech/asset/";
// else empty (the label holds "ORDO-ASSET:" and the number).
QString assetLabelPrefix(Database &db);

// The path of an asset's page in the technician's phone app, under the server's address.
inline constexpr auto PhoneAssetPath = "/tech/asset/";

} // namespace ordo
