#include "TechApi.h"

#include "core/common/Clock.h"
#include "core/people/PhoneDevices.h"
#include "core/storage/Database.h"
#include "core/usecases/FieldAssets.h"
#include "core/usecases/FieldWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace ordo::server {

namespace {

WebResponse json(const QJsonObject &object, int status = 200)
{
    WebResponse r = WebResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

WebResponse failure(const Error &error, const QJsonObject &extra = {})
{
    int status = 400;
    QString code = QStringLiteral("invalid");
    switch (error.code) {
    case ErrorCode::Invalid: status = 400; code = QStringLiteral("invalid"); break;
    case ErrorCode::NotPermitted:
    case ErrorCode::Forbidden: status = 403; code = QStringLiteral("forbidden"); break;
    case ErrorCode::Conflict: status = 409; code = QStringLiteral("conflict"); break;
    case ErrorCode::NotFound: status = 404; code = QStringLiteral("not_found"); break;
    case ErrorCode::SignInRefused: status = 401; code = QStringLiteral("unauthorized"); break;
    default: status = 503; code = QStringLiteral("unavailable"); break;
    }
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), error.message);
    body.insert(QStringLiteral("code"), code);
    return json(body, status);
}

std::optional<QJsonObject> bodyOf(const WebRequest &r)
{
    if (!r.header("content-type").startsWith("application/json"))
        return std::nullopt;
    QJsonParseError problem;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &problem);
    if (problem.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

WebResponse malformed(const WebRequest &r)
{
    return json({{QStringLiteral("error"), WebApp::tr(r, QT_TRANSLATE_NOOP("OrdoServer", "The request is not what the app sends: update the app."))},
                 {QStringLiteral("code"), QStringLiteral("invalid")}},
                400);
}

QString bearer(const WebRequest &r)
{
    const QByteArray h = r.header("authorization");
    return h.startsWith("Bearer ") ? QString::fromLatin1(h.mid(7).trimmed()) : QString();
}

QJsonObject staffJson(Id id, const QString &name)
{
    return {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("name"), name}};
}

QString keyOf(AppointmentKind k)
{
    switch (k) {
    case AppointmentKind::Estimate: return QStringLiteral("estimate");
    case AppointmentKind::Installation: return QStringLiteral("installation");
    case AppointmentKind::Repair: return QStringLiteral("repair");
    case AppointmentKind::FollowUp: return QStringLiteral("follow_up");
    }
    return {};
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// An asset as the phone lists it (on a job) and shows it (its page).
QJsonObject assetJson(const Asset &a)
{
    const QString warranty = !a.warrantyUntil.isValid()              ? QStringLiteral("none")
                             : a.underWarrantyOn(Clock::today())     ? QStringLiteral("active")
                                                                     : QStringLiteral("ended");
    return {{QStringLiteral("id"), static_cast<qint64>(a.id)},
            {QStringLiteral("name"), a.name()},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("model"), a.model},
            {QStringLiteral("specification"), a.specification},
            {QStringLiteral("serial"), a.serial},
            {QStringLiteral("customer"), a.customerName},
            {QStringLiteral("siteAddress"), a.siteAddress},
            {QStringLiteral("installedOn"), isoDate(a.installedOn)},
            {QStringLiteral("warrantyUntil"), isoDate(a.warrantyUntil)},
            {QStringLiteral("warranty"), warranty},
            {QStringLiteral("active"), a.active},
            {QStringLiteral("sourceOrderNumber"), a.sourceOrderNumber}};
}

QJsonObject assetPageJson(const FieldAsset &page)
{
    QJsonArray history;
    for (const AssetHistoryEntry &e : page.history) {
        QJsonObject entry{{QStringLiteral("kind"), toKey(e.kind)},
                          {QStringLiteral("at"), e.at},
                          {QStringLiteral("orderNumber"), e.orderNumber},
                          {QStringLiteral("text"), e.text},
                          {QStringLiteral("detail"), e.detail}};
        if (e.photoId)
            entry.insert(QStringLiteral("photo"),
                         QJsonObject{{QStringLiteral("id"), (e.orderPhoto ? QStringLiteral("v") : QStringLiteral("a")) + QString::number(*e.photoId)},
                                     {QStringLiteral("url"), QStringLiteral("/tech/api/assets/%1/%2/%3")
                                                                 .arg(page.asset.id)
                                                                 .arg(e.orderPhoto ? QStringLiteral("visit-photos") : QStringLiteral("photos"))
                                                                 .arg(*e.photoId)}});
        history.append(entry);
    }
    QJsonObject o = assetJson(page.asset);
    o.insert(QStringLiteral("history"), history);
    return o;
}

