#include "core/usecases/CompanySetup.h"

#include "core/billing/CompanyProfiles.h"
#include "core/common/Authorization.h"
#include "core/domain/TaxIds.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"
#include "core/workflow/DefaultWorkflow.h"
#include "core/workflow/WorkflowRepository.h"

#include <QRegularExpression>

namespace ordo {

QString CompanySetup::prefixProblem(const QString &prefix)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9/_-]{0,8}$"));
    if (!allowed.match(prefix).hasMatch())
        return tr("The order number prefix may have up to 8 letters, digits, “-”, “/” or “_”, e.g. OT-.");
    return {};
}

QString CompanySetup::chosenPrefix() const
{
    return CompanySettings(m_db).value(QString(settings::OrdersPrefix));
}

Result<bool> CompanySetup::isNewCompany() const
{
    if (!CompanyProfiles(m_db).load().legalName.trimmed().isEmpty())
        return false;
    auto orders = m_db.scalar(QStringLiteral("SELECT count(*) FROM work_orders"));
    if (!orders)
        return orders.error();
    return orders->toLongLong() == 0;
}

Result<void> CompanySetup::apply(const CompanySetupData &data, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageCompany); !allowed)
        return allowed.error();
    const CompanyProfile &c = data.company;
    if (c.legalName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the company's legal name, as invoices print it."));
    if (const QString problem = taxIdProblem(c.taxId); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    if (!c.iban.trimmed().isEmpty())
        if (const QString problem = ibanProblem(c.iban); !problem.isEmpty())
            return makeError(ErrorCode::Invalid, problem);
    if (c.defaultVat < 0 || c.defaultVat > 10000)
        return makeError(ErrorCode::Invalid, tr("The default VAT rate must be between 0 % and 100 %."));
    if (const QString problem = prefixProblem(data.orderPrefix); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    QStringList names;
    for (const StaffMember &p : data.people) {
        const QString name = p.name.trimmed();
        if (name.isEmpty())
            return makeError(ErrorCode::Invalid, tr("Every person needs a name."));
        if (names.contains(name, Qt::CaseInsensitive))
            return makeError(ErrorCode::Invalid, tr("%1 is written twice.").arg(name));
        if (p.hours.days == 0 || p.hours.endMinute <= p.hours.startMinute)
            return makeError(ErrorCode::Invalid, tr("%1's working hours: choose the days and an end after the start.").arg(name));
        names << name;
    }

    return withTransaction(m_db, [&]() -> Result<void> {
        if (auto saved = CompanyProfiles(m_db).save(c); !saved)
            return saved.error();
        CompanySettings settings(m_db);
        if (auto r = settings.setValue(QString(settings::OrdersPrefix), data.orderPrefix); !r)
            return r.error();
        StaffRepository staff(m_db);
        for (const StaffMember &p : data.people) {
            auto existing = staff.findByName(p.name.trimmed());
            if (existing)
                return makeError(ErrorCode::Invalid, tr("%1 is already in Staff.").arg(p.name.trimmed()));
            StaffMember m = p;
            m.name = p.name.trimmed();
            if (auto added = staff.add(m, by); !added)
                return added.error();
        }
        if (data.map != CompanySetupData::Map::WindowInstallation) {
            auto orders = m_db.scalar(QStringLiteral("SELECT count(*) FROM work_orders"));
            if (!orders)
                return orders.error();
            if (orders->toLongLong() > 0)
                return makeError(ErrorCode::Invalid, tr("The company already has orders: change its process in Process instead."));
            WorkflowRepository maps(m_db);
            auto current = maps.defaultLatest();
            if (!current)
                return current.error();
            const WorkflowDraft draft = data.map == CompanySetupData::Map::Repairs ? repairsWorkflowDraft() : blankWorkflowDraft();
            if (auto inserted = maps.insertVersion(current->workflowId, draft, by); !inserted)
                return inserted.error();
            if (auto r = m_db.run(QStringLiteral("UPDATE workflows SET name = ?, job_type = ? WHERE id = ?"),
                                  {draft.name, draft.jobType, current->workflowId});
                !r)
                return r.error();
            m_db.notifier().announceWorkflow(current->workflowId);
        }
        m_db.notifier().announceStaff();
        return {};
    });
}

} // namespace ordo
