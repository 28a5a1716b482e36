#include "ui/board/BoardModel.h"

#include "core/common/Clock.h"
#include "core/common/Log.h"
#include "ui/common/ReadWorker.h"
#include "core/storage/Database.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTimer>

#include <utility>

namespace ordo {

bool BoardFilter::accepts(const BoardCard &card, qint64 now) const
{
    // A person's work: what is assigned to them and what they are responsible for now.
    if (assigneeId) {
        if (*assigneeId == 0 ? card.assigneeId.has_value() : (card.assigneeId != assigneeId && card.responsibleId != assigneeId))
            return false;
    }
    if (minPriority && static_cast<int>(card.priority) < static_cast<int>(*minPriority))
        return false;
    if (overdueOnly && !(card.open && card.dueAt && *card.dueAt < now))
        return false;
    if (!jobType.isEmpty() && card.jobType != jobType)
        return false;
    if (!search.matches(card))
        return false;
    return true;
}

BoardModel::BoardModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_worker(std::make_unique<ReadWorker>(db.path(), QStringLiteral("ordo-board")))
{
    connect(&m_db.notifier(), &ChangeNotifier::orderChanged, this, &BoardModel::refreshOrder);
    connect(&m_db.notifier(), &ChangeNotifier::ordersReset, this, &BoardModel::reload);
    connect(&m_db.notifier(), &ChangeNotifier::workflowChanged, this, &BoardModel::reload);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.cards.size());
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.cards.size())
        return {};
    const BoardCard &c = m_data.cards[index.row()];
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1 — %2").arg(c.number, c.title);
    case Qt::ToolTipRole: {
        QStringList lines{c.number, c.customer, c.title};
        if (!c.responsibleName.isEmpty())
            lines << tr("Responsible now: %1").arg(c.responsibleName);
        if (!c.assigneeName.isEmpty() && c.assigneeName != c.responsibleName)
            lines << tr("Assigned to: %1").arg(c.assigneeName);
        return lines.join(QLatin1Char('\n'));
    }
    case OrderIdRole: return c.id;
    case StepIdRole: return c.stepId;
    case VersionRole: return c.version;
    case PriorityRole: return static_cast<int>(c.priority);
    case DueRole: return c.dueAt ? QVariant(*c.dueAt) : QVariant();
    case StepEnteredRole: return c.stepEnteredAt;
    case UpdatedRole: return c.updatedAt;
    case OpenRole: return c.open;
    case VisibleRole: return index.row() < m_visible.size() ? m_visible.testBit(index.row()) : true;
    case NumberRole: return c.number;
    case CustomerRole: return c.customer;
    case TitleRole: return c.title;
    case AssigneeRole: return c.assigneeName;
    case AssigneeColourRole: return c.assigneeColour;
    case ResponsibleRole: return c.responsibleName;
    case HolderRole: return c.responsibleName.isEmpty() ? c.assigneeName : c.responsibleName;
    case HolderColourRole: return c.responsibleName.isEmpty() ? c.assigneeColour : c.responsibleColour;
    default: return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList BoardModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const BoardCard &c = m_data.cards[indexes.first().row()];
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << c.id << c.stepId << c.version;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(MimeType), bytes);
    mime->setText(c.number);
    return mime;
}

std::optional<BoardModel::DraggedCard> BoardModel::decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QLatin1String(MimeType)))
        return std::nullopt;
    QDataStream in(mime->data(QLatin1String(MimeType)));
    DraggedCard d;
    in >> d.orderId >> d.stepId >> d.version;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return d;
}

bool BoardModel::reload()
{
    auto data = BoardService(m_db).load(0, 30, FirstPage);
    if (!data) {
        fail(data.error().message);
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_data = std::move(*data);
    m_rowOf.clear();
    for (int i = 0; i < m_data.cards.size(); ++i)
        m_rowOf.insert(m_data.cards[i].id, i);
    recomputeVisible();
    endResetModel();
    emit reloaded();
    if (m_restHeld)
        m_restWaiting = true;
    else
        loadRest();
    return true;
}

void BoardModel::holdRest()
{
    m_restHeld = true;
    QTimer::singleShot(RestHoldMs, this, &BoardModel::releaseRest);
}

void BoardModel::releaseRest()
{
    m_restHeld = false;
    if (std::exchange(m_restWaiting, false))
        loadRest();
}

void BoardModel::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(logUi) << "Reading the board failed:" << message;
    emit loadFailed(message);
}

Result<BoardData> BoardModel::readRest(Database &db, const WorkflowVersion &workflow, bool needCards,
                                       const std::atomic<bool> &stop)
{
    BoardData rest;
    BoardService service(db);
    if (needCards) {
        auto all = service.load(workflow.workflowId, 0);
        if (!all)
            return all.error();
        rest = std::move(*all);
    }
    if (stop)
        return rest;  // nobody waits for it any more
    auto totals = service.closedTotals(workflow);
    if (!totals)
        return totals.error();
    rest.closedTotals = *totals;
    rest.complete = true;
    return rest;
}