QJsonObject jobJson(const FieldJob &j, const DocumentText &text)
{
    const CalendarEntry &v = j.visit;
    QJsonArray lines;
    for (const LineItem &l : j.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), static_cast<double>(l.quantity) / 1000.0},
                                 {QStringLiteral("unitPriceCents"), static_cast<qint64>(l.unitPrice)},
                                 {QStringLiteral("vatBp"), static_cast<int>(l.vatRate)}});
    QJsonArray notes;
    for (const OrderEvent &e : j.notes)
        notes.append(QJsonObject{{QStringLiteral("at"), e.at}, {QStringLiteral("by"), e.actorName}, {QStringLiteral("text"), e.note}});
    QJsonArray siteJobs;
    for (const WorkOrder &o : j.siteJobs)
        siteJobs.append(QJsonObject{{QStringLiteral("orderNumber"), o.number}, {QStringLiteral("title"), o.title},
                                    {QStringLiteral("step"), o.stepName}, {QStringLiteral("createdAt"), o.createdAt}});
    QJsonArray photos;
    for (Id id : j.photoIds)
        photos.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(id)},
                                  {QStringLiteral("url"), QStringLiteral("/tech/api/photos/%1").arg(id)}});
    QJsonArray assets;
    for (const Asset &a : j.siteAssets) {
        QJsonObject o = assetJson(a);
        o.insert(QStringLiteral("ofThisJob"), j.orderAssetIds.contains(a.id));
        assets.append(o);
    }
    const QString where = QStringList{v.address, QStringList{v.postcode, v.city}.join(QLatin1Char(' ')).trimmed()}.join(QStringLiteral(", "));
    // The kind of visit in the phone's language (the words of the domain, ordo::Domain).
    const char *kindSource = v.appointment.kind == AppointmentKind::Estimate       ? "Estimate visit"
                             : v.appointment.kind == AppointmentKind::Installation ? "Installation"
                             : v.appointment.kind == AppointmentKind::Repair       ? "Repair"
                                                                                  : "Follow-up";
    const QString kindName = text.translate("ordo::Domain", kindSource);
    return {
        {QStringLiteral("appointmentId"), static_cast<qint64>(v.appointment.id)},
        {QStringLiteral("orderId"), static_cast<qint64>(j.order.id)},
        {QStringLiteral("orderNumber"), j.order.number},
        {QStringLiteral("orderVersion"), j.order.version},
        {QStringLiteral("startsAt"), v.appointment.startsAt},
        {QStringLiteral("endsAt"), v.appointment.endsAt},
        {QStringLiteral("kind"), keyOf(v.appointment.kind)},
        {QStringLiteral("kindName"), kindName},
        {QStringLiteral("status"), toKey(v.appointment.status)},
        {QStringLiteral("customer"), v.customer},
        {QStringLiteral("phone"), v.phone},
        {QStringLiteral("address"), v.address},
        {QStringLiteral("postcode"), v.postcode},
        {QStringLiteral("city"), v.city},
        {QStringLiteral("mapUrl"), QStringLiteral("https://www.openstreetmap.org/search?query=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(where))},
        {QStringLiteral("title"), j.order.title},
        {QStringLiteral("description"), j.order.description},
        {QStringLiteral("step"), j.order.stepName},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("siteJobs"), siteJobs},
        {QStringLiteral("onSite"), QJsonObject{{QStringLiteral("state"), j.onSite}, {QStringLiteral("at"), j.onSiteAt}}},
        {QStringLiteral("photos"), photos},
        {QStringLiteral("signed"), j.signedByCustomer},
        {QStringLiteral("signedBy"), j.signedBy},
        {QStringLiteral("invoiceNumber"), j.invoiceNumber},
        {QStringLiteral("assets"), assets},
    };
}

} // namespace

TechApi::TechApi(Database &db) : m_db(db), m_signInsByAddress(20, 10)
{
    m_clock.start();
}

