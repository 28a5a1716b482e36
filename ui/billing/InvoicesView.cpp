#include "ui/billing/InvoicesView.h"

#include "core/usecases/Company.h"

#include "ui/billing/InvoiceDialog.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/Mailer.h"
#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "ui/common/KeychainSecretStore.h"
#include "ui/common/MessageBox.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {

InvoicesView::InvoicesView(Session session, KeychainSecretStore &secrets, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_secrets(secrets), m_filter(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_more(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("invoicesView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("invoiceFilter"));
    m_filter->addItems({tr("All invoices"), tr("Drafts"), tr("Not paid in full")});
    auto *fromOrder = new QPushButton(tr("Invoice an order…"), this);
    fromOrder->setObjectName(QStringLiteral("invoiceOrder"));
    auto *blank = new QPushButton(tr("Blank invoice…"), this);
    blank->setObjectName(QStringLiteral("blankInvoice"));
    auto *company = new QPushButton(tr("Company and e-mail…"), this);
    company->setObjectName(QStringLiteral("companySettings"));
    bar->addWidget(m_filter);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setPlaceholderText(tr("Search: number, customer or amount"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    bar->addWidget(m_search, 1);
    bar->addStretch(1);
    bar->addWidget(fromOrder);
    bar->addWidget(blank);
    bar->addWidget(company);
    layout->addLayout(bar);
    m_table->setObjectName(QStringLiteral("invoicesTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("Customer"), tr("Order"), tr("Total"), tr("Paid"),
                                        tr("Status"), tr("Payment")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(3, 135);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    // The next page is read when the list is scrolled near its end (or moved there with the keys).
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_pageEnd && value >= m_table->verticalScrollBar()->maximum() - 10)
            fetchMore();
    });
    m_more->setObjectName(QStringLiteral("invoicesMore"));
    m_more->hide();
    layout->addWidget(m_more);
    // The search runs once typing pauses, not at every key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &InvoicesView::reload);
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        reload();
        if (m_table->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });

    connect(m_filter, &QComboBox::currentIndexChanged, this, &InvoicesView::reload);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        open(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(fromOrder, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString number = QInputDialog::getText(this, tr("Invoice an order"), tr("Work order number:"), QLineEdit::Normal,
                                                     WorkOrderService::yearPrefix(m_session.db, Clock::today().year()), &ok);
        if (ok && !number.trimmed().isEmpty())
            invoiceOrder(number);
    });
    connect(blank, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString who = QInputDialog::getText(this, tr("Blank invoice"), tr("Customer (name or phone):"),
                                                  QLineEdit::Normal, QString(), &ok);
        if (ok && !who.trimmed().isEmpty())
            blankInvoice(who);
    });
    connect(company, &QPushButton::clicked, this, [this] {
        CompanySettingsDialog dialog(m_session, m_secrets, this);
        dialog.exec();
    });
    connect(&m_session.db.notifier(), &ChangeNotifier::orderChanged, this, &InvoicesView::reload);
    connect(&m_session.db.notifier(), &ChangeNotifier::invoicesChanged, this, &InvoicesView::reload);
    reload();
}

InvoiceFilter InvoicesView::currentFilter() const
{
    InvoiceFilter filter;
    filter.limit = PageSize;
    filter.search = m_search->text();
    if (m_filter->currentIndex() == 1)
        filter.status = InvoiceStatus::Draft;
    filter.unpaidOnly = m_filter->currentIndex() == 2;
    return filter;
}

void InvoicesView::reload()
{
    const InvoiceFilter filter = currentFilter();
    auto page = InvoiceQueries(m_session.db).page(filter);
    if (!page) {
        MessageBox::warning(this, tr("Invoices"), page.error().message);
        return;
    }
    m_table->setRowCount(0);
    m_pageEnd.reset();
    appendRows(*page);
    if (!filter.search.trimmed().isEmpty() && page->isEmpty())
        m_more->setText(tr("No invoice matches “%1”.").arg(filter.search.trimmed()));
    else
        m_more->clear();
    m_more->setVisible(!m_more->text().isEmpty());
}

void InvoicesView::fetchMore()
{
    if (!m_pageEnd)
        return;
    auto page = InvoiceQueries(m_session.db).page(currentFilter(), m_pageEnd);
    if (!page) {
        m_pageEnd.reset();  // no more pages asked for until a reload; the user is told why the list ends here
        m_more->setText(tr("The rest of the invoices could not be read: %1").arg(page.error().message));
        m_more->show();
        return;
    }
    appendRows(*page);
}

void InvoicesView::appendRows(const QList<Invoice> &page)
{
    const qint64 now = Clock::nowSecs();
    m_table->setUpdatesEnabled(false);
    for (const auto &i : page) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{i.number.isEmpty() ? tr("(draft)") : i.number,
                                i.issuedAt ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*i.issuedAt).toLocalTime().date(),
                                                                QLocale::ShortFormat)
                                           : QString(),
                                i.customerName, i.orderNumber, i.isDraft() ? QString() : money::formatEuros(i.totals.total),
                                i.isDraft() ? QString() : money::formatEuros(i.paid), displayName(i.status),
                                i.isDraft() ? QString() : displayName(i.paymentState(now))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 4 || c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 7 && i.paymentState(now) == PaymentState::Overdue && !i.isDraft())
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, i.id);
    }
    m_table->setUpdatesEnabled(true);
    if (page.size() < PageSize)
        m_pageEnd.reset();
    else
        m_pageEnd = InvoiceQueries::endOf(page.last());
}

