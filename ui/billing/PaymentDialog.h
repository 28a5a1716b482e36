#pragma once

#include "core/billing/Invoice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ordo {

// Money received on an issued invoice (or given back on a credit): how much (what is still owed,
// proposed), how it was paid (transfer, card, cash, Bizum, cheque…) and on which day (today unless
// it came earlier; never a day to come), with an optional note.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PaymentDialog(const Invoice &invoice, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }

    std::optional<Cents> amount() const;
    QString method() const;  // its key: "transfer", "bizum"…
    QDate paidOn() const;
    QString note() const;

public slots:
    void accept() override;

private:
    QLineEdit *m_amount;
    QComboBox *m_method;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace ordo