void TechApi::addRoutes(WebApp &app)
{
    app.route("POST", QStringLiteral("/tech/api/pair"), [this](const WebRequest &r) { return pair(r); });
    app.route("POST", QStringLiteral("/tech/api/signin"), [this](const WebRequest &r) { return signIn(r); });
    app.route("POST", QStringLiteral("/tech/api/signout"), [this](const WebRequest &r) { return signOut(r); });
    app.route("GET", QStringLiteral("/tech/api/jobs"), [this](const WebRequest &r) { return jobs(r); });
    app.route("POST", QStringLiteral("/tech/api/actions"), [this](const WebRequest &r) { return action(r); });
    app.routePrefix("GET", QStringLiteral("/tech/api/photos/"), [this](const WebRequest &r) { return photo(r); });
    app.routePrefix("GET", QStringLiteral("/tech/api/assets/"), [this](const WebRequest &r) { return asset(r); });
    // A photo of up to 3 MB arrives as base64 in JSON.
    app.setMaxBodyBytes(QStringLiteral("/tech/api/actions"), 5 * 1024 * 1024);
}

std::optional<WebResponse> TechApi::tooMany(const WebRequest &r)
{
    if (m_signInsByAddress.allow(r.peer, m_clock.elapsed()))
        return std::nullopt;
    return json({{QStringLiteral("error"), WebApp::tr(r, QT_TRANSLATE_NOOP("OrdoServer", "Too many requests from your address. Wait a minute and try again."))},
                 {QStringLiteral("code"), QStringLiteral("too_many")}},
                429);
}

WebResponse TechApi::pair(const WebRequest &r)
{
    if (auto limited = tooMany(r))
        return *limited;
    const auto body = bodyOf(r);
    if (!body)
        return malformed(r);
    auto paired = PhoneDevices(m_db).pair(body->value(QStringLiteral("code")).toString().left(40),
                                          body->value(QStringLiteral("device")).toString().left(80));
    if (!paired)
        return failure(paired.error());
    return json({{QStringLiteral("deviceToken"), paired->deviceToken},
                 {QStringLiteral("staff"), staffJson(paired->device.staffId, paired->device.staffName)}});
}

WebResponse TechApi::signIn(const WebRequest &r)
{
    if (auto limited = tooMany(r))
        return *limited;
    const auto body = bodyOf(r);
    if (!body)
        return malformed(r);
    auto session = PhoneDevices(m_db).signIn(body->value(QStringLiteral("deviceToken")).toString().left(200),
                                             body->value(QStringLiteral("pin")).toString().left(100));
    if (!session)
        return failure(session.error());
    return json({{QStringLiteral("session"), session->token},
                 {QStringLiteral("expiresAt"), session->expiresAt},
                 {QStringLiteral("staff"), staffJson(session->staffId, session->staffName)}});
}

WebResponse TechApi::signOut(const WebRequest &r)
{
    if (auto done = PhoneDevices(m_db).signOut(bearer(r)); !done)
        return failure(done.error());
    WebResponse none;
    none.status = 204;
    return none;
}

WebResponse TechApi::jobs(const WebRequest &r)
{
    auto session = PhoneDevices(m_db).session(bearer(r));
    if (!session)
        return failure(session.error());
    const int days = std::clamp(r.query.queryItemValue(QStringLiteral("days")).toInt(), 1, 31);
    auto found = FieldWork(m_db).jobs(session->staffId, Clock::today(), r.query.hasQueryItem(QStringLiteral("days")) ? days : 7);
    if (!found)
        return failure(found.error());
    const DocumentText text = WebApp::text(r);
    QJsonArray list;
    for (const FieldJob &j : *found)
        list.append(jobJson(j, text));
    return json({{QStringLiteral("staff"), staffJson(session->staffId, session->staffName)},
                 {QStringLiteral("now"), Clock::nowSecs()},
                 {QStringLiteral("jobs"), list}});
}

