#pragma once

#include "WebTypes.h"

namespace ordo::server {

class WebApp;

// The server's own files (stylesheet, icon), built into the program as Qt resources under :/web/
// (resources/web/ in the sources), served at /static/NAME. Nothing on disk is ever read: a path
// that tries to climb out (.., //, backslashes, percent signs) is refused as not found.
class StaticFiles final
{
public:
    // GET /static/… and GET /favicon.ico.
    static void addRoutes(WebApp &app);
    static WebResponse serve(const WebRequest &request);
    // The resource a /static/ path names, or "" when the path is refused.
    static QString resourceFor(const QString &path);
    static QByteArray contentType(const QString &fileName);
};

} // namespace ordo::server
