#include "core/board/BoardService.h"

#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <string_view>

namespace ordo {

namespace {

const QString selectCard = QStringLiteral(
    "SELECT o.id, o.number, c.name, o.title, o.job_type, o.assignee_id, coalesce(a.name, ''), coalesce(a.colour, ''), "
    "o.responsible_id, coalesce(r.name, ''), o.due_at, o.priority, o.step_id, o.step_entered_at, o.updated_at, o.version, "
    "o.is_open, coalesce(r.colour, ''), "
    // What the Orders search indexes besides (see order_search_source): phones, addresses, description.
    "c.phone, c.phone2, coalesce(s.address || ' ' || s.postcode || ' ' || s.city, '') || ' ' || "
    "c.address || ' ' || c.postcode || ' ' || c.city, o.description "
    "FROM work_orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN sites s ON s.id = o.site_id "
    "LEFT JOIN staff a ON a.id = o.assignee_id LEFT JOIN staff r ON r.id = o.responsible_id ");

QString bareDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

BoardCard fromRow(const QSqlQuery &q)
{
    BoardCard c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.customer = q.value(2).toString();
    c.title = q.value(3).toString();
    c.jobType = q.value(4).toString();
    if (!q.value(5).isNull())
        c.assigneeId = q.value(5).toLongLong();
    c.assigneeName = q.value(6).toString();
    c.assigneeColour = q.value(7).toString();
    if (!q.value(8).isNull())
        c.responsibleId = q.value(8).toLongLong();
    c.responsibleName = q.value(9).toString();
    if (!q.value(10).isNull())
        c.dueAt = q.value(10).toLongLong();
    c.priority = static_cast<Priority>(std::clamp(q.value(11).toInt(), 0, 3));
    c.stepId = q.value(12).toLongLong();
    c.stepEnteredAt = q.value(13).toLongLong();
    c.updatedAt = q.value(14).toLongLong();
    c.version = q.value(15).toLongLong();
    c.open = q.value(16).toInt() != 0;
    c.responsibleColour = q.value(17).toString();
    const QString phone = q.value(18).toString();
    const QString phone2 = q.value(19).toString();
    // Phones as typed and as bare digits, so "600123456" finds "600 12 34 56" and "600 12" finds it too.
    const QStringList words{c.number, c.customer, phone, phone2, bareDigits(phone), bareDigits(phone2),
                            q.value(20).toString(), c.title, q.value(21).toString(), c.assigneeName, c.responsibleName};
    c.searchText = CardSearch::searchKey(words.join(QLatin1Char('\n')));
    return c;
}

} // namespace

CardSearch::CardSearch(const QString &typed)
{
    // Split where the search index splits words: "OT-2026-0007" is three words, each found as typed.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &word : fold(typed).split(separators, Qt::SkipEmptyParts))
        m_words.append(word.toUtf8());
}

bool CardSearch::matches(const BoardCard &card) const
{
    // UTF-8 is a substring of UTF-8 exactly where the text is a substring of the text.
    const std::string_view text(card.searchText.constData(), static_cast<std::size_t>(card.searchText.size()));
    for (const QByteArray &word : m_words)
        if (text.find(std::string_view(word.constData(), static_cast<std::size_t>(word.size()))) == std::string_view::npos)
            return false;
    return true;
}

bool CardSearch::narrows(const CardSearch &wider) const
{
    for (const QByteArray &w : wider.m_words) {
        const bool inside = std::any_of(m_words.begin(), m_words.end(), [&w](const QByteArray &mine) { return mine.contains(w); });
        if (!inside)
            return false;
    }
    return true;
}

QString CardSearch::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        folded += c.toCaseFolded();
    }
    return folded;
}

