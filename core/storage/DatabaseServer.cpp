// The PostgreSQL side of Database: an office server's database, shared by several PCs.
//
// Writers take one advisory lock per transaction (pg_advisory_xact_lock), so that PostgreSQL gives
// Ordo the same promise as SQLite's BEGIN IMMEDIATE: one writer at a time, every write seeing the
// last committed one. Gapless counters additionally lock their row (SELECT ... FOR UPDATE). Readers
// never wait. Errors are told apart by SQLSTATE (QSqlError::nativeErrorCode), never by their text.
#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/ServerAddress.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlField>

#include "core/common/LazyLibrary.h"

#include <libpq-fe.h>

namespace ordo {

namespace {

// 'ORDO': the advisory lock every Ordo writer takes on the server.
constexpr qint64 WriteLockKey = 0x4F52444F;

QMutex passwordsMutex;
// Passwords given in a URI (or by the connect dialog from the keyring), for this process's other
// connections to the same database: workers reopen a database by its path(), which has none.
QHash<QString, QString> &rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QAtomicInteger<quint64> serverConnections;

// libpq, loaded when a connection to a server failed (to tell why) or its version is asked, not at
// every start of every program (Qt's PostgreSQL driver loads it for itself when a server is used).
struct Pq
{
    PGconn *(*connectdbParams)(const char *const *, const char *const *, int) = nullptr;
    ConnStatusType (*status)(const PGconn *) = nullptr;
    int (*connectionNeedsPassword)(const PGconn *) = nullptr;
    int (*connectionUsedPassword)(const PGconn *) = nullptr;
    void (*finish)(PGconn *) = nullptr;
    int (*libVersion)() = nullptr;

    bool complete() const
    {
        return connectdbParams && status && connectionNeedsPassword && connectionUsedPassword && finish && libVersion;
    }
};

const Pq *pq()
{
    static const Pq api = [] {
        static LazyLibrary lib({{QStringLiteral("pq"), 5}, {QStringLiteral("libpq"), -1}, {QStringLiteral("pq"), -1}});
        Pq p;
        p.connectdbParams = lib.function<decltype(p.connectdbParams)>("PQconnectdbParams");
        p.status = lib.function<decltype(p.status)>("PQstatus");
        p.connectionNeedsPassword = lib.function<decltype(p.connectionNeedsPassword)>("PQconnectionNeedsPassword");
        p.connectionUsedPassword = lib.function<decltype(p.connectionUsedPassword)>("PQconnectionUsedPassword");
        p.finish = lib.function<decltype(p.finish)>("PQfinish");
        p.libVersion = lib.function<decltype(p.libVersion)>("PQlibVersion");
        return p;
    }();
    return api.complete() ? &api : nullptr;
}

enum class Refusal { None, NeedsPassword, PasswordRefused };

// Why a connection failed, as libpq tells it (not from its words): the server asked for a password
// that was not given, or one was given and the connection still failed.
Refusal refusalOf(const ServerAddress &address)
{
    const QByteArray host = address.host.toUtf8(), port = QByteArray::number(address.port),
                     db = address.database.toUtf8(), user = address.user.toUtf8(), password = address.password.toUtf8(),
                     ssl = (address.sslMode.isEmpty() ? QStringLiteral("prefer") : address.sslMode).toUtf8(),
                     timeout = QByteArray::number(address.connectTimeoutSeconds);
    const char *keys[] = {"host", "port", "dbname", "user", "password", "sslmode", "connect_timeout", nullptr};
    const char *values[] = {host.constData(), port.constData(), db.constData(), user.constData(),
                            password.isEmpty() ? nullptr : password.constData(), ssl.constData(), timeout.constData(), nullptr};
    const Pq *api = pq();
    if (!api)
        return Refusal::None;  // then the driver's words alone say why
    PGconn *c = api->connectdbParams(keys, values, 0);
    Refusal refusal = Refusal::None;
    if (api->status(c) != CONNECTION_OK) {
        if (api->connectionNeedsPassword(c))
            refusal = Refusal::NeedsPassword;
        else if (api->connectionUsedPassword(c))
            refusal = Refusal::PasswordRefused;
    }
    api->finish(c);
    return refusal;
}

// Runs `work` on a connection of its own to `database` on the server of `address` (no Ordo
// database: the maintenance database, or one that is not Ordo's yet); false when it did not open.
template<typename Work>
bool onConnection(const ServerAddress &address, const QString &database, const QString &password, Work work)
{
    const QString name = QStringLiteral("ordo-pg-probe-%1").arg(serverConnections.fetchAndAddRelaxed(1));
    bool opened = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(address.host);
        c.setPort(address.port);
        c.setDatabaseName(database);
        c.setUserName(address.user);
        c.setPassword(password);
        c.setConnectOptions(address.connectOptions());
        opened = c.open();
        if (opened)
            work(c);
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

// True when the server answers on its maintenance database and has no database of that name.
bool databaseMissing(const ServerAddress &address)
{
    bool missing = false;
    onConnection(address, QStringLiteral("postgres"), address.password, [&](QSqlDatabase &c) {
        QSqlQuery q(c);
        if (q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"))) {
            q.addBindValue(address.database);
            missing = q.exec() && q.next() && q.value(0).toInt() == 0;
        }
    });
    return missing;
}

} // namespace

void rememberServerPassword(const QString &address, const QString &password)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return;
    const QMutexLocker lock(&passwordsMutex);
    rememberedPasswords().insert(parsed->withoutPassword(), password);
}

QString rememberedServerPassword(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return {};
    if (!parsed->password.isEmpty())
        return parsed->password;
    const QMutexLocker lock(&passwordsMutex);
    return rememberedPasswords().value(parsed->withoutPassword());
}

Result<qint64> serverTableCount(const QString &address)
{
    auto db = Database::open(address, Database::OpenMode::ReadOnly);
    if (!db && db.error().code != ErrorCode::NotOrdoDatabase)
        return db.error();
    if (db) {
        auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        if (!n)
            return n.error();
        return n->toLongLong();
    }
    // Not an Ordo database (empty, or another program's): count through a connection of its own.
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    qint64 count = -1;
    onConnection(*parsed, parsed->database, rememberedServerPassword(address), [&](QSqlDatabase &c) {
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) && q.next())
            count = q.value(0).toLongLong();
    });
    if (count < 0)
        return makeError(ErrorCode::Io, Database::tr("Could not reach the database server %1: %2 Check that the server PC is "
                                                     "on and that this PC may connect to it.")
                                            .arg(parsed->withoutPassword(), QString()));
    return count;
}

