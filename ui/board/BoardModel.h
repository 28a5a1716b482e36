#pragma once

#include "core/board/BoardService.h"

#include <QAbstractListModel>
#include <QBitArray>

#include <atomic>
#include <functional>
#include <memory>

namespace ordo {

class Database;
class ReadWorker;

// What the board's filter bar asks for.
struct BoardFilter
{
    QString text;                       // found as the Orders search finds it, and by the people (CardSearch)
    std::optional<Id> assigneeId;       // 0 inside: unassigned
    std::optional<Priority> minPriority;
    bool overdueOnly = false;
    QString jobType;

    CardSearch search;                  // `text` in words: set by BoardModel::setFilter()

    bool accepts(const BoardCard &card, qint64 now) const;
    bool isEmpty() const { return text.isEmpty() && !assigneeId && !minPriority && !overdueOnly && jobType.isEmpty(); }
};

// Every card of the board in one flat model; the columns are proxies over it (one per step).
// Refreshes a single row when an order changes, the whole board only when asked.
class BoardModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        StepIdRole,
        VersionRole,
        PriorityRole,
        DueRole,
        StepEnteredRole,
        UpdatedRole,
        OpenRole,
        VisibleRole,      // passes the filter
        NumberRole,
        CustomerRole,
        TitleRole,
        AssigneeRole,
        AssigneeColourRole,
        ResponsibleRole,
        HolderRole,        // who has it now: the responsible person, else the assignee
        HolderColourRole,
    };

    static constexpr const char *MimeType = "application/x-ordo-order";

    explicit BoardModel(Database &db, QObject *parent = nullptr);
    ~BoardModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // Reads the whole board again. Returns false and keeps the old rows if reading failed (and says
    // why in loadFailed()).
    bool reload();
    const QString &lastError() const { return m_lastError; }
    const WorkflowVersion &workflow() const { return m_data.workflow; }
    qint64 closedTotal(Id stepId) const { return m_data.closedTotals.value(stepId); }
    // The closed columns' totals count years of history: they are read after reload() by the
    // model's worker (one thread for the model's life, with a read-only connection of its own), and
    // closedTotalsChanged() says when they are known. Destroying the model stops and joins it.
    bool closedTotalsKnown() const { return m_totalsKnown; }
    // A busy board first reads the first cards of each column (what fits on a screen, and more),
    // then the rest in the same worker: complete() is false until they are in.
    static constexpr int FirstPage = 30;
    bool complete() const { return m_data.complete; }
    // The view asks the next reload to read its rest only once the first page is on the screen
    // (releaseRest()), or after RestHoldMs at the latest: on two cores the worker reading 10,000
    // cards beside the first paint made that paint a third slower.
    static constexpr int RestHoldMs = 250;
    void holdRest();
    void releaseRest();
    qint64 openCount(Id stepId) const { return m_data.openCounts.value(stepId); }
    const BoardCard *card(Id orderId) const;
    const BoardCard &cardAt(int row) const { return m_data.cards[row]; }
    bool visibleAt(int row) const { return row < m_visible.size() && m_visible.testBit(row); }
    QModelIndex indexOf(Id orderId) const;
    QStringList jobTypes() const;

    void setFilter(const BoardFilter &filter);
    const BoardFilter &filter() const { return m_filter; }

    // Decodes what mimeData() wrote: order id, its step and its version.
    struct DraggedCard
    {
        Id orderId = 0;
        Id stepId = 0;
        qint64 version = 0;
    };
    static std::optional<DraggedCard> decode(const QMimeData *mime);

    // What the worker reads after a first page: the cards it left out (when needCards) and the closed
    // columns' totals. It runs in the worker's thread and checks `stop` between its pieces. Tests
    // put a slow one here to destroy the model while it runs.
    using RestReader = std::function<Result<BoardData>(Database &db, const WorkflowVersion &workflow, bool needCards,
                                                       const std::atomic<bool> &stop)>;
    void setRestReader(RestReader reader) { m_readRest = std::move(reader); }
    static Result<BoardData> readRest(Database &db, const WorkflowVersion &workflow, bool needCards,
                                      const std::atomic<bool> &stop);

signals:
    void closedTotalsChanged();
    void filterChanged();
    void reloaded();
    // Reading the board, a part of it or a changed card failed: the board shows what it had before.
    void loadFailed(const QString &message);

private:
    void refreshOrder(Id orderId);
    void loadRest();
    void mergeRest(const BoardData &rest);
    // Every card tested against the filter again, or only those shown or hidden now.
    enum class Retest { All, Shown, Hidden };
    void recomputeVisible(Retest which = Retest::All);
    void fail(const QString &message);

    Database &m_db;
    BoardData m_data;
    QHash<Id, int> m_rowOf;
    BoardFilter m_filter;
    QBitArray m_visible;
    QString m_lastError;
    bool m_totalsKnown = false;
    RestReader m_readRest = &BoardModel::readRest;
    std::unique_ptr<ReadWorker> m_worker;
    bool m_restHeld = false;     // the next reload's rest waits for releaseRest()
    bool m_restWaiting = false;  // a reload's rest is waiting
};

} // namespace ordo
