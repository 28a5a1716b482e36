#pragma once

#include "core/domain/Access.h"
#include "core/domain/Money.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <QStringList>

#include <optional>

namespace ordo {

using Id = qint64;

// Roles staff can have; a step's responsible may be a role instead of a person.
enum class Role { Reception, Sales, Technician, Admin, Owner };

enum class StepKind { Open, OnHold, Done, Cancelled };

// What happens when an order enters a step.
enum class StepHandler { Manual, AutoAssign, ScheduleVisit, CreateInvoice, SendInvoice };

enum class Priority { Low = 0, Normal = 1, High = 2, Urgent = 3 };

// What an order needs before it may leave a step (towards an open or finished step; pausing or
// cancelling is always possible).
enum class ExitRequirement { None, IssuedInvoice, PaidInvoice };

enum class AppointmentKind { Estimate, Installation, Repair, FollowUp };
enum class AppointmentStatus { Planned, Done, Missed, Cancelled };

enum class EventKind { Created, FieldChanged, StepMoved, Assigned, Note };

// Stable text keys used in the database and in --json output. Never translated, never renamed.
QString toKey(Role role);
QString toKey(StepKind kind);
QString toKey(StepHandler handler);
QString toKey(Priority priority);
QString toKey(AppointmentKind kind);
QString toKey(AppointmentStatus status);
QString toKey(EventKind kind);
QString toKey(ExitRequirement requirement);
ExitRequirement exitRequirementFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);
std::optional<StepKind> stepKindFromKey(const QString &key);
std::optional<StepHandler> stepHandlerFromKey(const QString &key);
std::optional<Priority> priorityFromKey(const QString &key);
std::optional<AppointmentKind> appointmentKindFromKey(const QString &key);
std::optional<AppointmentStatus> appointmentStatusFromKey(const QString &key);
std::optional<EventKind> eventKindFromKey(const QString &key);

// Words for people, translated.
QString displayName(Role role);
QString displayName(StepKind kind);
QString displayName(StepHandler handler);
QString displayName(Priority priority);
QString displayName(AppointmentKind kind);
QString displayName(AppointmentStatus status);

// An open order still needs work: its step is open or on hold.
inline bool isActive(StepKind kind)
{
    return kind == StepKind::Open || kind == StepKind::OnHold;
}

struct Customer
{
    Id id = 0;
    QString name;
    QString taxId;
    QString phone;
    QString phone2;
    QString email;
    QString address;
    QString postcode;
    QString city;
    QString notes;
    qint64 version = 0;
    QString language = QStringLiteral("es");   // of the invoices and mails sent to them: "es" or "en"
};

struct Site
{
    Id id = 0;
    Id customerId = 0;
    QString address;
    QString postcode;
    QString city;
    QString notes;
};

// Working hours: the same hours on each working day (bit 0 = Monday ... bit 6 = Sunday).
struct WorkingHours
{
    int days = 0b0011111;   // Monday to Friday
    int startMinute = 8 * 60;
    int endMinute = 17 * 60;
};

struct StaffMember
{
    Id id = 0;
    QString name;
    Role role = Role::Reception;
    QString colour;          // #rrggbb
    bool active = true;
    QStringList skills;
    QStringList territory;   // postcode prefixes, "280", "281"
    WorkingHours hours;
    QString email;
    QString phone;
    qint64 version = 0;
};

struct Step
{
    Id id = 0;
    int position = 0;
    QString name;
    StepKind kind = StepKind::Open;
    std::optional<Role> responsibleRole;
    std::optional<Id> responsibleStaffId;
    std::optional<qint64> targetMinutes;
    StepHandler handler = StepHandler::Manual;
    std::optional<int> wipLimit;
    ExitRequirement exitRequires = ExitRequirement::None;
};

struct Transition
{
    Id fromStepId = 0;
    Id toStepId = 0;
};

// One immutable version of a company's process map.
struct WorkflowVersion
{
    Id id = 0;
    Id workflowId = 0;
    QString workflowName;
    QString jobType;
    int version = 1;
    Id initialStepId = 0;
    QList<Step> steps;            // ordered by position
    QList<Transition> transitions;

    const Step *step(Id stepId) const;
    const Step *stepNamed(const QString &name) const;  // case-insensitive
    bool allows(Id fromStepId, Id toStepId) const;
    // Where an order goes on to from `fromStepId` (the board's "next step" key): the first step after
    // it in map order that the map allows from there and that is open or finished, never a pause or a
    // cancellation; none when the map has no such way forward.
    const Step *nextStep(Id fromStepId) const;
};

// One priced line: what an order's quote lists (line_items) and what an invoice bills
// (invoice_lines). An invoice drafted from an order starts with a copy of the order's lines; from
// then on each list changes on its own, and an issued invoice's lines never change.
struct LineItem
{
    Id id = 0;                       // its row in line_items or invoice_lines; 0 until saved
    int position = 0;
    QString description;
    Milli quantity = 1000;
    Cents unitPrice = 0;
    BasisPoints vatRate = 2100;
    BasisPoints discount = 0;
    // Why an invoice line carries no VAT or the customer pays it (core/billing/TaxCauses.h): "" taxed
    // as usual, or E1–E6 exempt, S2 reverse charge, N1/N2 not subject. Orders' lines keep "".
    QString taxCause;

    Cents net() const { return money::lineNet(quantity, unitPrice, discount); }
};

struct WorkOrder
{
    Id id = 0;
    QString number;                 // WO-2026-00001
    Id customerId = 0;
    QString customerName;
    std::optional<Id> siteId;
    QString siteAddress;
    Id workflowVersionId = 0;
    Id stepId = 0;
    QString stepName;
    StepKind stepKind = StepKind::Open;
    std::optional<Id> responsibleId;
    QString responsibleName;
    std::optional<Id> assigneeId;
    QString assigneeName;
    Priority priority = Priority::Normal;
    QString jobType;
    std::optional<qint64> dueAt;    // UTC seconds
    QString title;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 stepEnteredAt = 0;
    qint64 version = 1;
};

struct OrderEvent
{
    Id id = 0;
    Id orderId = 0;
    qint64 at = 0;
    std::optional<Id> actorId;
    QString actorName;
    EventKind kind = EventKind::Created;
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
    // Written since schema 9: the raw facts (see eventlog::Entry::args), and values in old/new kept
    // raw (keys, epoch seconds), worded when shown. False for older rows, shown as they were stored.
    bool facts = false;
    QVariantMap args;
};

struct Appointment
{
    Id id = 0;
    Id orderId = 0;
    Id staffId = 0;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    AppointmentKind kind = AppointmentKind::Estimate;
    AppointmentStatus status = AppointmentStatus::Planned;
    QString notes;
};

// Who is doing something: a staff member when known, always a name for the audit trail, and what
// they may do. Front ends get their Actor from signing in (Accounts); a default Actor is Ordo itself
// (seeding a new company, tests) and may do everything.
enum class ActorKind {
    System,       // Ordo itself
    Person,       // a staff member signed in with their account
    CommandLine,  // ordo-cli without --user or a token: the operating-system user, named as such
    Token,        // a scheduled job with an API token made by the owner
};

struct Actor
{
    std::optional<Id> staffId;
    QString name;
    ActorKind kind = ActorKind::System;
    Permissions permissions = Permissions::all();
    std::optional<AccessRole> role = std::nullopt;

    bool can(Permission p) const { return permissions.has(p); }
};

} // namespace ordo
