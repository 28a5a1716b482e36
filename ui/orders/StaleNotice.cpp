#include "ui/orders/StaleNotice.h"

#include "ui/common/Palette.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ordo {

StaleNotice::StaleNotice(QWidget *parent) : QWidget(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("staleNotice"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(palette::noticeBar(QStringLiteral("staleNotice"), true));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text->setObjectName(QStringLiteral("staleNoticeText"));
    m_text->setWordWrap(true);
    auto *reload = new QPushButton(tr("Reload"), this);
    reload->setObjectName(QStringLiteral("staleReload"));
    layout->addWidget(m_text, 1);
    layout->addWidget(reload);
    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    hide();
}

void StaleNotice::showChange(const QString &who, std::optional<qint64> at, bool typedHere)
{
    const QString person = who.isEmpty() ? tr("someone") : who;
    if (!at) {
        m_text->setText(tr("Changed by %1 while open here. Reload to see the change.").arg(person));
        show();
        return;
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(*at).toLocalTime();
    const QString day = QLocale().toString(local.date(), QLocale::ShortFormat);
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    m_text->setText(typedHere ? tr("Changed by %1 on %2 at %3 while open here. Reload to see the change; what you "
                                   "typed here and did not save will be replaced.")
                                    .arg(person, day, time)
                              : tr("Changed by %1 on %2 at %3 while open here. Reload to see the change.")
                                    .arg(person, day, time));
    show();
}

} // namespace ordo
