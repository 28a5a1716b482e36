#include "ui/main/MyDayView.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {

namespace {

constexpr int ItemRole = Qt::UserRole + 1;

QString startPageKey(Id staffId)
{
    return QStringLiteral("myDay/startPage/%1").arg(staffId);
}

} // namespace

MyDayView::MyDayView(Session session, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_title(new QLabel(this)), m_error(new QLabel(this)),
      m_startHere(new QCheckBox(tr("Open Ordo on My day"), this)), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("myDayView"));
    m_title->setObjectName(QStringLiteral("myDayTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_error->setObjectName(QStringLiteral("myDayError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    m_startHere->setObjectName(QStringLiteral("myDayStartHere"));
    m_startHere->setToolTip(tr("Each person chooses it for themselves, on this PC. The board stays at Ctrl+1."));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("myDayRefresh"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_startHere);
    top->addWidget(refresh);

    m_overdue = addSection("myDayOverdue", &m_overdueHeading);
    m_visits = addSection("myDayVisits", &m_visitsHeading);
    m_reviews = addSection("myDayReviews", &m_reviewsHeading);
    m_toIssue = addSection("myDayToIssue", &m_toIssueHeading);
    m_toChase = addSection("myDayToChase", &m_toChaseHeading);
    auto box = [this](QLabel *heading, QListWidget *list) {
        auto *w = new QWidget(this);
        auto *column = new QVBoxLayout(w);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(heading);
        column->addWidget(list, 1);
        return w;
    };
    // Two columns: the person's own work on the left, the office's on the right.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addWidget(box(m_overdueHeading, m_overdue), 0, 0);
    grid->addWidget(box(m_visitsHeading, m_visits), 1, 0);
    m_reviewsBox = box(m_reviewsHeading, m_reviews);
    grid->addWidget(m_reviewsBox, 2, 0);
    m_invoicesBox = new QWidget(this);
    auto *invoices = new QVBoxLayout(m_invoicesBox);
    invoices->setContentsMargins(0, 0, 0, 0);
    invoices->addWidget(box(m_toIssueHeading, m_toIssue), 1);
    invoices->addWidget(box(m_toChaseHeading, m_toChase), 1);
    grid->addWidget(m_invoicesBox, 0, 1, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(grid, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(200);   // several changes at once are read once
    connect(m_refresh, &QTimer::timeout, this, &MyDayView::reload);
    connect(refresh, &QPushButton::clicked, this, &MyDayView::reload);
    connect(m_startHere, &QCheckBox::toggled, this, [this](bool on) {
        if (m_session.actor.staffId)
            setStartPage(*m_session.actor.staffId, on);
    });
    m_startHere->setEnabled(m_session.actor.staffId.has_value());
    if (m_session.actor.staffId)
        m_startHere->setChecked(isStartPage(*m_session.actor.staffId));

    ChangeNotifier &n = m_session.db.notifier();
    connect(&n, &ChangeNotifier::orderChanged, this, &MyDayView::changed);
    connect(&n, &ChangeNotifier::ordersReset, this, &MyDayView::changed);
    connect(&n, &ChangeNotifier::invoicesChanged, this, &MyDayView::changed);
    connect(&n, &ChangeNotifier::reviewsChanged, this, &MyDayView::changed);
    connect(&n, &ChangeNotifier::workflowChanged, this, &MyDayView::changed);
}

QListWidget *MyDayView::addSection(const char *name, QLabel **heading)
{
    auto *list = new QListWidget(this);
    list->setObjectName(QLatin1String(name));
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    *heading = new QLabel(this);
    (*heading)->setObjectName(QLatin1String(name) + QStringLiteral("Heading"));
    QFont bold = (*heading)->font();
    bold.setBold(true);
    (*heading)->setFont(bold);
    // One click (or Enter) opens the item where it lives.
    auto activate = [this](QListWidgetItem *item) {
        if (!item || !item->data(ItemRole).isValid())
            return;
        open(item->data(ItemRole).value<MyDayItem>());
    };
    connect(list, &QListWidget::itemClicked, this, activate);
    connect(list, &QListWidget::itemActivated, this, activate);
    return list;
}

bool MyDayView::isStartPage(Id staffId)
{
    return QSettings().value(startPageKey(staffId), false).toBool();
}

void MyDayView::setStartPage(Id staffId, bool on)
{
    QSettings().setValue(startPageKey(staffId), on);
}

void MyDayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void MyDayView::changed()
{
    m_dirty = true;
    if (isVisible())
        m_refresh->start();
}

void MyDayView::reload()
{
    m_dirty = false;
    const qint64 now = Clock::nowSecs();
    //: The page's title: "Mi día — martes, 1 de diciembre".
    m_title->setText(tr("My day — %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(now).toLocalTime().date(),
                                                              QStringLiteral("dddd, d MMMM"))));
    auto day = MyDayReport(m_session.db).load(m_session.actor, now);
    if (!day) {
        m_error->setText(day.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_day = *day;
    if (!m_session.actor.staffId) {
        m_error->setText(tr("Sign in to see your day: My day shows what needs the person who is working."));
        m_error->show();
    }
    fill(m_overdue, m_overdueHeading, tr("My orders past their target"), m_day.overdue, m_day.overdueTotal,
         tr("None of your orders is late."));
    fill(m_visits, m_visitsHeading, tr("My visits today"), m_day.visits, int(m_day.visits.size()), tr("No visits today."));
    fill(m_reviews, m_reviewsHeading, tr("My reviews due"), m_day.reviews, int(m_day.reviews.size()), tr("No review is due."));
    fill(m_toIssue, m_toIssueHeading, tr("Invoices to issue"), m_day.toIssue, m_day.toIssueTotal, tr("No drafts waiting."));
    fill(m_toChase, m_toChaseHeading, tr("Invoices to chase"), m_day.toChase, m_day.toChaseTotal,
         tr("No invoice is past due."));
    m_reviewsBox->setVisible(m_day.showsReviews);
    m_invoicesBox->setVisible(m_day.showsInvoices);
}

void MyDayView::fill(QListWidget *list, QLabel *heading, const QString &title, const QList<MyDayItem> &items, int total,
                     const QString &empty)
{
    heading->setText(total > items.size() ? tr("%1 (%2, the first %3 shown)").arg(title).arg(total).arg(items.size())
                                          : tr("%1 (%2)").arg(title).arg(total));
    list->clear();
    if (items.isEmpty()) {
        auto *none = new QListWidgetItem(empty, list);
        none->setFlags(Qt::NoItemFlags);
        none->setForeground(list->palette().color(QPalette::Disabled, QPalette::Text));
        return;
    }
    for (const MyDayItem &item : items) {
        auto *row = new QListWidgetItem(item.title + QLatin1Char('\n') + item.detail, list);
        row->setData(ItemRole, QVariant::fromValue(item));
        row->setToolTip(item.detail);
    }
}

void MyDayView::open(const MyDayItem &item)
{
    switch (item.kind) {
    case MyDayItem::Kind::Review:
        emit openReviewRequested(item.id);
        break;
    case MyDayItem::Kind::InvoiceToIssue:
    case MyDayItem::Kind::InvoiceToChase:
        emit openInvoiceRequested(item.id);
        break;
    case MyDayItem::Kind::OverdueOrder:
    case MyDayItem::Kind::Visit:
        emit openOrderRequested(item.orderId);
        break;
    }
}

} // namespace ordo
