#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/SearchIndex.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::test;

namespace {

struct Fixture
{
    TestDatabase db;
    WorkOrderService orders{*db};
    Team team = addTeam(*db);

    WorkOrder add(const QString &customer, const QString &phone, const QString &title)
    {
        Customer c;
        c.name = customer;
        c.phone = phone;
        c.address = QStringLiteral("Calle Mayor 12");
        c.postcode = QStringLiteral("28013");
        c.city = QStringLiteral("Madrid");
        auto id = CustomerRepository(*db).add(c);
        REQUIRE(id.ok());
        NewWorkOrder n;
        n.customerId = *id;
        n.title = title;
        auto o = orders.create(n, Actor{std::nullopt, QStringLiteral("Lucía")});
        REQUIRE(o.ok());
        return *o;
    }

    QStringList numbersFor(const QString &text)
    {
        auto found = orders.search(text);
        REQUIRE(found.ok());
        QStringList numbers;
        for (const auto &o : *found)
            numbers << o.number;
        return numbers;
    }
};

} // namespace

TEST_CASE("search finds orders by customer name prefixes, ignoring accents and case", "[search]")
{
    Fixture f;
    const auto carmen = f.add(QStringLiteral("Carmen López García"), QStringLiteral("600 12 34 56"), QStringLiteral("Tres ventanas"));
    f.add(QStringLiteral("Javier Ruiz"), QStringLiteral("611 00 00 00"), QStringLiteral("Persiana atascada"));
    CHECK(f.numbersFor(QStringLiteral("carm lop")) == QStringList{carmen.number});
    CHECK(f.numbersFor(QStringLiteral("LOPEZ")) == QStringList{carmen.number});
    CHECK(f.numbersFor(QStringLiteral("persiana")).size() == 1);
    CHECK(f.numbersFor(QStringLiteral("nadie")).isEmpty());
}

TEST_CASE("search finds a phone typed with or without spaces, and an order by its number", "[search]")
{
    Fixture f;
    const auto carmen = f.add(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"), QStringLiteral("Ventanas"));
    f.add(QStringLiteral("Ana Torres"), QStringLiteral("699 99 99 99"), QStringLiteral("Mosquitera"));
    CHECK(f.numbersFor(QStringLiteral("600 12")) == QStringList{carmen.number});
    CHECK(f.numbersFor(QStringLiteral("6001234")) == QStringList{carmen.number});
    CHECK(f.numbersFor(carmen.number) == QStringList{carmen.number});
    CHECK(f.numbersFor(QStringLiteral("28013")).size() == 2);
}

TEST_CASE("renaming a customer updates what search finds", "[search]")
{
    Fixture f;
    const auto order = f.add(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"), QStringLiteral("Ventanas"));
    rawExec(*f.db, QStringLiteral("UPDATE customers SET name = 'Carmen Sánchez' WHERE id = %1").arg(order.customerId));
    CHECK(f.numbersFor(QStringLiteral("sanchez")) == QStringList{order.number});
    CHECK(f.numbersFor(QStringLiteral("lopez")).isEmpty());
}

TEST_CASE("search text with quotes, stars or symbols is taken literally, never as syntax", "[search]")
{
    Fixture f;
    f.add(QStringLiteral("O'Brien \"Bob\""), QStringLiteral("600 00 00 01"), QStringLiteral("Window*"));
    CHECK(f.numbersFor(QStringLiteral("o'brien")).size() == 1);
    CHECK(f.numbersFor(QStringLiteral("\"bob")).size() == 1);
    CHECK(f.numbersFor(QStringLiteral("* AND OR NEAR(")).isEmpty());
    CHECK(f.numbersFor(QStringLiteral("   ")).isEmpty());
    CHECK(search::ftsQuery(QStringLiteral("a\"b")) == QStringLiteral("\"a\"* \"b\"*"));
}

TEST_CASE("the search indexes merge their pieces apart from the actions that write them, and still find everything", "[search]")
{
    Fixture f;
    if (f.db->dialect() != Database::Dialect::SQLite) {
        CHECK_FALSE(*search::tidy(*f.db));   // nothing to do on PostgreSQL
        return;
    }
    auto count = [&](const char *sql) {
        auto v = f.db->scalar(QString::fromUtf8(sql));
        REQUIRE(v.ok());
        return v->toInt();
    };
    CHECK(count("SELECT v FROM order_search_config WHERE k = 'automerge'") == 0);
    // Twelve orders, each written by an action of its own: each leaves a small piece of index,
    // none of them merges (FTS5 would merge every four).
    const int before = count("SELECT count(DISTINCT segid) FROM order_search_idx");
    const QStringList names{QStringLiteral("Álvarez"),   QStringLiteral("Benítez"),   QStringLiteral("Cortés"),
                            QStringLiteral("Domínguez"), QStringLiteral("Estévez"),   QStringLiteral("Fernández"),
                            QStringLiteral("Gómez"),     QStringLiteral("Hernández"), QStringLiteral("Iglesias"),
                            QStringLiteral("Jiménez"),   QStringLiteral("Lozano"),    QStringLiteral("Márquez")};
    QStringList numbers;
    for (int i = 0; i < 12; ++i)
        numbers << f.add(QStringLiteral("Carmen %1").arg(names.at(i)), QStringLiteral("600 000 %1").arg(100 + i),
                         QStringLiteral("Ventana %1").arg(i)).number;
    const int pieces = count("SELECT count(DISTINCT segid) FROM order_search_idx");
    CHECK(pieces >= before + 12);

    // Tidied while nobody writes: fewer pieces, and every order still found by its customer and number.
    int rounds = 0;
    for (auto merged = search::tidy(*f.db); merged.ok() && *merged && rounds < 50; merged = search::tidy(*f.db))
        ++rounds;
    CHECK(rounds > 0);
    CHECK(count("SELECT count(DISTINCT segid) FROM order_search_idx") < pieces);
    CHECK(count("SELECT count(DISTINCT segid) FROM customer_search_idx") < 12);
    REQUIRE(search::tidy(*f.db).ok());
    CHECK_FALSE(*search::tidy(*f.db));   // nothing left to merge
    for (int i = 0; i < 12; ++i) {
        CHECK(f.numbersFor(names.at(i)) == QStringList{numbers.at(i)});
        CHECK(f.numbersFor(numbers.at(i)) == QStringList{numbers.at(i)});
    }
}
