// Credentials out of the shared database: the headless secret store (a private file, the
// environment), the company id its secrets are filed under, and the move of an older Ordo's
// clear-text SMTP password into the store.

#include "core/billing/CompanyProfiles.h"
#include "core/billing/Mailer.h"
#include "core/common/FileSecretStore.h"
#include "core/storage/CompanyIdentity.h"
#include "core/storage/Settings.h"
#include "core/usecases/ClearTextSecrets.h"
#include "core/usecases/Company.h"

#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace ordo;
using namespace ordo::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st{};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 07777);
}

void writeText(const QString &path, const QByteArray &text, QFile::Permissions permissions)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    file.close();
    REQUIRE(QFile::setPermissions(path, permissions));
}

SecretKey smtpOf(const QString &company)
{
    return SecretKey{company, QStringLiteral("smtp.password")};
}

QString clearTextPassword(Database &db)
{
    return CompanySettings(db).value(QStringLiteral("smtp.password"));
}

Result<int> moveNow(Database &db, SecretStore &store)
{
    std::optional<Result<int>> answer;
    ClearTextSecrets::move(db, store, nullptr, [&](Result<int> r) { answer.emplace(std::move(r)); });
    REQUIRE(answer.has_value());  // a file answers at once
    return *answer;
}

// What Ordo logged in the ordo.access category while it lives.
class LogCapture final
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
            if (type == QtWarningMsg && QByteArray(context.category) == "ordo.access")
                s_lines << text;
        });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    QStringList warnings() const { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

// A store that cannot keep anything: a full disk, a locked keyring…
class FailingStore final : public SecretStore
{
public:
    void read(const SecretKey &, QObject *, ReadDone done) override { done(QString()); }
    void write(const SecretKey &, const QString &, QObject *, WriteDone done) override
    {
        ++writes;
        done(makeError(ErrorCode::Io, QStringLiteral("the keyring is locked")));
    }
    void remove(const SecretKey &, QObject *, WriteDone done) override { done({}); }
    QString location() const override { return QStringLiteral("the failing store"); }
    int writes = 0;
};

// A store that says yes but keeps something else: only reading back shows it.
class ForgetfulStore final : public SecretStore
{
public:
    void read(const SecretKey &, QObject *, ReadDone done) override { done(QStringLiteral("something else")); }
    void write(const SecretKey &, const QString &, QObject *, WriteDone done) override { done({}); }
    void remove(const SecretKey &, QObject *, WriteDone done) override { done({}); }
    QString location() const override { return QStringLiteral("the forgetful store"); }
};

} // namespace

TEST_CASE("the secrets file is created private: 0600 in a 0700 folder, and reads back what was kept", "[secrets]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("config/ordo/secrets.json"));
    FileSecretStore store(path);
    CHECK(store.get(smtpOf(QStringLiteral("a")))->isEmpty());  // no file yet: nothing, and no error
    CHECK_FALSE(QFileInfo::exists(path));

    REQUIRE(store.set(smtpOf(QStringLiteral("a")), QStringLiteral("s3cret ñ")).ok());
    REQUIRE(store.set(smtpOf(QStringLiteral("b")), QStringLiteral("other")).ok());
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(QFileInfo(path).absolutePath()) == 0700);
    CHECK(*store.get(smtpOf(QStringLiteral("a"))) == QStringLiteral("s3cret ñ"));
    CHECK(*store.get(smtpOf(QStringLiteral("b"))) == QStringLiteral("other"));
    // Written whole: no temporary or backup copy lies beside it.
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == QStringList{QStringLiteral("secrets.json")});

    REQUIRE(store.erase(smtpOf(QStringLiteral("a"))).ok());
    CHECK(store.get(smtpOf(QStringLiteral("a")))->isEmpty());
    CHECK(*store.get(smtpOf(QStringLiteral("b"))) == QStringLiteral("other"));
    CHECK(modeOf(path) == 0600);

    // Removing from a file that does not exist makes none.
    const QString none = home.filePath(QStringLiteral("none/secrets.json"));
    REQUIRE(FileSecretStore(none).erase(smtpOf(QStringLiteral("a"))).ok());
    CHECK_FALSE(QFileInfo::exists(QFileInfo(none).absolutePath()));
}