void BoardModel::loadRest()
{
    m_totalsKnown = false;
    // A newer reload's request replaces this one, and stops it if it is running: the latest wins.
    m_worker->request([this, read = m_readRest, workflow = m_data.workflow, needCards = !m_data.complete](
                          Result<Database *> db, const std::atomic<bool> &stop) -> ReadWorker::Delivery {
        Result<BoardData> rest = db ? read(**db, workflow, needCards, stop) : Result<BoardData>(db.error());
        return [this, rest = std::move(rest)] {
            if (rest)
                mergeRest(*rest);
            else
                fail(rest.error().message);
        };
    });
}

void BoardModel::mergeRest(const BoardData &rest)
{
    if (!rest.complete)
        return;
    // Cards the first page did not have; those already here may be fresher (moved meanwhile).
    QList<BoardCard> missing;
    for (const BoardCard &c : rest.cards)
        if (c.open && !m_rowOf.contains(c.id))
            missing.append(c);
    if (!missing.isEmpty()) {
        const int first = static_cast<int>(m_data.cards.size());
        const int last = first + static_cast<int>(missing.size()) - 1;
        const qint64 now = Clock::nowSecs();
        beginInsertRows({}, first, last);
        m_visible.resize(last + 1);
        for (const BoardCard &c : std::as_const(missing)) {
            const int row = static_cast<int>(m_data.cards.size());
            m_data.cards.append(c);
            m_rowOf.insert(c.id, row);
            m_visible.setBit(row, m_filter.accepts(c, now));
        }
        endInsertRows();
    }
    // Every open order is in now; the counts of a full read replace those of the first page.
    m_data.complete = true;
    if (!rest.openCounts.isEmpty())
        m_data.openCounts = rest.openCounts;
    m_data.closedTotals = rest.closedTotals;
    m_totalsKnown = true;
    emit closedTotalsChanged();
}

BoardModel::~BoardModel()
{
    // Stopped and joined here, while the model it delivers to is still whole.
    m_worker.reset();
}

const BoardCard *BoardModel::card(Id orderId) const
{
    const int row = m_rowOf.value(orderId, -1);
    return row < 0 ? nullptr : &m_data.cards[row];
}

QModelIndex BoardModel::indexOf(Id orderId) const
{
    const int row = m_rowOf.value(orderId, -1);
    return row < 0 ? QModelIndex() : index(row);
}

QStringList BoardModel::jobTypes() const
{
    QStringList types;
    for (const auto &c : m_data.cards)
        if (!c.jobType.isEmpty() && !types.contains(c.jobType))
            types << c.jobType;
    types.sort(Qt::CaseInsensitive);
    return types;
}

void BoardModel::setFilter(const BoardFilter &filter)
{
    const BoardFilter before = m_filter;
    m_filter = filter;
    m_filter.search = CardSearch(filter.text);
    // A keystroke in the text box: typing on can only hide shown cards, taking letters back can only
    // show hidden ones, so only those are tested again (at 10,000 cards, most of them are not).
    // "Overdue only" depends on the clock: a hidden card may have become overdue since, so all are tested.
    const bool sameOthers = before.assigneeId == filter.assigneeId && before.minPriority == filter.minPriority &&
                            !before.overdueOnly && !filter.overdueOnly && before.jobType == filter.jobType;
    if (sameOthers && m_filter.search.narrows(before.search))
        recomputeVisible(Retest::Shown);
    else if (sameOthers && before.search.narrows(m_filter.search))
        recomputeVisible(Retest::Hidden);
    else
        recomputeVisible();
    emit filterChanged();  // the columns filter again, each its own cards; no per-row signals
}

void BoardModel::recomputeVisible(Retest which)
{
    const qint64 now = Clock::nowSecs();
    if (m_visible.size() != m_data.cards.size()) {
        m_visible.resize(m_data.cards.size());
        which = Retest::All;
    }
    for (int i = 0; i < m_data.cards.size(); ++i)
        if (which == Retest::All || m_visible.testBit(i) == (which == Retest::Shown))
            m_visible.setBit(i, m_filter.accepts(m_data.cards[i], now));
}

void BoardModel::refreshOrder(Id orderId)
{
    // As load() places it (an older version's order in the step of the same name); an order of
    // another process map is another board's card.
    auto fresh = BoardService(m_db).cardOn(m_data.workflow, orderId);
    if (!fresh) {
        fail(fresh.error().message);
        return;
    }
    if (!*fresh)
        return;
    const BoardCard c = **fresh;
    const qint64 now = Clock::nowSecs();
    const int row = m_rowOf.value(orderId, -1);
    if (row >= 0) {
        const bool wasOpen = m_data.cards[row].open;
        if (wasOpen && !c.open && m_totalsKnown)
            m_data.closedTotals[c.stepId] += 1;
        m_data.cards[row] = c;
        m_visible.setBit(row, m_filter.accepts(c, now));
        emit dataChanged(index(row), index(row));
        return;
    }
    const int at = static_cast<int>(m_data.cards.size());
    beginInsertRows({}, at, at);
    m_data.cards.append(c);
    m_rowOf.insert(orderId, at);
    m_visible.resize(at + 1);
    m_visible.setBit(at, m_filter.accepts(c, now));
    if (!c.open && m_totalsKnown)
        m_data.closedTotals[c.stepId] += 1;
    endInsertRows();
}

} // namespace ordo
