#pragma once

#include "core/reports/MyDay.h"
#include "ui/common/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QTimer;

namespace ordo {

// "Mi día": what needs the signed-in person today (MyDayReport), in five short lists — their
// orders past target, their visits, their reviews due, the invoices to issue and to chase — each
// item one click from its place. Read when shown and again when something changes while it is
// shown. Each person may make it the page Ordo opens on (a preference of this PC, per person).
class MyDayView final : public QWidget
{
    Q_OBJECT

public:
    explicit MyDayView(Session session, QWidget *parent = nullptr);

    void reload();
    const MyDay &shown() const { return m_day; }

    // Whether `staffId` chose to start on My day (this PC's preference).
    static bool isStartPage(Id staffId);
    static void setStartPage(Id staffId, bool on);

signals:
    void openOrderRequested(ordo::Id orderId);
    void openReviewRequested(ordo::Id planId);
    void openInvoiceRequested(ordo::Id invoiceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *addSection(const char *name, QLabel **heading);
    void fill(QListWidget *list, QLabel *heading, const QString &title, const QList<MyDayItem> &items, int total,
              const QString &empty);
    void open(const MyDayItem &item);
    void changed();

    Session m_session;
    MyDay m_day;
    bool m_dirty = true;
    QLabel *m_title;
    QLabel *m_error;
    QCheckBox *m_startHere;
    QTimer *m_refresh;
    QLabel *m_overdueHeading = nullptr;
    QLabel *m_visitsHeading = nullptr;
    QLabel *m_reviewsHeading = nullptr;
    QLabel *m_toIssueHeading = nullptr;
    QLabel *m_toChaseHeading = nullptr;
    QListWidget *m_overdue;
    QListWidget *m_visits;
    QListWidget *m_reviews;
    QListWidget *m_toIssue;
    QListWidget *m_toChase;
    QWidget *m_reviewsBox = nullptr;
    QWidget *m_invoicesBox = nullptr;
};

} // namespace ordo
