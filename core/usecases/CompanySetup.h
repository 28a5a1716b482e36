#pragma once

#include "core/billing/Invoice.h"
#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// The first-start assistant's answers: a new company's data, its first people and the process map
// it starts from.
struct CompanySetupData
{
    enum class Map { WindowInstallation, Repairs, Blank };

    CompanyProfile company;          // name, tax ID, address, IBAN, default VAT, logo …
    QString orderPrefix = QStringLiteral("OT-");
    QList<StaffMember> people;       // name, role, working hours, postcodes (territory)
    Map map = Map::WindowInstallation;
};

// Sets a new company up in one transaction: its fiscal data (the tax ID and the IBAN checked), the
// order number prefix, the first people (each with an account, as any new person), and the process
// map chosen. The map is only changed while the company has no orders yet; a refusal keeps
// everything as it was and says what to correct.
class CompanySetup final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CompanySetup)

public:
    explicit CompanySetup(Database &db) : m_db(db) {}

    Result<void> apply(const CompanySetupData &data, const Actor &by);
    // Whether the assistant is worth offering: no company name yet and no orders.
    Result<bool> isNewCompany() const;
    // The order number prefix the company chose, "" when never chosen.
    QString chosenPrefix() const;
    // What is wrong with a prefix ("" when fine): up to 8 letters, digits, '-', '/' or '_'.
    static QString prefixProblem(const QString &prefix);

private:
    Database &m_db;
};

} // namespace ordo