Result<BoardData> BoardService::load(Id workflowId, int closedLimit, int openLimit) const
{
    WorkflowRepository workflows(m_db);
    auto wf = workflowId ? workflows.latest(workflowId) : workflows.defaultLatest();
    if (!wf)
        return wf.error();
    BoardData data;
    data.workflow = std::move(*wf);

    // Open orders of every version of this workflow (running orders may still be on an older one);
    // with a limit, the first of each step of its versions, each read from the open-orders index
    // (a short range per step: ranking every open order in a window cost 9 ms at 12,000 open).
    const QString versions = QStringLiteral("SELECT id FROM workflow_versions WHERE workflow_id = ?");
    // SQLite has no LATERAL; there a rowid IN (correlated subquery) is read per step the same way.
    const QString firsts = m_db.dialect() == Database::Dialect::PostgreSQL
        ? QStringLiteral("SELECT f.id FROM steps st CROSS JOIN LATERAL (SELECT o2.id FROM work_orders o2 WHERE o2.is_open = 1 "
                         "AND o2.step_id = st.id ORDER BY o2.priority DESC, o2.step_entered_at, o2.id LIMIT ?) f "
                         "WHERE st.workflow_version_id IN (%1)")
        : QStringLiteral("SELECT f.id FROM steps st JOIN work_orders f ON f.id IN (SELECT o2.id FROM work_orders o2 "
                         "WHERE o2.is_open = 1 AND o2.step_id = st.id ORDER BY o2.priority DESC, o2.step_entered_at, o2.id "
                         "LIMIT ?) WHERE st.workflow_version_id IN (%1)");
    auto open = openLimit > 0
        ? m_db.run(selectCard + QStringLiteral("WHERE o.id IN (%1)").arg(firsts.arg(versions)), {openLimit, data.workflow.workflowId})
        : m_db.run(selectCard + QStringLiteral("WHERE o.is_open = 1 AND o.workflow_version_id IN (%1)").arg(versions),
                   {data.workflow.workflowId});
    if (!open)
        return open.error();
    auto counts = m_db.run(QStringLiteral("SELECT step_id, count(*) FROM work_orders WHERE is_open = 1 "
                                          "AND workflow_version_id IN (%1) GROUP BY step_id").arg(versions),
                           {data.workflow.workflowId});
    if (!counts)
        return counts.error();
    // Orders on an older version appear in the newest version's step of the same name.
    QHash<Id, Id> columnOf;
    auto mapping = m_db.run(QStringLiteral(
        "SELECT old.id, cur.id FROM steps old JOIN steps cur ON cur.name = old.name AND cur.workflow_version_id = ? "
        "WHERE old.workflow_version_id IN (SELECT id FROM workflow_versions WHERE workflow_id = ?)"),
        {data.workflow.id, data.workflow.workflowId});
    if (!mapping)
        return mapping.error();
    while (mapping->next())
        columnOf.insert(mapping->value(0).toLongLong(), mapping->value(1).toLongLong());
    qint64 loaded = 0;
    while (open->next()) {
        BoardCard c = fromRow(*open);
        c.stepId = columnOf.value(c.stepId, c.stepId);
        data.cards.append(c);
        ++loaded;
    }
    qint64 total = 0;
    while (counts->next()) {
        const Id column = columnOf.value(counts->value(0).toLongLong(), counts->value(0).toLongLong());
        data.openCounts[column] += counts->value(1).toLongLong();
        total += counts->value(1).toLongLong();
    }
    data.complete = loaded >= total;

    for (const auto &step : data.workflow.steps) {
        if (isActive(step.kind))
            continue;
        QList<Id> sameStep = columnOf.keys(step.id);
        if (sameStep.isEmpty())
            sameStep << step.id;
        QStringList marks;
        QVariantList values;
        for (Id id : sameStep) {
            marks << QStringLiteral("?");
            values << id;
        }
        const QString in = marks.join(QLatin1Char(','));
        values << closedLimit;
        auto recent = m_db.run(selectCard + QStringLiteral("WHERE o.step_id IN (%1) ORDER BY o.updated_at DESC LIMIT ?").arg(in),
                               values);
        if (!recent)
            return recent.error();
        while (recent->next()) {
            BoardCard c = fromRow(*recent);
            c.stepId = step.id;
            data.cards.append(c);
        }
    }
    return data;
}

Result<QHash<Id, qint64>> BoardService::closedTotals(const WorkflowVersion &workflow) const
{
    QHash<Id, qint64> totals;
    for (const auto &step : workflow.steps) {
        if (isActive(step.kind))
            continue;
        // Kept per step as orders move (schema 18): a few rows, whatever the years of history.
        auto total = m_db.scalar(QStringLiteral("SELECT coalesce(sum(t.orders), 0) FROM step_orders t JOIN steps s ON s.id = t.step_id "
                                                "JOIN workflow_versions v ON v.id = s.workflow_version_id "
                                                "WHERE v.workflow_id = ? AND s.name = ?"),
                                 {workflow.workflowId, step.name});
        if (!total)
            return total.error();
        totals.insert(step.id, total->toLongLong());
    }
    return totals;
}

Result<BoardCard> BoardService::card(Id orderId) const
{
    auto q = m_db.run(selectCard + QStringLiteral("WHERE o.id = ?"), {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no work order with id %1.").arg(orderId));
    return fromRow(*q);
}

Result<std::optional<BoardCard>> BoardService::cardOn(const WorkflowVersion &workflow, Id orderId) const
{
    auto c = card(orderId);
    if (!c)
        return c.error();
    // Its step's process map, and the newest version's step of the same name (itself when it is there).
    auto q = m_db.run(QStringLiteral("SELECT v.workflow_id, cur.id FROM steps st "
                                     "JOIN workflow_versions v ON v.id = st.workflow_version_id "
                                     "LEFT JOIN steps cur ON cur.name = st.name AND cur.workflow_version_id = ? "
                                     "WHERE st.id = ?"),
                      {workflow.id, c->stepId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toLongLong() != workflow.workflowId)
        return std::optional<BoardCard>();
    if (!q->value(1).isNull())
        c->stepId = q->value(1).toLongLong();
    else if (!c->open)
        return std::optional<BoardCard>();  // closed in a step the map no longer has: no column shows it
    return std::optional<BoardCard>(*c);
}

} // namespace ordo
