// Credentials out of the shared database: the headless secret store (a private file, the
// environment) and the company id its secrets are filed under.

#include "common/FileSecretStore.h"
#include "storage/CompanyIdentity.h"

#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
