#include "core/storage/SqliteStatements.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QUuid>

#include <sqlite3.h>

#include <utility>

namespace ordo {

namespace {

// The words Qt's QSQLITE driver uses, so that messages read as they did before.
QString driverWords(const char *source)
{
    return QCoreApplication::translate("QSQLiteResult", source);
}

QSqlError errorOf(sqlite3 *db, const char *words, int code)
{
    return QSqlError(driverWords(words), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(code));
}

// What is bound as NULL: a null variant, a null byte array or an invalid date, as Qt's driver does;
// but a null QString inside a variant is '' (Database's sqlValue rule: text columns are never NULL
// by accident).
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime: return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate: return !static_cast<const QDate *>(v.constData())->isValid();
    case QMetaType::QTime: return !static_cast<const QTime *>(v.constData())->isValid();
    case QMetaType::QUuid: return static_cast<const QUuid *>(v.constData())->isNull();
    default: return false;
    }
}

int bindText(sqlite3_stmt *s, int i, const QString &text)
{
    return sqlite3_bind_text16(s, i, text.utf16(), static_cast<int>(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
}

// Binds as QSQLiteResult::exec does, type by type.
int bindOne(sqlite3_stmt *s, int i, const QVariant &v)
{
    if (isNullValue(v))
        return sqlite3_bind_null(s, i);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray *b = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(s, i, b->constData(), static_cast<int>(b->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool: return sqlite3_bind_int(s, i, v.toInt());
    case QMetaType::Double: return sqlite3_bind_double(s, i, v.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong: return sqlite3_bind_int64(s, i, v.toLongLong());
    case QMetaType::QDateTime: return bindText(s, i, v.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime: return bindText(s, i, v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(v.constData());
        return text.isNull() ? sqlite3_bind_text(s, i, "", 0, SQLITE_STATIC) : bindText(s, i, text);
    }
    default: return bindText(s, i, v.toString());
    }
}

} // namespace

// One run of a kept statement, inside the QSqlQuery that run() returns. Forward-only: the first
// row was stepped by run(), the others as the caller asks for them; values are read from the
// statement's current row, not copied.
class CachedStatementResult final : public QSqlResult
{
public:
    CachedStatementResult(std::shared_ptr<SqliteStatements> owner, QString sql, sqlite3_stmt *statement)
        : QSqlResult(owner->m_driver), m_owner(std::move(owner)), m_sql(std::move(sql)), m_statement(statement)
    {
        m_owner->m_held.insert(this);
        QSqlResult::setForwardOnly(true);
        setQuery(m_sql);
    }
    ~CachedStatementResult() override
    {
        if (m_statement) {
            m_owner->m_held.erase(this);
            // A PRAGMA that sets something (synchronous, cache_size...) acts when it is prepared,
            // not when it runs: one kept and run again would silently do nothing.
            if (m_sql.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive))
                sqlite3_finalize(m_statement);
            else
                m_owner->giveBack(m_sql, m_statement);
        }
    }

    // The connection closes under this query: its statement is finalized, no more rows are read.
    void lose()
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_done = true;
        setActive(false);
    }

    bool start(const QVariantList &values, QSqlError &error)
    {
        sqlite3 *db = m_owner->m_db;
        if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
            error = QSqlError(driverWords("Parameter count mismatch"), QString(), QSqlError::StatementError);
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (const int rc = bindOne(m_statement, i + 1, values.at(i)); rc != SQLITE_OK) {
                error = errorOf(db, "Unable to bind parameters", rc);
                return false;
            }
        }
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_firstPending = true;
        } else if (rc == SQLITE_DONE) {
            m_done = true;
        } else {
            error = errorOf(db, "Unable to fetch row", sqlite3_extended_errcode(db));
            sqlite3_reset(m_statement);
            m_done = true;
            return false;
        }
        setSelect(sqlite3_column_count(m_statement) > 0);
        setActive(true);
        return true;
    }

protected:
    QVariant data(int i) override
    {
        if (!m_statement || at() < 0 || i < 0 || i >= sqlite3_column_count(m_statement))
            return {};
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_INTEGER: return QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, i)));
        case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, i));
        case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
        case SQLITE_BLOB: {
            const void *blob = sqlite3_column_blob(m_statement, i);
            return QVariant(QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_statement, i)));
        }
        default: {
            // As UTF-16, as Qt's driver reads it (QString::fromUtf8 would drop a leading BOM).
            const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_statement, i));
            return QVariant(QString(text, sqlite3_column_bytes16(m_statement, i) / qsizetype(sizeof(QChar))));
        }
        }
    }
    bool isNull(int i) override
    {
        return !m_statement || at() < 0 || sqlite3_column_type(m_statement, i) == SQLITE_NULL;
    }
    bool fetch(int i) override
    {
        if (!m_statement || i != at() + 1 || (at() < 0 && at() != QSql::BeforeFirstRow))
            return false;
        if (m_firstPending) {
            m_firstPending = false;
            setAt(i);
            return true;
        }
        if (m_done) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            setAt(i);
            return true;
        }
        m_done = true;
        setAt(QSql::AfterLastRow);
        if (rc != SQLITE_DONE) {
            setLastError(errorOf(m_owner->m_db, "Unable to fetch row", sqlite3_extended_errcode(m_owner->m_db)));
            sqlite3_reset(m_statement);
        }
        return false;
    }
    bool fetchNext() override { return fetch(at() < 0 ? 0 : at() + 1); }
    bool fetchFirst() override { return at() == QSql::BeforeFirstRow && fetch(0); }
    bool fetchLast() override { return false; }
    bool reset(const QString &) override
    {
        setLastError(QSqlError(driverWords("Unable to execute statement"), QString(), QSqlError::StatementError));
        return false;
    }
    bool exec() override { return reset(QString()); }
    int size() override { return -1; }
    int numRowsAffected() override { return m_statement ? sqlite3_changes(m_owner->m_db) : -1; }
    QVariant lastInsertId() const override
    {
        const qint64 id = isActive() ? sqlite3_last_insert_rowid(m_owner->m_db) : 0;
        return id ? QVariant(id) : QVariant();
    }
    QSqlRecord record() const override
    {
        QSqlRecord r;
        if (!m_statement)
            return r;
        for (int i = 0; i < sqlite3_column_count(m_statement); ++i)
            r.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, i))));
        return r;
    }
    void detachFromResultSet() override
    {
        if (m_statement)
            sqlite3_reset(m_statement);
        m_firstPending = false;
        m_done = true;
    }

