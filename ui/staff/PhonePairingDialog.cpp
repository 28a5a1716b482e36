#include "ui/staff/PhonePairingDialog.h"
#include "ui/print/QrCode.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace ordo {

namespace {

// The QR code of `text`, with its quiet zone, as large as the widget lets it be.
class QrWidget final : public QWidget
{
public:
    QrWidget(const QString &text, QWidget *parent) : QWidget(parent), m_text(text)
    {
        setMinimumSize(220, 220);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const qreal side = qMin(width(), height());
        const QRectF square((width() - side) / 2, (height() - side) / 2, side, side);
        p.fillRect(square, Qt::white);
        // The quiet zone: a tenth of the side on each edge, more than the four modules a symbol needs.
        const qreal margin = side / 10;
        paintQrCode(p, square.adjusted(margin, margin, -margin, -margin), m_text);
    }

private:
    QString m_text;
};

} // namespace

QString PhonePairingDialog::pairingUrl(const QString &address, const QString &code)
{
    QString base = address.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/tech/#pair=%2").arg(base, code);
}

PhonePairingDialog::PhonePairingDialog(const QString &personName, const QString &address, const PairingCode &code,
                                       QWidget *parent)
    : QDialog(parent), m_url(pairingUrl(address, code.code)), m_code(code.code)
{
    setObjectName(QStringLiteral("phonePairingDialog"));
    setWindowTitle(tr("Pair a phone for %1").arg(personName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Scan this code with the phone's camera, or open %1 on the phone and type the code.")
                                 .arg(pairingUrl(address, QString()).section(QLatin1Char('#'), 0, 0)),
                             this);
    intro->setWordWrap(true);
    auto *qr = new QrWidget(m_url, this);
    qr->setObjectName(QStringLiteral("pairingQr"));
    qr->setToolTip(m_url);
    auto *codeLabel = new QLabel(code.code, this);
    codeLabel->setObjectName(QStringLiteral("pairingCode"));
    codeLabel->setAlignment(Qt::AlignCenter);
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    codeLabel->setFont(big);
    const QString until = QLocale().toString(QDateTime::fromSecsSinceEpoch(code.expiresAt).time(), QStringLiteral("HH:mm"));
    auto *validity = new QLabel(tr("Valid until %1, once only.").arg(until), this);
    validity->setObjectName(QStringLiteral("pairingValidUntil"));
    validity->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(intro);
    layout->addWidget(qr, 1);
    layout->addWidget(codeLabel);
    layout->addWidget(validity);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 460);
}

} // namespace ordo