TEST_CASE("a secrets file that others can read is refused, for reading and for writing, saying how to fix it", "[secrets]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("secrets.json"));
    const QByteArray text = R"({"a": {"smtp.password": "s3cret"}})";
    for (const auto permissions : {QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther,
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup}) {
        writeText(path, text, permissions);
        FileSecretStore store(path);
        auto read = store.get(smtpOf(QStringLiteral("a")));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("can be read by other users")));
        CHECK(read.error().message.contains(QStringLiteral("chmod 600 ") + QDir::toNativeSeparators(path)));
        // Nor is it rewritten (which would quietly make it private with its secrets already seen).
        auto written = store.set(smtpOf(QStringLiteral("a")), QStringLiteral("new"));
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message.contains(QStringLiteral("can be read by other users")));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == text);
    }
    // Made private, it is used again.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    CHECK(*FileSecretStore(path).get(smtpOf(QStringLiteral("a"))) == QStringLiteral("s3cret"));
}

TEST_CASE("a secrets file Ordo cannot read is never overwritten", "[secrets]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("secrets.json"));
    writeText(path, "{ not json", QFile::ReadOwner | QFile::WriteOwner);
    FileSecretStore store(path);
    auto read = store.get(smtpOf(QStringLiteral("a")));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("not a secrets file Ordo can read")));
    REQUIRE_FALSE(store.set(smtpOf(QStringLiteral("a")), QStringLiteral("new")).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "{ not json");
}

TEST_CASE("the environment is read before the file, for every company, and never written", "[secrets]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("secrets.json"));
    CHECK(FileSecretStore::environmentName(QStringLiteral("smtp.password")) == QStringLiteral("ORDO_SMTP_PASSWORD"));
    FileSecretStore store(path);
    REQUIRE(store.set(smtpOf(QStringLiteral("a")), QStringLiteral("in the file")).ok());
    qputenv("ORDO_SMTP_PASSWORD", "in the environment");
    CHECK(*store.get(smtpOf(QStringLiteral("a"))) == QStringLiteral("in the environment"));
    CHECK(*store.get(smtpOf(QStringLiteral("z"))) == QStringLiteral("in the environment"));
    CHECK(*FileSecretStore(path, FileSecretStore::Environment::Ignore).get(smtpOf(QStringLiteral("a")))
          == QStringLiteral("in the file"));
    qunsetenv("ORDO_SMTP_PASSWORD");
    CHECK(*store.get(smtpOf(QStringLiteral("a"))) == QStringLiteral("in the file"));
}

TEST_CASE("a company database keeps one id for its secrets, made on first use", "[secrets]")
{
    TestDatabase db;
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'company_id'")) == 0);
    auto id = CompanyIdentity::of(*db);
    REQUIRE(id.ok());
    CHECK(id->size() == 36);
    CHECK(*CompanyIdentity::of(*db) == *id);
    const QString path = db->path();
    db.db.reset();
    // Opened again, even read-only, it is the same; another company has another.
    auto reopened = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(*CompanyIdentity::of(**reopened) == *id);
    TestDatabase other;
    CHECK(*CompanyIdentity::of(*other) != *id);
}