Result<void> createServerDatabase(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    if (!databaseMissing(*parsed))
        return {};
    QString failure;
    const bool reached = onConnection(*parsed, QStringLiteral("postgres"), parsed->password, [&](QSqlDatabase &c) {
        QSqlQuery q(c);
        // Text in byte order, as SQLite keeps it (see the README's office set-up).
        const QString sql = QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                                .arg(c.driver()->escapeIdentifier(parsed->database, QSqlDriver::TableName));
        if (!q.exec(sql))
            failure = q.lastError().text();
    });
    if (!reached || !failure.isEmpty())
        return makeError(ErrorCode::Io, Database::tr("Could not create the database %1 on the server: %2")
                                            .arg(parsed->withoutPassword(), reached ? failure : Database::tr("the server did not answer.")));
    return {};
}

QString serverClientVersion()
{
    const Pq *api = pq();
    if (!api)
        return QString();
    const int version = api->libVersion();  // 150010 for 15.10
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

bool Database::isServer(const QString &path)
{
    return ServerAddress::looksLikeServer(path);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &uri, OpenMode mode)
{
    auto parsed = ServerAddress::parse(uri);
    if (!parsed)
        return parsed.error();
    ServerAddress address = *parsed;
    const QString shownName = address.withoutPassword();
    {
        const QMutexLocker lock(&passwordsMutex);
        if (!address.password.isEmpty())
            rememberedPasswords().insert(shownName, address.password);
        else
            address.password = rememberedPasswords().value(shownName);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Storage, tr("This Ordo cannot reach a PostgreSQL server: Qt's PostgreSQL driver is "
                                                "not installed (Debian package libqt6sql6-psql)."));

    const QString name = QStringLiteral("ordo-pg-%1").arg(serverConnections.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(name, shownName));
    db->m_dialect = Dialect::PostgreSQL;
    db->m_readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(address.host);
        c.setPort(address.port);
        c.setDatabaseName(address.database);
        c.setUserName(address.user);
        c.setPassword(address.password);
        c.setConnectOptions(address.connectOptions());
        if (!c.open()) {
            // libpq gives no SQLSTATE for a failed connection, and its words are not for reading by
            // a program: whether the database is missing is asked of the server's own catalogue.
            const QSqlError e = c.lastError();
            if (databaseMissing(address))
                return makeError(ErrorCode::NotFound, tr("The server has no database %1 (%2). Create it first (see the "
                                                         "README's office set-up), or check the name.")
                                                          .arg(address.database, shownName));
            if (const Refusal refusal = refusalOf(address); refusal != Refusal::None)
                return makeError(ErrorCode::SignInRefused,
                                 refusal == Refusal::NeedsPassword
                                     ? tr("The database server %1 asks for user %2's password.").arg(shownName, address.user)
                                     : tr("The database server %1 refused user %2: wrong password, or this PC is not "
                                          "allowed in the server's pg_hba.conf.")
                                           .arg(shownName, address.user));
            return makeError(ErrorCode::Io, tr("Could not reach the database server %1: %2 Check that the server PC is "
                                               "on and that this PC may connect to it.")
                                                .arg(shownName, e.text().trimmed()));
        }
    }
    // Settings for this session: a writer waits for another one at most as long as SQLite does;
    // notices (e.g. "relation already exists, skipping") are not errors.
    for (const QString &sql :
         {QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs), QStringLiteral("SET client_min_messages = warning"),
          QStringLiteral("SET TIME ZONE 'UTC'")}) {
        if (auto r = db->run(sql); !r)
            return r.error();
    }
    auto version = db->inspectServer(mode);
    if (!version)
        return version.error();
    db->m_schemaVersion = *version;
    if (db->m_readOnly) {
        if (auto r = db->run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")); !r)
            return r.error();
        db->m_keepServerStatements = true;
        return db;
    }
    if (auto r = db->migrate(); !r)
        return r.error();
    db->m_keepServerStatements = true;
    return db;
}

