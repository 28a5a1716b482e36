#pragma once

#include "common/KeychainSecretStore.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "orders/WorkOrderService.h"
#include "people/CustomerRepository.h"
#include "people/StaffRepository.h"
#include "storage/Database.h"
#include "usecases/Company.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace ordo::test {

// A fresh database in a temporary folder for one UI test.
struct UiDatabase
{
    UiDatabase()
    {
        auto opened = openCompany(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        db = std::move(*opened);
        MessageBox::setTestMode(true);
        MessageBox::clearLastMessage();
    }
    Database &operator*() { return *db; }

    void demo(DemoSize size = DemoSize::Small)
    {
        DemoGenerator::Options options;
        options.size = size;
        options.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));
        QVERIFY(DemoGenerator(*db).generate(options).ok());
    }

    Id customer(const QString &name, const QString &phone = QString())
    {
        Customer c;
        c.name = name;
        c.phone = phone;
        return *CustomerRepository(*db).add(c);
    }

    Id staff(const QString &name, Role role)
    {
        StaffMember m;
        m.name = name;
        m.role = role;
        return *StaffRepository(*db).add(m);
    }

    WorkOrder order(const QString &title, Id customerId)
    {
        NewWorkOrder n;
        n.customerId = customerId;
        n.title = title;
        return *WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Test")});
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    // The desktop's store; tests have no keyring (TestEnvironment.h), so it keeps secrets in its
    // private file, here in this test's folder.
    KeychainSecretStore secrets{nullptr, dir.filePath(QStringLiteral("secrets.json"))};
};

} // namespace ordo::test
