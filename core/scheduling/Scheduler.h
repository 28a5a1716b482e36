#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>

namespace ordo {

class Database;

// How the company wants work shared out (Settings; combinable).
struct AssignmentPolicy
{
    bool territory = true;    // prefer whoever covers the site's postcode
    bool leastLoaded = true;  // prefer whoever has the fewest visits that week
    bool roundRobin = false;  // prefer whoever was given a visit longest ago
    bool skills = true;       // prefer whoever has the skills the job asks for

    static AssignmentPolicy load(Database &db);
    Result<void> save(Database &db) const;
};

struct SlotRequest
{
    AppointmentKind kind = AppointmentKind::Estimate;
    QString postcode;
    QStringList skills;
    qint64 after = 0;             // UTC; 0: now
    int days = 10;                // how far ahead to look, in calendar days
    int durationMinutes = 60;
    int maxProposals = 8;
    // Every free slot of each person (on the slot grid), not only their earliest of each day: the
    // times a customer may choose on the booking page.
    bool everySlot = false;
    // Only these people (empty: everyone active with the role), e.g. those who cover the postcode.
    QList<Id> staffIds;
    // Proposals with their reasons in words, best first; without, only the facts in no particular
    // order (a page listing times needs neither).
    bool explain = true;
    // Only the slot that starts exactly then (UTC seconds), for each person: is anyone free at that time?
    qint64 onlyStartingAt = 0;
    // The active staff as the caller has just read them (StaffRepository::list(true)), so that a
    // caller asking many times reads them once; empty: propose() reads them.
    QList<StaffMember> activeStaff;
};

// A free slot with a person, with the reasons it was proposed, in words.
struct Proposal
{
    Id staffId = 0;
    QString staffName;
    QString staffColour;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    int score = 0;
    bool coversPostcode = false;
    bool hasSkills = true;
    int visitsThatDay = 0;
    int visitsThatWeek = 0;
    QString explanation;    // "Javier Ruiz: free Tuesday 10:00, covers 280xx, 2 visits that day, 5 this week"
};

// Proposes who goes when. Sales people for estimates and follow-ups, technicians for installations
// and repairs; only active people, inside their working hours, never over another booking.
class Scheduler final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Scheduler)

public:
    explicit Scheduler(Database &db) : m_db(db) {}

    // Best first. Each person appears at most once per day (their earliest free slot that day).
    Result<QList<Proposal>> propose(const SlotRequest &request, const AssignmentPolicy &policy) const;

    // For a step whose handler is "assign automatically": the best active person with `role`, with
    // the reason, without booking anything.
    Result<std::optional<Proposal>> chooseAssignee(Role role, const QString &postcode, const AssignmentPolicy &policy) const;

private:
    Database &m_db;
};

Role roleFor(AppointmentKind kind);

} // namespace ordo
