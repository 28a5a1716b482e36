#include "core/domain/Types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ordo {

namespace {

template<typename E, std::size_t N>
QString keyOf(E value, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QLatin1String(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Role, const char *>, 5> roleKeys{{
    {Role::Reception, "reception"}, {Role::Sales, "sales"}, {Role::Technician, "technician"},
    {Role::Admin, "admin"}, {Role::Owner, "owner"}}};
constexpr std::array<std::pair<StepKind, const char *>, 4> stepKindKeys{{
    {StepKind::Open, "open"}, {StepKind::OnHold, "on_hold"}, {StepKind::Done, "done"},
    {StepKind::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<StepHandler, const char *>, 5> handlerKeys{{
    {StepHandler::Manual, "manual"}, {StepHandler::AutoAssign, "auto_assign"},
    {StepHandler::ScheduleVisit, "schedule_visit"}, {StepHandler::CreateInvoice, "create_invoice"},
    {StepHandler::SendInvoice, "send_invoice"}}};
constexpr std::array<std::pair<Priority, const char *>, 4> priorityKeys{{
    {Priority::Low, "low"}, {Priority::Normal, "normal"}, {Priority::High, "high"}, {Priority::Urgent, "urgent"}}};
constexpr std::array<std::pair<AppointmentKind, const char *>, 4> appointmentKindKeys{{
    {AppointmentKind::Estimate, "estimate"}, {AppointmentKind::Installation, "installation"},
    {AppointmentKind::Repair, "repair"}, {AppointmentKind::FollowUp, "follow_up"}}};
constexpr std::array<std::pair<AppointmentStatus, const char *>, 4> appointmentStatusKeys{{
    {AppointmentStatus::Planned, "planned"}, {AppointmentStatus::Done, "done"},
    {AppointmentStatus::Missed, "missed"}, {AppointmentStatus::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<EventKind, const char *>, 5> eventKindKeys{{
    {EventKind::Created, "created"}, {EventKind::FieldChanged, "field_changed"},
    {EventKind::StepMoved, "step_moved"}, {EventKind::Assigned, "assigned"}, {EventKind::Note, "note"}}};


} // namespace

QString toKey(Role v) { return keyOf(v, roleKeys); }
QString toKey(StepKind v) { return keyOf(v, stepKindKeys); }
QString toKey(StepHandler v) { return keyOf(v, handlerKeys); }
QString toKey(Priority v) { return keyOf(v, priorityKeys); }
QString toKey(AppointmentKind v) { return keyOf(v, appointmentKindKeys); }
QString toKey(AppointmentStatus v) { return keyOf(v, appointmentStatusKeys); }
QString toKey(EventKind v) { return keyOf(v, eventKindKeys); }
std::optional<Role> roleFromKey(const QString &k) { return fromKey(k, roleKeys); }
std::optional<StepKind> stepKindFromKey(const QString &k) { return fromKey(k, stepKindKeys); }
std::optional<StepHandler> stepHandlerFromKey(const QString &k) { return fromKey(k, handlerKeys); }
std::optional<Priority> priorityFromKey(const QString &k) { return fromKey(k, priorityKeys); }
std::optional<AppointmentKind> appointmentKindFromKey(const QString &k) { return fromKey(k, appointmentKindKeys); }
std::optional<AppointmentStatus> appointmentStatusFromKey(const QString &k) { return fromKey(k, appointmentStatusKeys); }
std::optional<EventKind> eventKindFromKey(const QString &k) { return fromKey(k, eventKindKeys); }

QString toKey(ExitRequirement r)
{
    switch (r) {
    case ExitRequirement::IssuedInvoice: return QStringLiteral("issued_invoice");
    case ExitRequirement::PaidInvoice: return QStringLiteral("paid_invoice");
    case ExitRequirement::None: break;
    }
    return {};
}

ExitRequirement exitRequirementFromKey(const QString &key)
{
    if (key == QLatin1String("issued_invoice"))
        return ExitRequirement::IssuedInvoice;
    if (key == QLatin1String("paid_invoice"))
        return ExitRequirement::PaidInvoice;
    return ExitRequirement::None;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Reception: return QCoreApplication::translate("ordo::Domain", "Reception");
    case Role::Sales: return QCoreApplication::translate("ordo::Domain", "Sales");
    case Role::Technician: return QCoreApplication::translate("ordo::Domain", "Technician");
    case Role::Admin: return QCoreApplication::translate("ordo::Domain", "Administration");
    case Role::Owner: return QCoreApplication::translate("ordo::Domain", "Owner");
    }
    return {};
}

QString displayName(StepKind kind)
{
    switch (kind) {
    case StepKind::Open: return QCoreApplication::translate("ordo::Domain", "Open");
    case StepKind::OnHold: return QCoreApplication::translate("ordo::Domain", "On hold");
    case StepKind::Done: return QCoreApplication::translate("ordo::Domain", "Done");
    case StepKind::Cancelled: return QCoreApplication::translate("ordo::Domain", "Cancelled");
    }
    return {};
}

QString displayName(StepHandler handler)
{
    switch (handler) {
    case StepHandler::Manual: return QCoreApplication::translate("ordo::Domain", "Manual");
    case StepHandler::AutoAssign: return QCoreApplication::translate("ordo::Domain", "Assign automatically");
    case StepHandler::ScheduleVisit: return QCoreApplication::translate("ordo::Domain", "Schedule a visit");
    case StepHandler::CreateInvoice: return QCoreApplication::translate("ordo::Domain", "Create the invoice");
    case StepHandler::SendInvoice: return QCoreApplication::translate("ordo::Domain", "Send the invoice");
    }
    return {};
}

QString displayName(Priority priority)
{
    switch (priority) {
    case Priority::Low: return QCoreApplication::translate("ordo::Domain", "Low");
    case Priority::Normal: return QCoreApplication::translate("ordo::Domain", "Normal");
    case Priority::High: return QCoreApplication::translate("ordo::Domain", "High");
    case Priority::Urgent: return QCoreApplication::translate("ordo::Domain", "Urgent");
    }
    return {};
}

QString displayName(AppointmentKind kind)
{
    switch (kind) {
    case AppointmentKind::Estimate: return QCoreApplication::translate("ordo::Domain", "Estimate visit");
    case AppointmentKind::Installation: return QCoreApplication::translate("ordo::Domain", "Installation");
    case AppointmentKind::Repair: return QCoreApplication::translate("ordo::Domain", "Repair");
    case AppointmentKind::FollowUp: return QCoreApplication::translate("ordo::Domain", "Follow-up");
    }
    return {};
}

QString displayName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned: return QCoreApplication::translate("ordo::Domain", "Planned");
    case AppointmentStatus::Done: return QCoreApplication::translate("ordo::Domain", "Done", "appointment status");
    case AppointmentStatus::Missed: return QCoreApplication::translate("ordo::Domain", "Missed");
    case AppointmentStatus::Cancelled: return QCoreApplication::translate("ordo::Domain", "Cancelled", "appointment status");
    }
    return {};
}

const Step *WorkflowVersion::step(Id stepId) const
{
    for (const auto &s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

const Step *WorkflowVersion::stepNamed(const QString &name) const
{
    for (const auto &s : steps)
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

const Step *WorkflowVersion::nextStep(Id fromStepId) const
{
    bool after = false;
    for (const auto &s : steps) {
        if (s.id == fromStepId) {
            after = true;
            continue;
        }
        if (after && (s.kind == StepKind::Open || s.kind == StepKind::Done) && allows(fromStepId, s.id))
            return &s;
    }
    return nullptr;
}

bool WorkflowVersion::allows(Id fromStepId, Id toStepId) const
{
    for (const auto &t : transitions)
        if (t.fromStepId == fromStepId && t.toStepId == toStepId)
            return true;
    return false;
}

} // namespace ordo