WebResponse TechApi::action(const WebRequest &r)
{
    auto session = PhoneDevices(m_db).session(bearer(r));
    if (!session)
        return failure(session.error());
    const auto body = bodyOf(r);
    if (!body)
        return malformed(r);
    FieldAction a;
    a.key = body->value(QStringLiteral("key")).toString();
    a.appointmentId = body->value(QStringLiteral("appointmentId")).toInteger();
    a.type = body->value(QStringLiteral("type")).toString();
    a.at = body->value(QStringLiteral("at")).toInteger();
    a.payload = body->value(QStringLiteral("payload")).toObject().toVariantMap();
    const DocumentText text = WebApp::text(r);
    if (FieldAssets::handles(a.type)) {
        // An asset noted on, photographed or registered: the asset's page as it is now, and the job
        // when the action was done from one of the technician's jobs (its list of assets changed).
        FieldAssets assets(m_db);
        auto done = assets.apply(session->staffId, a);
        if (!done)
            return failure(done.error());
        QJsonObject answer{{QStringLiteral("applied"), done->applied}, {QStringLiteral("duplicate"), done->duplicate}};
        if (auto page = assets.asset(session->staffId, done->assetId); page)
            answer.insert(QStringLiteral("asset"), assetPageJson(*page));
        if (a.appointmentId == done->appointmentId)
            if (auto job = FieldWork(m_db).job(session->staffId, a.appointmentId); job)
                answer.insert(QStringLiteral("job"), jobJson(*job, text));
        return json(answer);
    }
    FieldWork field(m_db);
    auto done = field.apply(session->staffId, a);
    if (!done) {
        QJsonObject extra;
        if (done.error().code == ErrorCode::Conflict)
            if (auto job = field.job(session->staffId, a.appointmentId); job)
                extra.insert(QStringLiteral("job"), jobJson(*job, text));
        return failure(done.error(), extra);
    }
    return json({{QStringLiteral("applied"), done->applied},
                 {QStringLiteral("duplicate"), done->duplicate},
                 {QStringLiteral("invoiceNumber"), done->invoiceNumber},
                 {QStringLiteral("invoiceMailedTo"), done->invoiceMailedTo},
                 {QStringLiteral("invoiceProblem"), done->invoiceProblem},
                 {QStringLiteral("job"), jobJson(done->job, text)}});
}

WebResponse TechApi::photo(const WebRequest &r)
{
    auto session = PhoneDevices(m_db).session(bearer(r));
    if (!session)
        return failure(session.error());
    bool ok = false;
    const Id id = r.path.mid(QStringLiteral("/tech/api/photos/").size()).toLongLong(&ok);
    if (!ok)
        return failure(Error{ErrorCode::NotFound, WebApp::tr(r, QT_TRANSLATE_NOOP("OrdoServer", "There is nothing at this address."))});
    auto picture = FieldWork(m_db).photo(session->staffId, id);
    if (!picture)
        return failure(picture.error());
    WebResponse image;
    image.contentType = picture->first;
    image.body = picture->second;
    image.setHeader("Cache-Control", "private, max-age=86400");
    return image;
}

WebResponse TechApi::asset(const WebRequest &r)
{
    auto session = PhoneDevices(m_db).session(bearer(r));
    if (!session)
        return failure(session.error());
    // N, N/photos/P or N/visit-photos/P: plain decimal numbers, nothing else.
    static const QRegularExpression Path(QStringLiteral("^/tech/api/assets/([1-9][0-9]{0,15})(?:/(photos|visit-photos)/([1-9][0-9]{0,15}))?$"));
    const QRegularExpressionMatch m = Path.match(r.path);
    if (!m.hasMatch())
        return failure(Error{ErrorCode::NotFound, WebApp::tr(r, QT_TRANSLATE_NOOP("OrdoServer", "There is nothing at this address."))});
    const Id assetId = m.captured(1).toLongLong();
    FieldAssets assets(m_db);
    if (m.captured(2).isEmpty()) {
        auto page = assets.asset(session->staffId, assetId);
        if (!page)
            return failure(page.error());
        return json({{QStringLiteral("now"), Clock::nowSecs()}, {QStringLiteral("asset"), assetPageJson(*page)}});
    }
    auto picture = assets.photo(session->staffId, assetId, m.captured(3).toLongLong(), m.captured(2) == QLatin1String("visit-photos"));
    if (!picture)
        return failure(picture.error());
    WebResponse image;
    image.contentType = picture->first;
    image.body = picture->second;
    image.setHeader("Cache-Control", "private, max-age=86400");
    return image;
}

} // namespace ordo::server