namespace {

// At most this many statements prepared per connection; later texts go the driver's way.
constexpr int MaxServerStatements = 400;
constexpr int MaxKeptStatementValues = 32;

// The `?` placeholders as PostgreSQL's $1, $2… (none inside quotes).
QString numberedPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    QChar quote;
    int n = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

std::optional<Result<QSqlQuery>> Database::runKeptOnServer(const QString &sql, const QVariantList &values) const
{
    // Qt's driver prepares a statement on the server for every run, executes it once and drops it:
    // three round trips and a fresh plan each time (planning the order's six joins took longer than
    // running them). Prepared once and executed by name, the server plans it a few times and then
    // keeps its plan. The values go as the driver sends them to its own EXECUTE.
    // Nor a statement with a long list of values (IN lists, batch inserts): each length is another
    // text, run once and kept for the whole connection, taking the place of one that runs often.
    if (!m_keepServerStatements || values.size() > MaxKeptStatementValues)
        return std::nullopt;
    QSqlQuery q(connection());
    q.setForwardOnly(false);
    QString name = m_serverStatements.value(sql);
    if (name.isEmpty()) {
        if (m_serverStatements.size() >= MaxServerStatements)
            return std::nullopt;
        name = QStringLiteral("ordo_%1").arg(m_serverStatements.size() + 1);
        if (!q.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numberedPlaceholders(sql))))
            return Result<QSqlQuery>(driverError(tr("Could not prepare a database statement"), q.lastError()));
        m_serverStatements.insert(sql, name);
    }
    QString params;
    QSqlDriver *driver = connection().driver();
    for (const QVariant &value : values) {
        const QVariant v = sqlValue(value);
        QSqlField field(QString(), v.metaType());
        if (!v.isNull())
            field.setValue(v);
        if (!params.isEmpty())
            params += QLatin1String(", ");
        params += driver->formatValue(field);
    }
    const QString execute = params.isEmpty() ? QStringLiteral("EXECUTE %1").arg(name)
                                             : QStringLiteral("EXECUTE %1 (%2)").arg(name, params);
    if (!q.exec(execute))
        return Result<QSqlQuery>(driverError(tr("A database statement failed"), q.lastError()));
    return Result<QSqlQuery>(q);
}

