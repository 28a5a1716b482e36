#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;

namespace ordo {

class Database;

// A customer's fields, the same wherever a customer is typed in: the Customers page, a new call and
// a new order's new customer. One set of object names (customerName, customerPhone … customerError),
// one set of messages, one way to read what the caller typed.
class CustomerForm final : public QWidget
{
    Q_OBJECT

public:
    // Full: every field, one a row (the Customers page). Compact: what a first call gives (name,
    // phone, e-mail, address, postcode and city) for a customer created with a call or an order.
    enum class Layout { Full, Compact };

    CustomerForm(Database &db, Layout layout, QWidget *parent = nullptr);

    // The customer being edited. customer() is it with what was typed: its id, version and the
    // fields this layout does not show are kept.
    void setCustomer(const Customer &customer);
    Customer customer() const;
    // What was typed where the caller is looked for: something like a phone number fills the
    // phone, anything else the name, each only when still empty.
    void takeSearchText(const QString &typed);
    void focusName();
    // The fields (not their labels) take input or not: nothing chosen yet on the Customers page.
    void setFieldsEnabled(bool on);

    // False, with the reason under the fields, when the customer cannot be saved as typed.
    bool validate();
    // Why the customer was not saved (the core's words), under the fields; hidden by clearError().
    void showError(const QString &message);
    void clearError();
    // Warn when the typed phone or e-mail already belongs to another customer (off by default).
    void setDuplicateCheck(bool on) { m_duplicateCheck = on; }
    void checkDuplicates();

    static bool looksLikePhone(const QString &text);
    // A customer on one line, as lists of customers show one: name · phone · address, city.
    static QString describe(const Customer &customer);

signals:
    // The user typed in a field.
    void edited();
    // The user left the postcode field: what is near it may have changed.
    void postcodeEntered();
    // The user chose an existing customer from the duplicate warning.
    void existingCustomerChosen(ordo::Id customerId);

private:
    QLineEdit *addLine(const char *objectName);
    void buildFull();
    void buildCompact();

    Database &m_db;
    const Layout m_layout;
    Customer m_customer;
    bool m_duplicateCheck = false;
    bool m_filling = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_taxId = nullptr;      // Full only
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_phone2 = nullptr;     // Full only
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QPlainTextEdit *m_notes = nullptr; // Full only
    QComboBox *m_language = nullptr;   // Full only: the language of their invoices and mails
    QLabel *m_duplicates = nullptr;    // Compact only
    QLabel *m_error = nullptr;
};

} // namespace ordo
