#pragma once

#include "core/billing/InvoiceQueries.h"
#include "core/billing/Mailer.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ordo {

class KeychainSecretStore;
struct CompanyProfile;

// The invoices: drafts first, then issued ones newest first, with what is still owed, read a page
// at a time as the list is scrolled (keyset paging, never the whole table), and a search (number,
// customer or amount, run in the database). A filter for drafts or unpaid; a new invoice from a
// work order; double-click opens it.
class InvoicesView final : public QWidget
{
    Q_OBJECT

public:
    InvoicesView(Session session, KeychainSecretStore &secrets, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    // Makes (or finds) the draft of an order's invoice and opens it.
    bool invoiceOrder(const QString &orderNumber);
    // A draft with no lines for the one customer matching `customer` (name or phone).
    bool blankInvoice(const QString &customer);
    // Opens an invoice in its window (My day's invoices to issue and chase).
    void open(Id invoiceId);
    static constexpr int PageSize = 100;
    // Whether every invoice of the list has been read (the last page was short).
    bool complete() const { return !m_pageEnd; }

public slots:
    void reload();
    // Reads and shows the next page, if there is one.
    void fetchMore();

private:
    InvoiceFilter currentFilter() const;
    void appendRows(const QList<Invoice> &page);

    Session m_session;
    KeychainSecretStore &m_secrets;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QLabel *m_more;
    QTableWidget *m_table;
    std::optional<InvoicePageEnd> m_pageEnd;  // where the rows shown end, while more may follow
};

// Settings › Company: the data printed on invoices, and the mail server. Its password is kept in
// the secret store (the keyring), not in the database: it is read when the dialog opens, and
// written before the rest is saved, both without blocking the window.
class CompanySettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    CompanySettingsDialog(Session session, KeychainSecretStore &secrets, QWidget *parent = nullptr);
    // Saves and closes the dialog (accepted), or says why not and stays open. A changed password is
    // written to the store first: when that fails, nothing is saved.
    void save();
    // Whether the stored password has been read (or could not be).
    bool passwordRead() const { return m_passwordRead; }

private:
    void saveSettings(const CompanyProfile &profile, const SmtpSettings &smtp);

    Session m_session;
    Database &m_db;
    KeychainSecretStore &m_secrets;
    QHash<QString, QLineEdit *> m_fields;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<SecretKey> m_passwordKey;
    QString m_storedPassword;
    bool m_passwordRead = false;
    bool m_passwordWritten = false;  // in this dialog: an old clear-text copy goes with the next save
    QByteArray m_logo;
};

} // namespace ordo
