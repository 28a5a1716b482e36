#include "ui/billing/PaymentDialog.h"

#include "core/common/Clock.h"
#include "ui/common/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ordo {

PaymentDialog::PaymentDialog(const Invoice &invoice, QWidget *parent)
    : QDialog(parent), m_amount(new QLineEdit(this)), m_method(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_note(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    const bool refund = invoice.totals.total < 0;
    setWindowTitle(refund ? tr("Record refund — %1").arg(invoice.number) : tr("Record payment — %1").arg(invoice.number));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    // What changed hands, always positive: received, or given back on a credit.
    m_amount->setText(money::formatCents(std::abs(invoice.totals.total - invoice.paid)));
    m_amount->setMinimumWidth(140);
    form->addRow(refund ? tr("&Amount given back (€):") : tr("&Amount received (€):"), m_amount);

    m_method->setObjectName(QStringLiteral("paymentMethod"));
    for (const QString &key : paymentMethods())
        m_method->addItem(paymentMethodName(key), key);
    form->addRow(tr("Paid &by:"), m_method);

    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(Clock::today());  // money is never received on a day still to come
    m_date->setDate(Clock::today());
    m_date->setToolTip(tr("The day the money came in: today, or an earlier day; never a later one."));
    form->addRow(tr("&On:"), m_date);

    m_note->setObjectName(QStringLiteral("paymentNote"));
    m_note->setPlaceholderText(tr("Optional: transfer reference, cheque number…"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("paymentButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(refund ? tr("Record refund") : tr("Record payment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_amount->selectAll();
    m_amount->setFocus();
}

std::optional<Cents> PaymentDialog::amount() const
{
    return money::parseCents(m_amount->text());
}

QString PaymentDialog::method() const
{
    return m_method->currentData().toString();
}

QDate PaymentDialog::paidOn() const
{
    return m_date->date();
}

QString PaymentDialog::note() const
{
    return m_note->text().trimmed();
}

void PaymentDialog::accept()
{
    const auto cents = amount();
    if (!cents || *cents <= 0) {
        m_error->setText(tr("“%1” is not an amount in euros.").arg(m_amount->text()));
        m_error->show();
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ordo