bool InvoicesView::invoiceOrder(const QString &orderNumber)
{
    auto order = WorkOrderService(m_session.db).findByNumber(orderNumber);
    if (!order) {
        MessageBox::warning(this, tr("Invoice an order"), order.error().message);
        return false;
    }
    auto draft = InvoiceDrafts(m_session.db).createFromOrder(order->id, m_session.actor);
    if (!draft) {
        MessageBox::warning(this, tr("Invoice an order"), draft.error().message);
        return false;
    }
    reload();
    open(draft->id);
    return true;
}

bool InvoicesView::blankInvoice(const QString &customer)
{
    auto found = CustomerRepository(m_session.db).search(customer, 2);
    if (!found || found->isEmpty()) {
        MessageBox::warning(this, tr("Blank invoice"), found ? tr("No customer matches “%1”.").arg(customer) : found.error().message);
        return false;
    }
    if (found->size() > 1) {
        MessageBox::warning(this, tr("Blank invoice"), tr("More than one customer matches “%1”; type more of the name or the phone.")
                                                           .arg(customer));
        return false;
    }
    auto draft = InvoiceDrafts(m_session.db).createBlank(found->first().id, m_session.actor);
    if (!draft) {
        MessageBox::warning(this, tr("Blank invoice"), draft.error().message);
        return false;
    }
    reload();
    open(draft->id);
    return true;
}

void InvoicesView::open(Id invoiceId)
{
    InvoiceDialog dialog(m_session, m_secrets, invoiceId, this);
    dialog.exec();
    reload();
}

