#include "ui/main/CompanySetupWizard.h"

#include "core/billing/CompanyProfiles.h"
#include "core/domain/TaxIds.h"
#include "ui/common/Palette.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ordo {

namespace {

enum Column { NameColumn, RoleColumn, FromColumn, ToColumn, SaturdayColumn, PostcodesColumn, ColumnCount };

const QList<Role> roles{Role::Reception, Role::Sales, Role::Technician, Role::Admin, Role::Owner};

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(palette::errorText());
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

CompanySetupWizard::CompanySetupWizard(Session session, QWidget *parent)
    : QWizard(parent), m_session(std::move(session)), m_name(new QLineEdit(this)), m_taxId(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_postcode(new QLineEdit(this)), m_city(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_iban(new QLineEdit(this)), m_vat(new QComboBox(this)), m_prefix(new QLineEdit(this)),
      m_logo(new QLabel(this)), m_people(new QTableWidget(0, ColumnCount, this)), m_map(new QButtonGroup(this)),
      m_companyError(errorLabel(this, "setupCompanyError")), m_finishError(errorLabel(this, "setupFinishError"))
{
    setObjectName(QStringLiteral("companySetupWizard"));
    setWindowTitle(tr("Set up the company"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(companyPage());
    addPage(peoplePage());
    addPage(mapPage());
    resize(820, 600);

    // Run again (File › Set up the company…), it starts from what is saved.
    const CompanyProfile c = CompanyProfiles(m_session.db).load();
    m_name->setText(c.legalName);
    m_taxId->setText(c.taxId);
    m_address->setText(c.address);
    m_postcode->setText(c.postcode);
    m_city->setText(c.city);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_iban->setText(c.iban);
    if (const int vat = m_vat->findData(c.defaultVat); vat >= 0)
        m_vat->setCurrentIndex(vat);
    if (!c.logoPng.isEmpty()) {
        m_logoPng = c.logoPng;
        QPixmap logo;
        logo.loadFromData(c.logoPng);
        m_logo->setPixmap(logo.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    if (const QString prefix = CompanySetup(m_session.db).chosenPrefix(); !prefix.isEmpty())
        m_prefix->setText(prefix);
}

QWizardPage *CompanySetupWizard::companyPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your company"));
    page->setSubTitle(tr("As your invoices will print it. Everything can be changed later in Settings › Company and e-mail."));
    const QList<std::pair<QLineEdit *, const char *>> names{{m_name, "setupName"},       {m_taxId, "setupTaxId"},
                                                            {m_address, "setupAddress"}, {m_postcode, "setupPostcode"},
                                                            {m_city, "setupCity"},       {m_phone, "setupPhone"},
                                                            {m_email, "setupEmail"},     {m_iban, "setupIban"},
                                                            {m_prefix, "setupPrefix"}};
    for (const auto &[edit, name] : names)
        edit->setObjectName(QLatin1String(name));
    m_taxId->setPlaceholderText(tr("B12345678"));
    m_iban->setPlaceholderText(tr("ES91 2100 0418 4502 0005 1332"));
    m_postcode->setMaxLength(5);
    m_postcode->setMaximumWidth(90);
    m_vat->setObjectName(QStringLiteral("setupVat"));
    for (int rate : {2100, 1000, 400, 0})
        m_vat->addItem(tr("%1 %").arg(rate / 100), rate);
    //: The order number prefix a new company is offered: Spanish offices write "OT-" (orden de trabajo).
    m_prefix->setText(tr("WO-"));
    m_prefix->setMaxLength(8);
    m_prefix->setMaximumWidth(90);
    m_logo->setObjectName(QStringLiteral("setupLogo"));
    m_logo->setFixedSize(160, 60);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setText(tr("No logo"));
    auto *chooseLogo = new QPushButton(tr("Choose…"), page);
    chooseLogo->setObjectName(QStringLiteral("setupChooseLogo"));
    connect(chooseLogo, &QPushButton::clicked, this, &CompanySetupWizard::chooseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addStretch(1);
    auto *place = new QHBoxLayout;
    place->addWidget(m_postcode);
    place->addWidget(m_city, 1);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Legal name:"), m_name);
    form->addRow(tr("Tax ID (NIF/CIF):"), m_taxId);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Postcode and town:"), place);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("IBAN (printed on invoices):"), m_iban);
    form->addRow(tr("Usual VAT rate:"), m_vat);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Order numbers start with:"), m_prefix);
    form->addRow(m_companyError);
    return page;
}

QWizardPage *CompanySetupWizard::peoplePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The people"));
    page->setSubTitle(tr("Who works with you, with their hours and, for visits, the postcodes they cover (the first digits: 280, "
                         "281). Each gets an account; passwords and PINs are set in Settings › Accounts and permissions."));
    m_people->setObjectName(QStringLiteral("setupPeople"));
    m_people->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("From"), tr("To"), tr("Saturdays"), tr("Postcodes")});
    m_people->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_people->horizontalHeader()->setSectionResizeMode(PostcodesColumn, QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add a person"), page);
    add->setObjectName(QStringLiteral("setupAddPerson"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("setupRemovePerson"));
    connect(add, &QPushButton::clicked, this, [this] {
        StaffMember p;
        p.role = Role::Technician;
        addPersonRow(p);
        m_people->setCurrentCell(m_people->rowCount() - 1, NameColumn);
        m_people->editItem(m_people->item(m_people->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_people->currentRow() >= 0)
            m_people->removeRow(m_people->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(page);
    column->addWidget(m_people, 1);
    column->addLayout(buttons);
    column->addWidget(note(tr("You can leave this for later and add people in Staff."), page));
    return page;
}

QWizardPage *CompanySetupWizard::mapPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your process"));
    page->setSubTitle(tr("The steps an order goes through, from the call to the payment. Start from the one closest to your "
                         "work; you can change it at any time in Process."));
    auto *column = new QVBoxLayout(page);
    const struct
    {
        CompanySetupData::Map map;
        const char *name;
        QString title;
        QString words;
    } options[] = {
        {CompanySetupData::Map::WindowInstallation, "setupMapWindows", tr("Window installation"),
         tr("Call, estimate visit, quote, installation booked, work, invoice, paid.")},
        {CompanySetupData::Map::Repairs, "setupMapRepairs", tr("Repairs and maintenance"),
         tr("Call, the technician's visit, work, invoice, paid — no quote.")},
        {CompanySetupData::Map::Blank, "setupMapBlank", tr("Minimal, to build my own"),
         tr("Call, work completed, invoice, paid: add your own steps in Process.")},
    };
    for (const auto &o : options) {
        auto *radio = new QRadioButton(o.title, page);
        radio->setObjectName(QLatin1String(o.name));
        m_map->addButton(radio, static_cast<int>(o.map));
        auto *words = note(o.words, page);
        words->setIndent(24);
        column->addWidget(radio);
        column->addWidget(words);
    }
    m_map->button(static_cast<int>(CompanySetupData::Map::WindowInstallation))->setChecked(true);
    column->addStretch(1);
    column->addWidget(m_finishError);
    return page;
}

void CompanySetupWizard::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        m_companyError->setText(tr("%1 is not an image Ordo can read (PNG or JPEG).").arg(QDir::toNativeSeparators(path)));
        m_companyError->show();
        return;
    }
    // Kept small: it is printed at the top of each invoice.
    if (image.width() > 600 || image.height() > 300)
        image = image.scaled(600, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logoPng);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logo->setPixmap(QPixmap::fromImage(image).scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_companyError->hide();
}

void CompanySetupWizard::addPersonRow(const StaffMember &person)
{
    const int row = m_people->rowCount();
    m_people->insertRow(row);
    m_people->setItem(row, NameColumn, new QTableWidgetItem(person.name));
    auto *role = new QComboBox(m_people);
    for (Role r : roles)
        role->addItem(displayName(r), static_cast<int>(r));
    role->setCurrentIndex(std::max(0, int(roles.indexOf(person.role))));
    m_people->setCellWidget(row, RoleColumn, role);
    auto time = [this](int minute) {
        auto *edit = new QTimeEdit(QTime(minute / 60, minute % 60), m_people);
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        return edit;
    };
    m_people->setCellWidget(row, FromColumn, time(person.hours.startMinute));
    m_people->setCellWidget(row, ToColumn, time(person.hours.endMinute));
    auto *saturday = new QTableWidgetItem;
    saturday->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    saturday->setCheckState(person.hours.days & (1 << 5) ? Qt::Checked : Qt::Unchecked);
    m_people->setItem(row, SaturdayColumn, saturday);
    m_people->setItem(row, PostcodesColumn, new QTableWidgetItem(person.territory.join(QStringLiteral(", "))));
}

CompanySetupData CompanySetupWizard::data() const
{
    CompanySetupData d;
    CompanyProfile &c = d.company;
    c.legalName = m_name->text().trimmed();
    c.taxId = normalizeTaxId(m_taxId->text());
    c.address = m_address->text().trimmed();
    c.postcode = m_postcode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.iban = m_iban->text().trimmed().isEmpty() ? QString() : formatIban(m_iban->text());
    c.defaultVat = static_cast<BasisPoints>(m_vat->currentData().toInt());
    c.logoPng = m_logoPng;
    d.orderPrefix = m_prefix->text().trimmed();
    for (int row = 0; row < m_people->rowCount(); ++row) {
        StaffMember p;
        p.name = m_people->item(row, NameColumn) ? m_people->item(row, NameColumn)->text().trimmed() : QString();
        if (p.name.isEmpty())
            continue;   // an empty row added by mistake
        p.role = static_cast<Role>(static_cast<QComboBox *>(m_people->cellWidget(row, RoleColumn))->currentData().toInt());
        const QTime from = static_cast<QTimeEdit *>(m_people->cellWidget(row, FromColumn))->time();
        const QTime to = static_cast<QTimeEdit *>(m_people->cellWidget(row, ToColumn))->time();
        p.hours.startMinute = from.hour() * 60 + from.minute();
        p.hours.endMinute = to.hour() * 60 + to.minute();
        p.hours.days = 0b0011111 | (m_people->item(row, SaturdayColumn)->checkState() == Qt::Checked ? (1 << 5) : 0);
        for (const QString &code : m_people->item(row, PostcodesColumn)->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                                                     Qt::SkipEmptyParts))
            p.territory << code.trimmed();
        d.people << p;
    }
    d.map = static_cast<CompanySetupData::Map>(std::max(0, m_map->checkedId()));
    return d;
}

bool CompanySetupWizard::validateCurrentPage()
{
    const int page = currentId();
    if (page == 0) {
        // The company's data is checked where it is typed, before going on.
        QString problem;
        if (m_name->text().trimmed().isEmpty())
            problem = tr("Write the company's legal name, as invoices print it.");
        else if (const QString tax = taxIdProblem(m_taxId->text()); !tax.isEmpty())
            problem = tax;
        else if (!m_iban->text().trimmed().isEmpty())
            problem = ibanProblem(m_iban->text());
        if (problem.isEmpty())
            problem = CompanySetup::prefixProblem(m_prefix->text().trimmed());
        m_companyError->setText(problem);
        m_companyError->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    if (nextId() == -1) {
        auto applied = CompanySetup(m_session.db).apply(data(), m_session.actor);
        m_finishError->setText(applied ? QString() : applied.error().message);
        m_finishError->setVisible(!applied);
        return applied.ok();
    }
    return true;
}

} // namespace ordo
