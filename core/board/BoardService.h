#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QHash>

namespace ordo {

class Database;

// What a card on the board shows: one row per order, read in one query.
struct BoardCard
{
    Id id = 0;
    QString number;
    QString customer;
    QString title;
    QString jobType;
    std::optional<Id> assigneeId;
    QString assigneeName;
    QString assigneeColour;
    std::optional<Id> responsibleId;
    QString responsibleName;
    QString responsibleColour;
    std::optional<qint64> dueAt;
    Priority priority = Priority::Normal;
    Id stepId = 0;
    qint64 stepEnteredAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;
    bool open = true;
    // What the board's filter finds the card by (see CardSearch): the words the Orders search
    // indexes (number, customer, phones as typed and as bare digits, addresses, title, description)
    // and the people on the card, in lower case without accents; in UTF-8, where a substring search
    // is a byte search (10,000 cards are searched on each keystroke).
    QByteArray searchText;
};

// The board's filter box: a card is shown when every typed word is found in its search text,
// accents and case ignored ("garcia" finds "García", "600 12" and "60012" a phone, "mayor 3" an
// address). It finds at least what the Orders page's search finds, in memory, as the user types.
class CardSearch final
{
public:
    explicit CardSearch(const QString &typed = {});
    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const BoardCard &card) const;
    // Every card this search matches, `wider` matches too: each of wider's words is inside one of
    // this search's words ("garc" narrows "ga"; "garcía 600" narrows "600"). Typing on only hides
    // cards; taking letters back only shows more.
    bool narrows(const CardSearch &wider) const;
    // Lower case, accents dropped ("ñ" as "n", as the search index does).
    static QString fold(const QString &text);
    // What BoardCard::searchText holds for `text`.
    static QByteArray searchKey(const QString &text) { return fold(text).toUtf8(); }

private:
    QList<QByteArray> m_words;
};

struct BoardData
{
    WorkflowVersion workflow;               // the newest version: its steps are the columns
    QList<BoardCard> cards;                 // every open order, plus the most recent closed ones
    QHash<Id, qint64> closedTotals;         // per done/cancelled column: how many orders in all (see closedTotals())
    QHash<Id, qint64> openCounts;           // per open column: how many open orders in all
    bool complete = true;                   // every open order is in `cards` (false after a first page)
};

// Reads the board. Open orders come through the open-orders partial index, so the cost follows the
// board's size, not the years of history behind it.
class BoardService final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::BoardService)

public:
    explicit BoardService(Database &db) : m_db(db) {}

    // workflowId 0: the company's default process. closedLimit: cards per done/cancelled column.
    // openLimit > 0: only the first cards of each open column, in the board's order (priority, then
    // longest in the step), so that a busy board shows at once; `complete` says whether that was all.
    // The totals of the closed columns are not read here: they grow with the years of history.
    Result<BoardData> load(Id workflowId = 0, int closedLimit = 30, int openLimit = 0) const;
    // How many orders each done/cancelled column of `workflow` holds in all (every version's step of
    // the same name counted), from the counts kept per step as orders move (step_orders).
    Result<QHash<Id, qint64>> closedTotals(const WorkflowVersion &workflow) const;
    // One card as it is now (after a move or an edit), or NotFound.
    Result<BoardCard> card(Id orderId) const;
    // The same card as the board of `workflow` (its newest version, as load() gives it) shows it:
    // a closed order on an older version in the newest version's step of the same name, as load()
    // places it; std::nullopt when the order follows another process map (a card of another board)
    // or was closed in a step the newest version no longer has (no column shows it).
    Result<std::optional<BoardCard>> cardOn(const WorkflowVersion &workflow, Id orderId) const;

private:
    Database &m_db;
};

} // namespace ordo
