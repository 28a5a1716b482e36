// ordo-server: the company's web server over the same core and database as the desktop.

#include "BookingSite.h"
#include "CsrfTokens.h"
#include "Health.h"
#include "HandlerThread.h"
#include "HttpFrontEnd.h"
#include "RateLimiter.h"
#include "StaticFiles.h"
#include "TechApi.h"
#include "TechApp.h"
#include "WebApp.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/MailOutbox.h"
#include "core/billing/Mailer.h"
#include "core/common/Clock.h"
#include "core/common/FileSecretStore.h"
#include "core/common/Translations.h"
#include "core/usecases/OnlineBooking.h"
#include "core/usecases/Company.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"
#include "ui/print/InvoiceRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <ctime>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace ordo;
using namespace ordo::server;

// The context of ordo-server's own messages (the same as its pages').
class OrdoServer
{
    Q_DECLARE_TR_FUNCTIONS(OrdoServer)
};

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// Threads answering the read-only pages beside the one that writes; they mostly wait for the
// database and for each other on a small machine, so a few are enough.
constexpr int ReaderThreads = 2;

// Copies what the writer appended to SQLite's write-ahead log back into the database file every
// two seconds, on a connection and thread of its own. SQLite would otherwise do it, with an fsync,
// inside the commit that crossed its threshold: one booking in a few hundred waited a second or
// more for it on a busy disk. A passive checkpoint never blocks the writer nor the readers.
class Checkpointer final : public QThread
{
public:
    explicit Checkpointer(QString path) : m_path(std::move(path)) {}
    ~Checkpointer() override
    {
        quit();
        wait();
    }

protected:
    void run() override
    {
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        if (!db || (*db)->dialect() != Database::Dialect::SQLite)
            return;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&]() {
            if (auto done = (*db)->run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !done)
                std::fprintf(stderr, "ordo-server: %s\n", qUtf8Printable(done.error().message));
        });
        timer.start(2000);
        exec();
    }

private:
    QString m_path;
};

// One thread's handlers and what they use.
struct ServerHandlers final : Handlers
{
    explicit ServerHandlers(const WebSettings &settings) : web(settings) {}
    ~ServerHandlers() override
    {
        // The handlers go before the connection they use.
        phones.reset();
        site.reset();
    }
    const WebApp &app() const override { return web; }
    void idle(const std::function<bool()> &requestWaiting) override
    {
        // The writer merges the search indexes' pieces while nobody books: the bookings themselves
        // no longer do it (one in 64 took ten times as long; migration 24). A few pages at a time
        // (a few milliseconds each) while there is work and no request waits, for up to a tenth of
        // a second each time: pieces others left (an import, the desktop's busy day) are merged
        // within seconds, not one step a second, before FTS5 merges 16 of one size at once inside
        // a booking.
        if (!tidiesSearch)
            return;
        const qint64 budgetMs = 100;
        QElapsedTimer spent;
        spent.start();
        for (;;) {
            auto merged = search::tidy(*db);
            if (!merged) {
                if (!tidyFailed)
                    std::fprintf(stderr, "ordo-server: %s\n", qUtf8Printable(merged.error().message));
                tidyFailed = true;   // said once, not every second
                return;
            }
            tidyFailed = false;
            if (!*merged || requestWaiting() || spent.elapsed() >= budgetMs)
                return;
        }
    }

    // The bookings pressed at the same moment share one commit (see HandlerThread): each is still
    // all or nothing, and the log's pages they touch are written once for all of them.
    bool groupable(const WebRequest &request) const override
    {
        return groupsBookings && request.method == "POST" && request.path == QLatin1String("/book");
    }
    bool beginGroup() override
    {
        if (!db->groupsCommits())
            return false;
        auto begun = db->beginGroup();
        if (!begun)
            std::fprintf(stderr, "ordo-server: %s\n", qUtf8Printable(begun.error().message));
        return begun.ok();
    }
    bool commitGroup() override
    {
        auto saved = db->commitGroup();
        if (!saved)
            std::fprintf(stderr, "ordo-server: bookings sent together were not saved: %s\n", qUtf8Printable(saved.error().message));
        if (site)
            site->groupEnded(saved.ok());
        return saved.ok();
    }

