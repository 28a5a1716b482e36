#pragma once

#include "common/Session.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace ordo {

// Every invoice: drafts first, then issued ones newest first, with what is still owed. A filter for
// drafts or unpaid; a new invoice from a work order; double-click opens it.
class InvoicesView final : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesView(Session session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Makes (or finds) the draft of an order's invoice and opens it.
    bool invoiceOrder(const QString &orderNumber);
    // A draft with no lines for the one customer matching `customer` (name or phone).
    bool blankInvoice(const QString &customer);

public slots:
    void reload();

private:
    void open(Id invoiceId);

    Session m_session;
    QComboBox *m_filter;
    QTableWidget *m_table;
};

// Settings › Company: the data printed on invoices, and the mail server.
class CompanySettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CompanySettingsDialog(Session session, QWidget *parent = nullptr);
    bool save();

private:
    Session m_session;
    Database &m_db;
    QHash<QString, QLineEdit *> m_fields;
    QByteArray m_logo;
};

} // namespace ordo