TEST_CASE("saving the mail settings never writes the password to the database", "[secrets][mail]")
{
    TestDatabase db;
    SmtpSettings smtp;
    smtp.host = QStringLiteral("mail.ventanassol.es");
    smtp.user = QStringLiteral("facturas");
    smtp.password = QStringLiteral("s3cret");
    REQUIRE(saveCompanySettings(*db, CompanyProfiles(*db).load(), smtp, Actor{}).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%s3cret%'")) == 0);
    const SmtpSettings loaded = SmtpSettings::load(*db);
    CHECK(loaded.user == QStringLiteral("facturas"));
    CHECK(loaded.password.isEmpty());

    // A clear-text copy an older Ordo left goes when the new password has just gone to the store.
    rawExec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('smtp.password', 'old')"));
    REQUIRE(smtp.save(*db).ok());
    CHECK(clearTextPassword(*db) == QStringLiteral("old"));
    smtp.passwordStored = true;
    REQUIRE(smtp.save(*db).ok());
    CHECK(clearTextPassword(*db).isEmpty());
}

TEST_CASE("upgrading a database with a clear-text SMTP password moves it to the store and blanks it", "[secrets][migrations]")
{
    // A company of schema 5 whose mail password an older Ordo kept in clear.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    loadSql(QDir(QStringLiteral(ORDO_FIXTURES_DIR)).filePath(QStringLiteral("schema-v5.sql")), path);
    {
        auto old = Database::open(path);  // upgraded to today's schema
        REQUIRE(old.ok());
        rawExec(**old, QStringLiteral("INSERT INTO settings (key, value) VALUES ('smtp.password', 'Ventanas2024!') "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    }
    auto db = openCompany(path, Database::OpenMode::MustExist);
    REQUIRE(db.ok());
    FileSecretStore store(dir.filePath(QStringLiteral("config/ordo/secrets.json")));
    auto moved = moveNow(**db, store);
    REQUIRE(moved.ok());
    CHECK(*moved == 1);
    CHECK(clearTextPassword(**db).isEmpty());
    CHECK(rawCount(**db, QStringLiteral("SELECT count(*) FROM settings WHERE value = 'Ventanas2024!'")) == 0);
    auto key = SmtpSettings::passwordKey(**db);
    REQUIRE(key.ok());
    CHECK(*store.get(*key) == QStringLiteral("Ventanas2024!"));
    CHECK(modeOf(store.path()) == 0600);
    // The file knows the company by its id, not by the password's old place.
    QFile file(store.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).object().value(key->company).toObject().value(QStringLiteral("smtp.password"))
          == QStringLiteral("Ventanas2024!"));

    // Nothing is left to move the next time.
    auto again = moveNow(**db, store);
    REQUIRE(again.ok());
    CHECK(*again == 0);
    CHECK(*store.get(*key) == QStringLiteral("Ventanas2024!"));
}

TEST_CASE("when the store cannot keep the SMTP password, it stays in the database and a warning is logged", "[secrets]")
{
    TestDatabase db;
    rawExec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('smtp.password', 'Ventanas2024!')"));

    FailingStore failing;
    {
        LogCapture log;
        auto refused = moveNow(*db, failing);
        REQUIRE_FALSE(refused.ok());
        CHECK(failing.writes == 1);
        CHECK(clearTextPassword(*db) == QStringLiteral("Ventanas2024!"));
        REQUIRE(log.warnings().size() == 1);
        CHECK(log.warnings().first().contains(QStringLiteral("stays in clear")));
        CHECK(log.warnings().first().contains(QStringLiteral("the keyring is locked")));
        CHECK_FALSE(log.warnings().first().contains(QStringLiteral("Ventanas2024!")));  // never the password itself
    }

    // Kept, but not what was written: the same.
    ForgetfulStore forgetful;
    auto unverified = moveNow(*db, forgetful);
    REQUIRE_FALSE(unverified.ok());
    CHECK(clearTextPassword(*db) == QStringLiteral("Ventanas2024!"));

    // A secrets file others can read is refused as well.
    const QString path = db.file(QStringLiteral("secrets.json"));
    writeText(path, "{}", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    FileSecretStore exposed(path);
    REQUIRE_FALSE(moveNow(*db, exposed).ok());
    CHECK(clearTextPassword(*db) == QStringLiteral("Ventanas2024!"));

    // Once the store works, the next program moves it.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto moved = moveNow(*db, exposed);
    REQUIRE(moved.ok());
    CHECK(*moved == 1);
    CHECK(clearTextPassword(*db).isEmpty());
    CHECK(*exposed.get(*SmtpSettings::passwordKey(*db)) == QStringLiteral("Ventanas2024!"));
}

TEST_CASE("a read-only database is never changed to move its secrets", "[secrets]")
{
    TestDatabase db;
    rawExec(*db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('smtp.password', 'Ventanas2024!')"));
    const QString path = db->path();
    db.db.reset();
    auto readOnly = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(readOnly.ok());
    FailingStore store;
    auto moved = moveNow(**readOnly, store);
    REQUIRE(moved.ok());
    CHECK(*moved == 0);
    CHECK(store.writes == 0);
}