    bool groupsBookings = false;
    bool tidiesSearch = false;
    bool tidyFailed = false;
    std::unique_ptr<Database> db;
    WebApp web;
    std::unique_ptr<BookingSite> site;
    std::unique_ptr<TechApi> phones;
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int fail(const QString &message, int code = Failed)
{
    const QByteArray line = QStringLiteral("ordo-server: %1\n").arg(message).toLocal8Bit();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return code;
}

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:0".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

QString urlHost(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QStringLiteral("127.0.0.1");
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("[::1]");
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return address.toString();
}

QtMessageHandler previousHandler = nullptr;

// Drawing offscreen asks for a runtime directory a service usually lacks; Qt then uses its own and
// says so on every start, which is noise in the service's log (and before the first real line).
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    // The invoices a technician's phone had issued are e-mailed with their PDF, which needs fonts,
    // hence a GUI application, drawn offscreen: a server has no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ordo-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(OrdoServer::tr("Ordo's web server for the company's customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), OrdoServer::tr("The company's Ordo database (it must exist)."), OrdoServer::tr("PATH"));
    const QCommandLineOption listen(QStringLiteral("listen"), OrdoServer::tr("Where to listen, ADDRESS:PORT (default 127.0.0.1:8080; port 0 picks a free one)."),
                                    OrdoServer::tr("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), OrdoServer::tr("Serve HTTPS with this PEM certificate (chain)."), OrdoServer::tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), OrdoServer::tr("The certificate's PEM private key."), OrdoServer::tr("FILE"));
    const QCommandLineOption frameAncestors(QStringLiteral("frame-ancestors"),
                                            OrdoServer::tr("Who may show the pages in a frame, e.g. \"https://www.example.es\" (default 'none')."),
                                            OrdoServer::tr("SOURCES"), QStringLiteral("'none'"));
    const QCommandLineOption allowedOrigin(QStringLiteral("allowed-origin"),
                                           OrdoServer::tr("The one web origin allowed to call the server from its scripts (CORS); none by default."),
                                           OrdoServer::tr("ORIGIN"));
    const QCommandLineOption behindProxy(QStringLiteral("behind-proxy"),
                                         OrdoServer::tr("A web server on this machine forwards the requests: take the client's address from X-Forwarded-For."));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       OrdoServer::tr("The address customers use to reach this server (https://citas.example.es), for the links in "
                                                      "their e-mails; by default the address it listens on."),
                                       OrdoServer::tr("URL"));
    const QCommandLineOption mailInterval(QStringLiteral("mail-interval"),
                                          OrdoServer::tr("How often queued e-mails are sent, in seconds (default 15)."),
                                          OrdoServer::tr("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption bookingsPerMinute(QStringLiteral("bookings-per-minute"),
                                               OrdoServer::tr("How many bookings, changes and cancellations one address may send a minute (default 20)."),
                                               OrdoServer::tr("N"), QStringLiteral("20"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
                                      OrdoServer::tr("The company's time zone, such as Europe/Madrid or Atlantic/Canary: the working hours, "
                                                     "the free times and the e-mails are in it (default: this machine's)."),
                                      OrdoServer::tr("ZONE"));
    parser.addOptions({database, listen, tlsCert, tlsKey, frameAncestors, allowedOrigin, behindProxy, publicUrl, mailInterval,
                       bookingsPerMinute, timeZone});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        const QByteArray help = parser.helpText().toLocal8Bit();
        std::fwrite(help.constData(), 1, size_t(help.size()), stdout);
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("ordo-server %s\n", ORDO_VERSION);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(OrdoServer::tr("Unexpected argument “%1”. Run “ordo-server --help” for the options.").arg(parser.positionalArguments().first()), Usage);
    if (parser.value(database).trimmed().isEmpty())
        return fail(OrdoServer::tr("Say which database to serve: --database PATH."), Usage);
    if (parser.isSet(timeZone)) {
        // Local time is the company's, wherever the server runs (a rented machine is often on UTC):
        // set before any thread starts or any time is read.
        const QByteArray zone = parser.value(timeZone).trimmed().toUtf8();
        const auto badZone = [&] {
            return fail(OrdoServer::tr("--time-zone wants a time zone such as Europe/Madrid, not “%1”.").arg(parser.value(timeZone)), Usage);
        };
        if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone))
            return badZone();
        qputenv("TZ", zone);
        tzset();
        // The C library must read the name as Qt does: Qt also takes "UTC+01:00", which the C
        // library reads as a POSIX rule, one hour *behind* UTC. Compared now and half a year on.
        const QTimeZone named(zone);
        for (const std::time_t at : {std::time(nullptr), std::time(nullptr) + 182 * 86400}) {
            std::tm local{};
            if (!localtime_r(&at, &local) || local.tm_gmtoff != named.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())))
                return badZone();
        }
    }
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port))
        return fail(OrdoServer::tr("--listen wants ADDRESS:PORT, such as 127.0.0.1:8080 or [::1]:8443, not “%1”.").arg(parser.value(listen)), Usage);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(OrdoServer::tr("HTTPS needs both --tls-cert and --tls-key."), Usage);
    WebSettings settings;
    settings.frameAncestors = parser.value(frameAncestors).toUtf8().trimmed();
    if (!validFrameAncestors(settings.frameAncestors))
        return fail(OrdoServer::tr("--frame-ancestors wants web sources separated by spaces, such as 'self' https://www.example.es."), Usage);
    settings.allowedOrigin = parser.value(allowedOrigin).toUtf8().trimmed();
    if (!settings.allowedOrigin.isEmpty() && !QRegularExpression(QStringLiteral("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$"))
                                                 .match(QString::fromUtf8(settings.allowedOrigin)).hasMatch())
        return fail(OrdoServer::tr("--allowed-origin wants one origin such as https://www.example.es (no path)."), Usage);

    // The database as the desktop keeps it: an existing company's, upgraded when older.
    // A file's path is tidied; an office server's address (postgresql://…) is kept as written.
    const QString given = parser.value(database);
    const QString dbPath = Database::isServer(given) ? given : QDir::cleanPath(given);
    auto db = openCompany(dbPath, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);

    // The booking page's settings (Settings of the company) give the defaults of what the command line did not say.
    const BookingSettings booking = BookingSettings::load(**db);
    if (!parser.isSet(frameAncestors) && !booking.frameAncestors.trimmed().isEmpty() &&
        validFrameAncestors(booking.frameAncestors.toUtf8().trimmed()))
        settings.frameAncestors = booking.frameAncestors.toUtf8().trimmed();
    if (!parser.isSet(allowedOrigin) && !booking.corsOrigin.trimmed().isEmpty())
        settings.allowedOrigin = booking.corsOrigin.toUtf8().trimmed();

    // The address given is where people and phones reach this server: the desktop and ordo-cli read
    // it for the links they print (asset labels open the technician's page of the asset).
    if (parser.isSet(publicUrl)) {
        QString given = parser.value(publicUrl).trimmed();
        while (given.endsWith(QLatin1Char('/')))
            given.chop(1);
        if (!QRegularExpression(QStringLiteral("^https?://[^\\s/?#]+(/[^\\s?#]*)?$")).match(given).hasMatch())
            return fail(OrdoServer::tr("--public-url wants an address such as https://ordo.example.es, not “%1”.").arg(given), Usage);
        CompanySettings company(**db);
        if (company.value(QString(settings::ServerPublicUrl)) != given)
            if (auto kept = withTransaction(**db, [&] { return company.setValue(QString(settings::ServerPublicUrl), given); }); !kept)
                std::fprintf(stderr, "ordo-server: %s\n", qUtf8Printable(kept.error().message));
    }

    auto tokens = CsrfTokens::fromDatabase(**db);
    if (!tokens)
        return fail(tokens.error().message);

    BookingSite::Options siteOptions;
    siteOptions.bookingsPerMinutePerAddress = std::clamp(parser.value(bookingsPerMinute).toInt(), 1, 100000);
    siteOptions.bookingBurstPerAddress = static_cast<int>(siteOptions.bookingsPerMinutePerAddress);
    siteOptions.pagesByAddress = std::make_shared<RateLimiter>(siteOptions.pagesPerMinutePerAddress, siteOptions.pageBurstPerAddress);
    // The free times found once after each change for every thread, not once per thread.
    siteOptions.sharedPages = BookingSite::sharedPages(dbPath);

    QString problem;
    quint16 actualPort = 0;
    QString url;
    QString linkBase;
    // The handlers of one thread over its own connection to the database: the writer's may write,
    // the readers' only read (SQLite lets them read while the writer writes).
    auto handlersFor = [&](Database::OpenMode mode) {
        return [&, mode](QString *error) -> std::unique_ptr<Handlers> {
            auto own = std::make_unique<ServerHandlers>(settings);
            auto opened = Database::open(dbPath, mode);
            if (!opened) {
                *error = opened.error().message;
                return nullptr;
            }
            own->db = std::move(*opened);
            own->tidiesSearch = mode != Database::OpenMode::ReadOnly;
            // ORDO_COMMIT_GROUPS=off: each booking in a commit of its own (to compare).
            own->groupsBookings = mode != Database::OpenMode::ReadOnly && qgetenv("ORDO_COMMIT_GROUPS") != "off";
            // The writer's commits leave the log's pages to the checkpointer. Its cache holds the
            // pages of a commit group (32 bookings touch about a thousand): with SQLite's default
            // 2 MB they would be written out to the log half-way, and again at the commit.
            // Its statement journals (what undoes one statement of a booking that fails halfway)
            // stay in memory: past SQLite's 64 KiB each booking created, wrote some 70 times and
            // deleted a temporary file. Only this connection, after the upgrade of the file (done by
            // Database::open): its statements are a booking's or a phone's, never a whole table's.
            // (SQLite 3.40's process-wide SQLITE_CONFIG_STMTJRNL_SPILL above 128 KiB, used here until
            // 5 December 2026, failed large statements with "database or disk is full".)
            if (mode != Database::OpenMode::ReadOnly && own->db->dialect() == Database::Dialect::SQLite)
                for (const char *pragma : {"PRAGMA wal_autocheckpoint = 0", "PRAGMA cache_size = -32768",
                                           "PRAGMA temp_store = MEMORY"})
                    if (auto set = own->db->run(QString::fromLatin1(pragma)); !set) {
                        *error = set.error().message;
                        return nullptr;
                    }
            addHealthRoute(own->web, *own->db);
            StaticFiles::addRoutes(own->web);
            BookingSite::Options options = siteOptions;
            options.publicUrl = linkBase;
            own->site = std::make_unique<BookingSite>(*own->db, *tokens, options);
            own->site->addRoutes(own->web);
            // ORDO_WARM_UP=off: the first bookings after a start prepare their statements themselves (to compare).
            if (mode != Database::OpenMode::ReadOnly && qgetenv("ORDO_WARM_UP") != "off")
                own->site->warmUp();
            own->phones = std::make_unique<TechApi>(*own->db);
            own->phones->addRoutes(own->web);
            addTechAppRoutes(own->web);
            return own;
        };
    };
    HandlerThread writer(handlersFor(Database::OpenMode::MustExist));
    QList<HandlerThread *> readers;
    for (int i = 0; i < ReaderThreads; ++i)
        readers << new HandlerThread(handlersFor(Database::OpenMode::ReadOnly), &app);
    // Only the customers' pages and the files, read without writing, go to the readers; the
    // phones' API (sessions) and every form go to the writer.
    HttpFrontEnd frontEnd(&writer, readers, [](const WebRequest &r) {
        return (r.method == "GET" || r.method == "HEAD") && !r.path.startsWith(QLatin1String("/tech/api/"));
    });
    frontEnd.setTrustProxy(parser.isSet(behindProxy));
    if (parser.isSet(tlsCert)) {
        problem = frontEnd.sslSetup(parser.value(tlsCert), parser.value(tlsKey));
        if (!problem.isEmpty())
            return fail(problem);
    }
    actualPort = frontEnd.listen(address, port, &problem);
    if (actualPort == 0)
        return fail(problem);
    url = QStringLiteral("%1://%2:%3/")
              .arg(frontEnd.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), urlHost(address))
              .arg(actualPort);
    linkBase = parser.isSet(publicUrl) ? parser.value(publicUrl).trimmed() : url;
    while (linkBase.endsWith(QLatin1Char('/')))
        linkBase.chop(1);
    Checkpointer checkpointer(dbPath);
    checkpointer.start(QThread::LowPriority);
    // The threads start once the links' address is known; requests wait in the sockets meanwhile.
    for (HandlerThread *thread : QList<HandlerThread *>{&writer} + readers)
        if (!thread->startHandlers(&problem))
            return fail(problem);

    // SIGTERM and SIGINT end the event loop once the requests read so far are answered.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(OrdoServer::tr("Cannot set up the signal handling."));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&]() {
        char byte = 0;
        [[maybe_unused]] const auto r = ::read(signalPipe[0], &byte, 1);
        // No new connections; the requests being answered are answered first.
        frontEnd.stopListening();
        if (frontEnd.inFlight() == 0)
            QCoreApplication::quit();
        else
            QObject::connect(&frontEnd, &HttpFrontEnd::idle, &app, &QCoreApplication::quit);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);


    // Mail that use cases queued (booking confirmations) goes out from here, outside any request:
    // a slow or absent mail server never holds a customer's page. Failures wait and are retried.
    QTimer mailTimer;
    mailTimer.setInterval(std::clamp(parser.value(mailInterval).toInt(), 1, 3600) * 1000);
    QObject::connect(&mailTimer, &QTimer::timeout, &app, [&]() {
        SmtpSettings smtp = SmtpSettings::load(**db);
        if (smtp.host.trimmed().isEmpty())
            return;
        auto key = SmtpSettings::passwordKey(**db);
        if (key) {
            FileSecretStore secrets;
            if (auto taken = smtp.takePassword(secrets.get(*key), secrets.location()); !taken && !smtp.user.trimmed().isEmpty()) {
                std::fprintf(stderr, "ordo-server: %s\n", qUtf8Printable(taken.error().message));
                return;
            }
        }
        const Mailer mailer(smtp);
        auto drawInvoice = [&](Id invoiceId) -> Result<QByteArray> {
            auto invoice = InvoiceQueries(**db).find(invoiceId);
            if (!invoice)
                return invoice.error();
            return InvoiceRenderer(*invoice, CompanyProfiles(**db).load()).pdf();
        };
        auto sent = MailOutbox(**db).deliver([&](const MailMessage &m) { return mailer.send(m); }, Clock::nowSecs(), 20,
                                             drawInvoice);
        if (!sent)
            std::fprintf(stderr, "ordo-server: %s\n", qUtf8Printable(sent.error().message));
    });
    mailTimer.start();
    // Customers' e-mails carry links to change or cancel their visit: an address only this computer
    // can open would reach nobody. Said once at start, where whoever sets it up reads it.
    if (!parser.isSet(publicUrl) && (address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6)
                                    || address == QHostAddress(QHostAddress::Any)))
        std::fprintf(stderr, "ordo-server: %s\n",
                     qUtf8Printable(OrdoServer::tr("The links in customers' e-mails point to %1, which customers cannot open. "
                                                   "Give --public-url with the address they use, such as https://citas.example.es.")
                                        .arg(linkBase)));
    // Exactly one line on stdout: scripts and tests read the URL from it.
    const QByteArray line = QStringLiteral("Ordo server listening at %1\n").arg(url).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);

    const int code = app.exec();
    // Each thread closes its own database connection.
    for (HandlerThread *thread : readers)
        delete thread;
    readers.clear();
    writer.quit();
    writer.wait();
    const QByteArray bye = QByteArrayLiteral("ordo-server: stopped\n");
    std::fwrite(bye.constData(), 1, size_t(bye.size()), stderr);
    std::fflush(stderr);
    return code;
}