CompanySettingsDialog::CompanySettingsDialog(Session session, KeychainSecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_session(session), m_db(session.db), m_secrets(secrets)
{
    setObjectName(QStringLiteral("companySettingsDialog"));
    setWindowTitle(tr("Company and e-mail"));
    auto *form = new QFormLayout(this);
    const CompanyProfile c = CompanyProfiles(m_db).load();
    const SmtpSettings smtp = SmtpSettings::load(m_db);
    const QList<std::tuple<QString, QString, QString>> fields{
        {QStringLiteral("legalName"), tr("Legal name:"), c.legalName},
        {QStringLiteral("taxId"), tr("Tax ID (NIF/CIF):"), c.taxId},
        {QStringLiteral("address"), tr("Address:"), c.address},
        {QStringLiteral("postcode"), tr("Postcode:"), c.postcode},
        {QStringLiteral("city"), tr("City:"), c.city},
        {QStringLiteral("phone"), tr("Phone:"), c.phone},
        {QStringLiteral("email"), tr("E-mail:"), c.email},
        {QStringLiteral("iban"), tr("IBAN:"), c.iban},
        {QStringLiteral("paymentDays"), tr("Days to pay:"), QString::number(c.paymentDays)},
        {QStringLiteral("paymentTerms"), tr("Payment terms text:"), c.paymentTerms},
        {QStringLiteral("footer"), tr("Invoice footer:"), c.footer},
        {QStringLiteral("series"), tr("Invoice series prefix:"), c.series},
        {QStringLiteral("rectifyingSeries"), tr("Rectifying series prefix:"), c.rectifyingSeries},
        {QStringLiteral("smtpHost"), tr("Mail server:"), smtp.host},
        {QStringLiteral("smtpPort"), tr("Port:"), QString::number(smtp.port)},
        {QStringLiteral("smtpUser"), tr("User:"), smtp.user},
        {QStringLiteral("smtpPassword"), tr("Password:"), QString()},
        {QStringLiteral("smtpFrom"), tr("Sender address:"), smtp.from}};
    for (const auto &[key, label, value] : fields) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(key);
        form->addRow(label, edit);
        m_fields.insert(key, edit);
    }
    m_password = m_fields.value(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    // Where the password is, so that nobody looks for it in the database (or in a backup of it).
    auto *place = new QLabel(tr("The password is kept in %1, not in the company's database.").arg(m_secrets.location()), this);
    place->setObjectName(QStringLiteral("smtpPasswordPlace"));
    place->setWordWrap(true);
    form->addRow(QString(), place);

    // The keyring may take a moment, or ask the user to unlock it first: the dialog does not wait.
    auto key = SmtpSettings::passwordKey(m_db);
    if (!key) {
        m_password->setEnabled(false);
        m_password->setPlaceholderText(key.error().message);
        m_passwordRead = true;
    } else {
        m_passwordKey = *key;
        m_password->setPlaceholderText(tr("Reading…"));
        m_secrets.read(*key, this, [this](const Result<QString> &stored) {
            m_passwordRead = true;
            if (!stored) {
                m_password->setPlaceholderText(tr("Could not be read: %1").arg(stored.error().message));
                m_password->setToolTip(stored.error().message);
                return;
            }
            m_storedPassword = *stored;
            m_password->setPlaceholderText(QString());
            if (!m_password->isModified())
                m_password->setText(m_storedPassword);
        });
    }

    m_logo = c.logoPng;
    auto *logo = new QPushButton(m_logo.isEmpty() ? tr("Choose a logo…") : tr("Change the logo…"), this);
    logo->setObjectName(QStringLiteral("companyLogo"));
    form->addRow(tr("Logo:"), logo);
    connect(logo, &QPushButton::clicked, this, [this, logo] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
        if (path.isEmpty())
            return;
        QImage image(path);
        if (image.isNull()) {
            MessageBox::warning(this, tr("Logo"), tr("%1 is not an image Ordo can read.").arg(path));
            return;
        }
        // Kept small: it is printed about 5 cm wide.
        image = image.scaled(600, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QBuffer buffer(&m_logo);
        buffer.open(QIODevice::WriteOnly);
        m_logo.clear();
        image.save(&buffer, "PNG");
        logo->setText(tr("Change the logo…"));
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompanySettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CompanySettingsDialog::save()
{
    CompanyProfile c = CompanyProfiles(m_db).load();
    auto text = [this](const char *key) { return m_fields.value(QLatin1String(key))->text(); };
    c.legalName = text("legalName");
    c.taxId = text("taxId");
    c.address = text("address");
    c.postcode = text("postcode");
    c.city = text("city");
    c.phone = text("phone");
    c.email = text("email");
    c.iban = text("iban");
    bool ok = false;
    c.paymentDays = text("paymentDays").toInt(&ok);
    if (!ok) {
        MessageBox::warning(this, tr("Company"), tr("Days to pay must be a whole number."));
        return;
    }
    c.paymentTerms = text("paymentTerms");
    c.footer = text("footer");
    c.series = text("series");
    c.rectifyingSeries = text("rectifyingSeries");
    c.logoPng = m_logo;
    SmtpSettings smtp = SmtpSettings::load(m_db);
    smtp.host = text("smtpHost");
    smtp.port = text("smtpPort").toInt();
    smtp.user = text("smtpUser");
    smtp.from = text("smtpFrom");
    smtp.passwordStored = m_passwordWritten;

    const QString password = m_password->text();
    if (!m_passwordKey || !m_password->isModified() || password == m_storedPassword) {
        saveSettings(c, smtp);
        return;
    }
    // The store is written first, so the permission is checked first: a refused person changes nothing.
    if (auto allowed = authorize(m_session.actor, Permission::ManageCompany); !allowed) {
        MessageBox::warning(this, tr("Company"), allowed.error().message);
        return;
    }
    m_buttons->setEnabled(false);
    auto written = [this, c, smtp, password](const Result<void> &stored) mutable {
        m_buttons->setEnabled(true);
        if (!stored) {
            MessageBox::warning(this, tr("Company"), tr("The mail password could not be kept, so nothing was saved: %1")
                                                         .arg(stored.error().message));
            return;
        }
        m_storedPassword = password;
        m_password->setModified(false);
        m_passwordWritten = smtp.passwordStored = true;
        saveSettings(c, smtp);
    };
    if (password.isEmpty())
        m_secrets.remove(*m_passwordKey, this, written);
    else
        m_secrets.write(*m_passwordKey, password, this, written);
}

void CompanySettingsDialog::saveSettings(const CompanyProfile &profile, const SmtpSettings &smtp)
{
    auto saved = saveCompanySettings(m_db, profile, smtp, m_session.actor);
    if (!saved) {
        MessageBox::warning(this, tr("Company"), saved.error().message);
        return;
    }
    // Told once: without a keyring the password is in a file, and the user should know which.
    if (const QString notice = m_secrets.takeFallbackNotice(); !notice.isEmpty())
        MessageBox::information(this, tr("Company"), notice);
    accept();
}

} // namespace ordo