Result<int> Database::inspectServer(OpenMode mode)
{
    auto tables = scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
    if (!tables)
        return tables.error();
    auto hasMeta = scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                         "AND tablename = 'meta'"));
    if (!hasMeta)
        return hasMeta.error();
    if (tables->toInt() == 0) {
        if (mode != OpenMode::CreateIfMissing)
            return makeError(ErrorCode::NotOrdoDatabase,
                             tr("The database %1 is empty: it is not an Ordo database yet.").arg(m_path));
        return 0;
    }
    if (hasMeta->toInt() == 0)
        return makeError(ErrorCode::NotOrdoDatabase,
                         tr("The database %1 holds another program's tables, not Ordo's. It was left as it was.").arg(m_path));
    auto app = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'application'"));
    if (!app || app->toString() != QLatin1String("ordo"))
        return makeError(ErrorCode::NotOrdoDatabase,
                         tr("The database %1 holds another program's tables, not Ordo's. It was left as it was.").arg(m_path));
    auto found = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!found)
        return found.error();
    const int version = found->toInt();
    if (version > CurrentSchemaVersion)
        return makeError(ErrorCode::NewerDatabase,
                         tr("%1 was written by a newer version of Ordo (database version %2; this Ordo reads up to %3). "
                            "Update Ordo on this PC to open it; nothing was changed.")
                             .arg(m_path)
                             .arg(version)
                             .arg(CurrentSchemaVersion));
    if (mode == OpenMode::ReadOnly && version < CurrentSchemaVersion)
        return makeError(ErrorCode::NotOrdoDatabase,
                         tr("%1 was written by an older version of Ordo and must be upgraded first: open it once in "
                            "Ordo. It was left as it was.")
                             .arg(m_path));
    return version;
}

Result<bool> Database::beginServerWrite(Wait wait)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("BEGIN")))
        return driverError(tr("Could not start saving"), q.lastError());
    if (wait == Wait::No) {
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(WriteLockKey)) || !q.next()) {
            const Error e = driverError(tr("Could not start saving"), q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        if (!q.value(0).toBool()) {
            q.finish();
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    } else if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey))) {
        const Error e = driverError(tr("Could not start saving"), q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    q.finish();
    m_inTransaction = true;
    m_syncAfterCommit = false;
    m_notifier->hold();
    return true;
}

Error Database::serverError(const QString &context, const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    const QString said = error.databaseText().trimmed();
    auto is = [&](std::initializer_list<const char *> codes) {
        for (const char *c : codes)
            if (state == QLatin1String(c))
                return true;
        return false;
    };
    if (is({"53100"}))
        return makeError(ErrorCode::DiskFull, tr("The disk of the database server is full: nothing was saved. Free some "
                                                 "space on the server and try again."));
    if (is({"53200", "53300", "53400"}))
        return makeError(ErrorCode::Io, tr("The database server is out of resources (database says: %1). Nothing was "
                                           "saved; try again in a moment.")
                                            .arg(said));
    if (is({"55P03", "40001", "40P01"}))
        return makeError(ErrorCode::Conflict, tr("The database is busy: another Ordo is saving. Try again in a moment."));
    if (is({"25006"})) {
        if (m_readOnly)
            return makeError(ErrorCode::Io, tr("%1 is open only for reading here; nothing was saved.").arg(m_path));
        return makeError(ErrorCode::Io, tr("The database server accepts no changes now (it is read-only); nothing was "
                                           "saved."));
    }
    if (is({"42501"}))
        return makeError(ErrorCode::Io, tr("The database user may not do this on the server (database says: %1). Nothing "
                                           "was saved; ask whoever set up the server.")
                                            .arg(said));
    if (state.startsWith(QLatin1String("08")) || is({"57P01", "57P02", "57P03"}) || (state.isEmpty() && !connection().isOpen()))
        return makeError(ErrorCode::Io, tr("The connection to the database server was lost: nothing was saved. Check "
                                           "the network and the server PC, then try again."));
    if (is({"XX001", "XX002"}))
        return makeError(ErrorCode::Damaged, tr("The server's database is damaged (database says: %1). Restore it from a "
                                                "backup.")
                                                 .arg(said));
    // Ordo's own refusals (PL/pgSQL RAISE) and constraint violations keep the database's words.
    return storageError(context, said.isEmpty() ? error.text() : said);
}

} // namespace ordo