private:
    std::shared_ptr<SqliteStatements> m_owner;
    QString m_sql;
    sqlite3_stmt *m_statement;
    bool m_firstPending = false;
    bool m_done = false;
};

SqliteStatements::SqliteStatements(sqlite3 *db, const QSqlDriver *driver, int capacity)
    : m_db(db), m_driver(driver), m_capacity(capacity)
{
}

SqliteStatements::~SqliteStatements()
{
    close();
}

sqlite3_stmt *SqliteStatements::take(const QString &sql)
{
    const auto found = m_bySql.find(sql);
    if (found == m_bySql.end())
        return nullptr;
    const auto it = found.value();
    sqlite3_stmt *s = it->statement;
    m_bySql.erase(found);
    m_idle.erase(it);
    return s;
}

bool SqliteStatements::run(const QString &sql, const QVariantList &values, QSqlQuery &query, QSqlError &error,
                           bool *prepareFailed)
{
    if (prepareFailed)
        *prepareFailed = false;
    if (m_closed) {
        error = QSqlError(driverWords("Driver not loaded"), QString(), QSqlError::ConnectionError);
        return false;
    }
    sqlite3_stmt *statement = take(sql);
    if (!statement) {
        const char16_t *tail = nullptr;
        const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), static_cast<int>(sql.size() * sizeof(QChar)),
                                            SQLITE_PREPARE_PERSISTENT, &statement, reinterpret_cast<const void **>(&tail));
        if (rc != SQLITE_OK) {
            error = errorOf(m_db, "Unable to execute statement", rc);
            sqlite3_finalize(statement);
            if (prepareFailed)
                *prepareFailed = true;
            return false;
        }
        if (!statement) {  // only a comment or white space
            error = QSqlError(driverWords("Unable to execute statement"), QString(), QSqlError::StatementError);
            return false;
        }
        const QChar *end = reinterpret_cast<const QChar *>(sql.utf16()) + sql.size();
        if (tail && !QStringView(reinterpret_cast<const QChar *>(tail), end).trimmed().isEmpty()) {
            sqlite3_finalize(statement);
            error = QSqlError(driverWords("Unable to execute multiple statements at a time"), QString(),
                              QSqlError::StatementError, QString::number(SQLITE_MISUSE));
            return false;
        }
    }
    auto *result = new CachedStatementResult(shared_from_this(), sql, statement);
    // The query owns the result from here: when its last copy goes, the statement comes back.
    query = QSqlQuery(result);
    return result->start(values, error);
}

void SqliteStatements::giveBack(const QString &sql, sqlite3_stmt *statement)
{
    if (m_closed) {
        sqlite3_finalize(statement);
        return;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_idle.push_front({sql, statement});
    m_bySql.insert(sql, m_idle.begin());
    while (static_cast<int>(m_idle.size()) > m_capacity) {
        Idle &oldest = m_idle.back();
        // The oldest entry of this text is the last one QMultiHash gives for it.
        auto range = m_bySql.equal_range(oldest.sql);
        for (auto it = range.first; it != range.second; ++it) {
            if (it.value() == std::prev(m_idle.end())) {
                m_bySql.erase(it);
                break;
            }
        }
        sqlite3_finalize(oldest.statement);
        m_idle.pop_back();
    }
}

void SqliteStatements::close()
{
    if (m_closed)
        return;
    m_closed = true;
    for (const Idle &i : m_idle)
        sqlite3_finalize(i.statement);
    m_idle.clear();
    m_bySql.clear();
    for (CachedStatementResult *r : std::exchange(m_held, {}))
        r->lose();
}

} // namespace ordo
