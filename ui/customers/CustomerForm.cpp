#include "ui/customers/CustomerForm.h"

#include "core/common/DocumentText.h"
#include "core/common/Log.h"
#include "ui/common/Palette.h"
#include "core/people/CustomerRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ordo {

CustomerForm::CustomerForm(Database &db, Layout layout, QWidget *parent) : QWidget(parent), m_db(db), m_layout(layout)
{
    setObjectName(QStringLiteral("customerForm"));
    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("customerDuplicates"));
    m_duplicates->setStyleSheet(palette::warningText());
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_duplicates->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("customerError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    if (layout == Layout::Full)
        buildFull();
    else
        buildCompact();

    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, &CustomerForm::edited);
    if (m_notes)
        connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
    connect(m_postcode, &QLineEdit::editingFinished, this, &CustomerForm::postcodeEntered);
    connect(m_phone, &QLineEdit::textEdited, this, &CustomerForm::checkDuplicates);
    connect(m_phone, &QLineEdit::editingFinished, this, &CustomerForm::checkDuplicates);
    connect(m_email, &QLineEdit::editingFinished, this, &CustomerForm::checkDuplicates);
    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString &link) {
        emit existingCustomerChosen(link.toLongLong());
    });
}

QLineEdit *CustomerForm::addLine(const char *objectName)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QLatin1String(objectName));
    return e;
}

// The Customers page: every field on its own row, with Alt+letter shortcuts.
void CustomerForm::buildFull()
{
    m_name = addLine("customerName");
    m_taxId = addLine("customerTaxId");
    m_phone = addLine("customerPhone");
    m_phone2 = addLine("customerPhone2");
    m_email = addLine("customerEmail");
    m_address = addLine("customerAddress");
    m_postcode = addLine("customerPostcode");
    m_city = addLine("customerCity");
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setMaximumHeight(70);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Tax &ID (NIF):"), m_taxId);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Other phone:"), m_phone2);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Postcode:"), m_postcode);
    form->addRow(tr("City:"), m_city);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("customerLanguage"));
    for (const QString &key : DocumentText::languages())
        m_language->addItem(DocumentText::languageName(key), key);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    form->addRow(tr("Invoices in:"), m_language);
    form->addRow(tr("Notes:"), m_notes);
    outer->addLayout(form);
    outer->addWidget(m_duplicates);
    outer->addWidget(m_error);
}

// A new customer in a call or an order: no Alt+letter shortcuts, which the dialog around uses.
void CustomerForm::buildCompact()
{
    m_name = addLine("customerName");
    m_phone = addLine("customerPhone");
    m_email = addLine("customerEmail");
    m_address = addLine("customerAddress");
    m_postcode = addLine("customerPostcode");
    m_postcode->setMaximumWidth(90);
    m_city = addLine("customerCity");
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Address:"), m_address);
    auto *place = new QHBoxLayout;
    place->addWidget(m_postcode);
    place->addWidget(m_city, 1);
    form->addRow(tr("Postcode, city:"), place);
    form->addRow(m_duplicates);
    outer->addLayout(form);
    outer->addWidget(m_error);
}

void CustomerForm::setCustomer(const Customer &customer)
{
    m_filling = true;
    m_customer = customer;
    m_name->setText(customer.name);
    m_phone->setText(customer.phone);
    m_email->setText(customer.email);
    m_address->setText(customer.address);
    m_postcode->setText(customer.postcode);
    m_city->setText(customer.city);
    if (m_layout == Layout::Full) {
        m_taxId->setText(customer.taxId);
        m_phone2->setText(customer.phone2);
        m_notes->setPlainText(customer.notes);
        m_language->setCurrentIndex(std::max(0, m_language->findData(DocumentText::normalize(customer.language))));
    }
    m_filling = false;
    m_duplicates->hide();
    clearError();
}

Customer CustomerForm::customer() const
{
    Customer c = m_customer;
    c.name = m_name->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.address = m_address->text();
    c.postcode = m_postcode->text();
    c.city = m_city->text();
    if (m_layout == Layout::Full) {
        c.taxId = m_taxId->text();
        c.phone2 = m_phone2->text();
        c.notes = m_notes->toPlainText();
        c.language = m_language->currentData().toString();
    }
    return c;
}

QString CustomerForm::describe(const Customer &c)
{
    QStringList parts{c.name};
    if (!c.phone.isEmpty())
        parts << c.phone;
    if (!c.address.isEmpty())
        parts << c.address + (c.city.isEmpty() ? QString() : QStringLiteral(", ") + c.city);
    return parts.join(QStringLiteral(" · "));
}

bool CustomerForm::looksLikePhone(const QString &text)
{
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && digits * 2 >= text.trimmed().size();
}

void CustomerForm::takeSearchText(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return;
    QLineEdit *field = looksLikePhone(text) ? m_phone : m_name;
    if (field->text().isEmpty())
        field->setText(text);
    checkDuplicates();
}

void CustomerForm::focusName()
{
    m_name->setFocus();
}

void CustomerForm::setFieldsEnabled(bool on)
{
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setEnabled(on);
    if (m_notes)
        m_notes->setEnabled(on);
}

bool CustomerForm::validate()
{
    if (m_name->text().trimmed().isEmpty()) {
        showError(tr("The customer needs a name."));
        m_name->setFocus();
        return false;
    }
    clearError();
    return true;
}

void CustomerForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void CustomerForm::clearError()
{
    m_error->hide();
}

void CustomerForm::checkDuplicates()
{
    if (!m_duplicateCheck || isHidden()) {
        m_duplicates->hide();
        return;
    }
    auto dupes = CustomerRepository(m_db).likelyDuplicates(m_phone->text(), m_email->text(), m_customer.id);
    if (!dupes)  // only a warning is lost: saving goes on as typed
        qCWarning(logUi) << "Looking for customers with the same phone or e-mail failed:" << dupes.error().message;
    if (!dupes || dupes->isEmpty()) {
        m_duplicates->hide();
        return;
    }
    QStringList links;
    for (const auto &c : *dupes)
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(c.id).arg(describe(c).toHtmlEscaped());
    m_duplicates->setText(tr("This phone or e-mail already belongs to: %1. Click to use that customer instead.")
                              .arg(links.join(QStringLiteral(", "))));
    m_duplicates->show();
}

} // namespace ordo
