#pragma once

#include "core/assets/Assets.h"
#include "core/common/Result.h"
#include "core/scheduling/AppointmentService.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace ordo {

class Database;

// One visit as the technician's phone shows it.
struct FieldJob
{
    CalendarEntry visit;
    WorkOrder order;
    QList<LineItem> lines;
    QList<OrderEvent> notes;         // the order's notes, newest first (at most 10)
    QList<WorkOrder> siteJobs;       // earlier orders at the same site, newest first (at most 5)
    QString onSite = QStringLiteral("none");   // none, on_my_way, arrived, paused, finished
    qint64 onSiteAt = 0;
    QList<Id> photoIds;
    bool signedByCustomer = false;
    QString signedBy;                // the name the customer gave when signing
    QString invoiceNumber;           // the order's invoice, once issued
    // The assets at the job's site (the customer's assets without a site when the order has none),
    // and which of them the order names (asset_orders).
    QList<Asset> siteAssets;
    QList<Id> orderAssetIds;
};

// What the technician did, as the phone sends it; `key` is made on the phone for this action only.
struct FieldAction
{
    QString key;
    Id appointmentId = 0;
    QString type;                    // on_my_way, arrived, paused, resumed, note, line, photo, signature, finished
    qint64 at = 0;                   // when it was done on the phone (UTC seconds)
    QVariantMap payload;
};

struct FieldOutcome
{
    bool applied = false;
    bool duplicate = false;          // this key was received before: nothing done again
    FieldJob job;
    // Finishing, when the company has the invoice issued at once (FinishInvoice): its number, the
    // address it is being mailed to, or why it waits as a draft at the office.
    QString invoiceNumber;
    QString invoiceMailedTo;
    QString invoiceProblem;
};

// What finishing a job on the phone does with the order's invoice, as the company set it (Settings ›
// Technicians' phones): the draft waits for the office to check it; or it is issued at once; or
// issued and e-mailed to the customer with the PDF (ordo-server draws it and sends it from its outbox).
enum class FinishInvoice { Draft, Issue, IssueAndMail };

// The technician's side of the map (issue 18): their visits, and what they record on site. Each action
// is one transaction, written to the order's history under the technician's name; an action that
// arrives twice (a retry, a phone that was offline) is applied once. An action the office's changes
// made impossible (the visit cancelled or given to someone else, the order closed) is refused with
// the reason, and the refusal is kept in the order's history and answered the same way if retried:
// never silently lost.
class FieldWork final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::FieldWork)

public:
    static constexpr qsizetype MaxPhotoBytes = 3 * 1024 * 1024;
    static constexpr qsizetype MaxNoteChars = 2000;

    explicit FieldWork(Database &db) : m_db(db) {}

    // The person's visits from the local day `from`, for `days` days, by start (cancelled ones left out).
    Result<QList<FieldJob>> jobs(Id staffId, const QDate &from, int days) const;
    // One of their visits; Forbidden when it is someone else's.
    Result<FieldJob> job(Id staffId, Id appointmentId) const;
    Result<FieldOutcome> apply(Id staffId, const FieldAction &action);
    // A photo or signature of one of their jobs: its type and bytes.
    Result<std::pair<QByteArray, QByteArray>> photo(Id staffId, Id photoId) const;
    // The photos and signatures of an order, for the office (type, bytes, kind, signer, when).
    struct Picture
    {
        Id id = 0;
        QString kind;
        QByteArray mime;
        QByteArray data;
        QString signer;
        qint64 takenAt = 0;
    };
    Result<QList<Picture>> pictures(Id orderId) const;
    // How many there are, without reading them (whether the office's order window shows a Photos tab).
    Result<qint64> pictureCount(Id orderId) const;

    static FinishInvoice finishInvoice(Database &db);
    static Result<void> setFinishInvoice(Database &db, FinishInvoice choice, const Actor &by);

private:
    Result<FieldJob> jobOf(const CalendarEntry &visit) const;
    Result<void> invoiceOnFinish(Id orderId, const Actor &technician, FieldOutcome &outcome);

    Database &m_db;
};

} // namespace ordo
