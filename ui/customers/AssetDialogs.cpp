#include "ui/customers/AssetDialogs.h"

#include "core/common/DocumentText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat());
    return edit;
}

// The customer's sites in a combo box, "(no site)" first when allowed.
void fillSites(QComboBox *box, Database &db, Id customerId, std::optional<Id> current, bool allowNone)
{
    if (allowNone)
        box->addItem(AssetDialog::tr("(no site)"), QVariant());
    auto sites = CustomerRepository(db).sites(customerId);
    if (sites) {
        for (const Site &s : *sites)
            box->addItem(QStringList{s.address, s.city}.join(QStringLiteral(", ")).remove(QRegularExpression(QStringLiteral(",\\s*$"))),
                         s.id);
    }
    if (current) {
        const int at = box->findData(*current);
        if (at >= 0)
            box->setCurrentIndex(at);
    }
}

// A new record added, or an existing one updated (a stale copy refused by the core), through
// `service`; into `kept` as saved, or a message in the dialog and false.
template<typename Service, typename Record>
bool addOrUpdate(QDialog *dialog, Service &service, Record record, const Actor &by, Record &kept)
{
    if (record.id == 0) {
        auto id = service.add(record, by);
        if (!id) {
            MessageBox::warning(dialog, dialog->windowTitle(), id.error().message);
            return false;
        }
        record.id = *id;
    } else {
        auto saved = service.update(record, by);
        if (!saved) {
            MessageBox::warning(dialog, dialog->windowTitle(), saved.error().message);
            return false;
        }
        record = *saved;
    }
    kept = record;
    return true;
}

} // namespace

AssetDialog::AssetDialog(Session session, const Asset &asset, QWidget *parent)
    : QDialog(parent), m_session(session), m_asset(asset), m_type(new QLineEdit(asset.type, this)),
      m_model(new QLineEdit(asset.model, this)), m_specification(new QLineEdit(asset.specification, this)),
      m_serial(new QLineEdit(asset.serial, this)), m_site(new QComboBox(this)), m_installedKnown(new QCheckBox(tr("On the day:"), this)),
      m_installed(dateEdit(asset.installedOn, this)), m_warrantyKnown(new QCheckBox(tr("Has one, until:"), this)),
      m_warranty(dateEdit(asset.warrantyUntil.isValid() ? asset.warrantyUntil : QDate::currentDate().addMonths(36), this)),
      m_notes(new QPlainTextEdit(asset.notes, this)), m_active(new QCheckBox(tr("Still at the customer's site"), this))
{
    setObjectName(QStringLiteral("assetDialog"));
    setWindowTitle(asset.id ? tr("Asset %1").arg(asset.name()) : tr("New asset"));
    m_type->setPlaceholderText(tr("Window, blind, boiler…"));
    m_model->setPlaceholderText(tr("Make and model"));
    m_specification->setPlaceholderText(tr("Size or specification: 120×100 tilt and turn"));
    fillSites(m_site, session.db, asset.customerId, asset.siteId, true);
    m_installedKnown->setChecked(asset.installedOn.isValid());  // never "installed today" unless said
    m_warrantyKnown->setChecked(asset.warrantyUntil.isValid());
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(80);
    m_active->setChecked(asset.active);
    m_active->setVisible(asset.id != 0);
    m_installed->setEnabled(m_installedKnown->isChecked());
    m_warranty->setEnabled(m_warrantyKnown->isChecked());
    connect(m_installedKnown, &QCheckBox::toggled, m_installed, &QWidget::setEnabled);
    connect(m_warrantyKnown, &QCheckBox::toggled, m_warranty, &QWidget::setEnabled);

    auto dateRow = [this](QCheckBox *known, QDateEdit *edit) {
        auto *row = new QHBoxLayout;
        row->addWidget(known);
        row->addWidget(edit);
        row->addStretch(1);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("Si&ze / specification:"), m_specification);
    form->addRow(tr("&Serial number:"), m_serial);
    form->addRow(tr("Si&te:"), m_site);
    form->addRow(tr("Installed:"), dateRow(m_installedKnown, m_installed));
    form->addRow(tr("Warranty:"), dateRow(m_warrantyKnown, m_warranty));
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

bool AssetDialog::save()
{
    Asset a = m_asset;
    a.type = m_type->text().trimmed();
    a.model = m_model->text().trimmed();
    a.specification = m_specification->text().trimmed();
    a.serial = m_serial->text().trimmed();
    a.siteId = m_site->currentData().isValid() ? std::optional<Id>(m_site->currentData().toLongLong()) : std::nullopt;
    a.installedOn = m_installedKnown->isChecked() ? m_installed->date() : QDate();
    a.warrantyUntil = m_warrantyKnown->isChecked() ? m_warranty->date() : QDate();
    a.notes = m_notes->toPlainText().trimmed();
    a.active = m_active->isChecked();
    AssetRegistry registry(m_session.db);
    return addOrUpdate(this, registry, a, m_session.actor, m_asset);
}

RegisterLinesDialog::RegisterLinesDialog(Session session, Id customerId, QWidget *parent)
    : QDialog(parent), m_session(session), m_order(new QComboBox(this)), m_table(new QTableWidget(this)), m_hint(new QLabel(this)),
      m_register(new QPushButton(tr("&Register as installed"), this))
{
    setObjectName(QStringLiteral("registerLinesDialog"));
    setWindowTitle(tr("Register an order's lines as installed"));
    resize(760, 440);
    OrderFilter filter;
    filter.customerId = customerId;
    filter.limit = 200;
    auto orders = WorkOrderService(session.db).list(filter);
    if (orders) {
        for (const WorkOrder &o : *orders)
            m_order->addItem(QStringLiteral("%1 · %2 · %3").arg(o.number, o.title, o.stepName), o.id);
    }
    m_table->setObjectName(QStringLiteral("registerLines"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Type"), tr("Model"), tr("Size / specification")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("A line of 3 windows becomes 3 assets. Services (labour, travel) are left unticked; type and model can be "
                       "corrected here before registering."));
    m_register->setObjectName(QStringLiteral("registerLinesButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_register, QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout;
    form->addRow(tr("&Order:"), m_order);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_order, &QComboBox::currentIndexChanged, this, &RegisterLinesDialog::loadLines);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_register, &QPushButton::clicked, this, [this] {
        if (registerChosen())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_order->count() == 0)
        m_hint->setText(tr("This customer has no orders yet: add the asset by hand instead."));
    loadLines();
}

void RegisterLinesDialog::loadLines()
{
    m_table->setRowCount(0);
    m_lines.clear();
    if (m_order->currentIndex() < 0) {
        m_register->setEnabled(false);
        return;
    }
    auto lines = AssetRegistry(m_session.db).linesOf(m_order->currentData().toLongLong());
    if (!lines) {
        MessageBox::warning(this, windowTitle(), lines.error().message);
        m_register->setEnabled(false);
        return;
    }
    m_lines = *lines;
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const LineRegistration &l = m_lines.at(row);
        auto *position = cell(QString::number(l.position));
        if (l.registered) {  // shown, not offered again
            position->setFlags(position->flags() & ~Qt::ItemIsEnabled);
            position->setToolTip(tr("Registered already: its assets are in the list."));
        } else {
            position->setFlags(position->flags() | Qt::ItemIsUserCheckable);
            position->setCheckState(l.installable ? Qt::Checked : Qt::Unchecked);
        }
        m_table->setItem(row, 0, position);
        for (const auto &[column, text] : {std::pair{1, l.type}, std::pair{2, l.model}, std::pair{3, l.specification}}) {
            auto *item = new QTableWidgetItem(text);
            if (l.registered)
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsEditable));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_register->setEnabled(!m_lines.isEmpty());
}

bool RegisterLinesDialog::registerChosen()
{
    QList<LineRegistration> chosen;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).registered || m_table->item(row, 0)->checkState() != Qt::Checked)
            continue;
        LineRegistration l = m_lines.at(row);
        l.type = m_table->item(row, 1)->text().trimmed();
        l.model = m_table->item(row, 2)->text().trimmed();
        l.specification = m_table->item(row, 3)->text().trimmed();
        chosen.append(l);
    }
    auto ids = AssetRegistry(m_session.db).registerFromOrder(m_order->currentData().toLongLong(), chosen, m_session.actor);
    if (!ids) {
        MessageBox::warning(this, windowTitle(), ids.error().message);
        return false;
    }
    m_registered = int(ids->size());
    return true;
}

MaintenancePlansDialog::MaintenancePlansDialog(Session session, Id customerId, QWidget *parent)
    : QDialog(parent), m_session(session), m_customerId(customerId), m_table(new QTableWidget(this)),
      m_showEnded(new QCheckBox(tr("Show plans switched off"), this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("maintenancePlansDialog"));
    setWindowTitle(tr("Maintenance plans"));
    resize(1000, 400);
    m_table->setObjectName(QStringLiteral("maintenancePlans"));
    m_table->setWordWrap(false);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("For"), tr("When"), tr("Orders made"), tr("On")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No maintenance plans for this customer. A plan makes its orders by itself, the days ahead it says."));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    add->setObjectName(QStringLiteral("addPlan"));
    editButton->setObjectName(QStringLiteral("editPlan"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_showEnded);
    row->addStretch(1);
    row->addWidget(add);
    row->addWidget(editButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(row);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showEnded, &QCheckBox::toggled, this, &MaintenancePlansDialog::reload);
    connect(add, &QPushButton::clicked, this, [this] {
        MaintenancePlan p;
        p.customerId = m_customerId;
        p.firstDue = QDate::currentDate().addMonths(1);
        edit(p);
    });
    auto editCurrent = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_plans.size())
            edit(m_plans.at(row));
    };
    connect(editButton, &QPushButton::clicked, this, editCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, editCurrent);
    reload();
}

void MaintenancePlansDialog::edit(const MaintenancePlan &plan)
{
    MaintenancePlanDialog dialog(m_session, plan, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MaintenancePlansDialog::reload()
{
    auto plans = MaintenancePlans(m_session.db).list(m_customerId, m_showEnded->isChecked());
    if (!plans) {
        MessageBox::warning(this, windowTitle(), plans.error().message);
        return;
    }
    m_plans = *plans;
    QHash<Id, QString> assetNames;
    if (auto assets = AssetRegistry(m_session.db).ofCustomer(m_customerId, true))
        for (const Asset &a : *assets)
            assetNames.insert(a.id, a.name());
    QHash<Id, QString> siteNames;
    if (auto sites = CustomerRepository(m_session.db).sites(m_customerId))
        for (const Site &s : *sites)
            siteNames.insert(s.id, s.address);
    m_table->setRowCount(int(m_plans.size()));
    for (int row = 0; row < m_plans.size(); ++row) {
        const MaintenancePlan &p = m_plans.at(row);
        QString target = p.assetId ? assetNames.value(*p.assetId)
                         : p.siteId ? tr("All assets at %1").arg(siteNames.value(*p.siteId))
                                    : tr("All the customer's assets");
        m_table->setItem(row, 0, cell(p.title));
        m_table->setItem(row, 1, cell(target));
        m_table->setItem(row, 2, cell(MaintenancePlans::scheduleText(p)));
        m_table->setItem(row, 3, cell(tr("%n day(s) ahead", nullptr, p.leadDays)));
        m_table->setItem(row, 4, cell(p.active ? tr("Yes") : tr("No")));
    }
    m_table->resizeColumnsToContents();
    for (int column : {0, 1})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_empty->setVisible(m_plans.isEmpty());
}

MaintenancePlanDialog::MaintenancePlanDialog(Session session, const MaintenancePlan &plan, QWidget *parent)
    : QDialog(parent), m_session(session), m_plan(plan), m_title(new QLineEdit(plan.title, this)), m_for(new QComboBox(this)),
      m_jobType(new QLineEdit(plan.jobType, this)), m_every(new QSpinBox(this)), m_first(dateEdit(plan.firstDue, this)),
      m_season(new QCheckBox(tr("Only from"), this)), m_seasonFrom(new QComboBox(this)), m_seasonTo(new QComboBox(this)),
      m_ends(new QCheckBox(tr("Ends on:"), this)), m_endsOn(dateEdit(plan.endsOn.isValid() ? plan.endsOn : plan.firstDue.addYears(5), this)),
      m_lead(new QSpinBox(this)), m_active(new QCheckBox(tr("On: makes its orders"), this)), m_schedule(new QLabel(this))
{
    setObjectName(QStringLiteral("maintenancePlanDialog"));
    setWindowTitle(plan.id ? tr("Maintenance plan: %1").arg(plan.title) : tr("New maintenance plan"));
    m_title->setPlaceholderText(tr("Yearly boiler service"));
    m_jobType->setPlaceholderText(tr("Maintenance"));
    // For: all of a site's assets, or one asset.
    if (auto sites = CustomerRepository(session.db).sites(plan.customerId))
        for (const Site &s : *sites)
            m_for->addItem(tr("All assets at %1").arg(s.address), QVariantList{QStringLiteral("site"), s.id});
    if (auto assets = AssetRegistry(session.db).ofCustomer(plan.customerId, true))
        for (const Asset &a : *assets)
            if (a.active || (plan.assetId && *plan.assetId == a.id))  // a removed asset stays while its plan names it
                m_for->addItem(a.siteAddress.isEmpty() ? a.name() : tr("%1 at %2").arg(a.name(), a.siteAddress),
                               QVariantList{QStringLiteral("asset"), a.id});
    // A plan for everything the customer has, wherever it is (as ordo-cli makes without --site).
    m_for->addItem(MaintenancePlansDialog::tr("All the customer's assets"), QVariantList{QStringLiteral("customer"), 0});
    if (plan.id && !plan.assetId && !plan.siteId)
        m_for->setCurrentIndex(m_for->count() - 1);
    for (int i = 0; i < m_for->count(); ++i) {
        const QVariantList key = m_for->itemData(i).toList();
        const bool isAsset = key.value(0).toString() == QLatin1String("asset");
        if ((plan.assetId && isAsset && key.value(1).toLongLong() == *plan.assetId)
            || (!plan.assetId && plan.siteId && !isAsset && key.value(1).toLongLong() == *plan.siteId)) {
            m_for->setCurrentIndex(i);
            break;
        }
    }
    m_every->setRange(0, MaintenancePlans::MaxEveryMonths);
    m_every->setSpecialValueText(tr("Once"));
    m_every->setValue(plan.everyMonths);
    auto everySuffix = [this] { m_every->setSuffix(tr(" month(s)", nullptr, m_every->value())); };
    connect(m_every, &QSpinBox::valueChanged, this, everySuffix);
    everySuffix();
    const QLocale locale;
    for (int m = 1; m <= 12; ++m) {
        m_seasonFrom->addItem(locale.standaloneMonthName(m, QLocale::LongFormat), m);
        m_seasonTo->addItem(locale.standaloneMonthName(m, QLocale::LongFormat), m);
    }
    m_season->setChecked(plan.hasSeason());
    m_seasonFrom->setCurrentIndex(plan.hasSeason() ? plan.seasonFrom - 1 : 5);
    m_seasonTo->setCurrentIndex(plan.hasSeason() ? plan.seasonTo - 1 : 8);
    m_ends->setChecked(plan.endsOn.isValid());
    m_lead->setRange(0, MaintenancePlans::MaxLeadDays);
    m_lead->setValue(plan.leadDays);
    auto leadSuffix = [this] { m_lead->setSuffix(tr(" day(s) before", nullptr, m_lead->value())); };
    connect(m_lead, &QSpinBox::valueChanged, this, leadSuffix);
    leadSuffix();
    m_active->setChecked(plan.active);
    m_active->setVisible(plan.id != 0);
    m_schedule->setObjectName(QStringLiteral("planSchedule"));
    m_schedule->setWordWrap(true);

    auto *seasonRow = new QHBoxLayout;
    seasonRow->addWidget(m_season);
    seasonRow->addWidget(m_seasonFrom);
    seasonRow->addWidget(new QLabel(tr("to"), this));
    seasonRow->addWidget(m_seasonTo);
    seasonRow->addStretch(1);
    auto *endsRow = new QHBoxLayout;
    endsRow->addWidget(m_ends);
    endsRow->addWidget(m_endsOn);
    endsRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&For:"), m_for);
    form->addRow(tr("&Job type:"), m_jobType);
    form->addRow(tr("&Repeat every:"), m_every);
    form->addRow(tr("&First due:"), m_first);
    form->addRow(tr("Season:"), seasonRow);
    form->addRow(tr("End:"), endsRow);
    form->addRow(tr("Make the order:"), m_lead);
    form->addRow(QString(), m_active);
    form->addRow(QString(), m_schedule);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto refresh = [this] { updateSchedule(); };
    connect(m_every, &QSpinBox::valueChanged, this, refresh);
    connect(m_first, &QDateEdit::dateChanged, this, refresh);
    connect(m_season, &QCheckBox::toggled, this, refresh);
    connect(m_seasonFrom, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_seasonTo, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_ends, &QCheckBox::toggled, this, refresh);
    connect(m_endsOn, &QDateEdit::dateChanged, this, refresh);
    connect(m_lead, &QSpinBox::valueChanged, this, refresh);
    updateSchedule();
    resize(560, sizeHint().height());
}

MaintenancePlan MaintenancePlanDialog::fromFields() const
{
    MaintenancePlan p = m_plan;
    p.title = m_title->text().trimmed();
    p.jobType = m_jobType->text().trimmed();
    const QVariantList key = m_for->currentData().toList();
    p.assetId.reset();
    p.siteId.reset();
    if (key.value(0).toString() == QLatin1String("asset"))
        p.assetId = key.value(1).toLongLong();
    else if (key.value(0).toString() == QLatin1String("site"))
        p.siteId = key.value(1).toLongLong();
    p.everyMonths = m_every->value();
    p.firstDue = m_first->date();
    p.seasonFrom = m_season->isChecked() ? m_seasonFrom->currentData().toInt() : 0;
    p.seasonTo = m_season->isChecked() ? m_seasonTo->currentData().toInt() : 0;
    p.endsOn = m_ends->isChecked() ? m_endsOn->date() : QDate();
    p.leadDays = m_lead->value();
    p.active = m_active->isChecked();
    return p;
}

void MaintenancePlanDialog::updateSchedule()
{
    m_seasonFrom->setEnabled(m_season->isChecked());
    m_seasonTo->setEnabled(m_season->isChecked());
    m_endsOn->setEnabled(m_ends->isChecked());
    const MaintenancePlan p = fromFields();
    QStringList next;
    const QList<QDate> dates = maintenance::dueDates(p, p.firstDue.addYears(2));
    for (const QDate &d : dates.mid(0, 4))
        next << QLocale().toString(d, fullYearDateFormat());
    QString text = MaintenancePlans::scheduleText(p);
    if (!next.isEmpty())
        text += QLatin1Char('\n') + tr("Next due: %1").arg(next.join(QStringLiteral(", ")));
    if (!p.inSeason(p.firstDue))
        text += QLatin1Char('\n') + tr("The first due date is outside the season.");
    m_schedule->setText(text);
}

bool MaintenancePlanDialog::save()
{
    MaintenancePlans plans(m_session.db);
    return addOrUpdate(this, plans, fromFields(), m_session.actor, m_plan);
}

OrderAssetsDialog::OrderAssetsDialog(Session session, Id customerId, const QHash<Id, AssetReason> &current, AssetReason newReason,
                                     QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("orderAssetsDialog"));
    setWindowTitle(tr("What the order is about"));
    resize(760, 380);
    if (auto assets = AssetRegistry(session.db).ofCustomer(customerId, true)) {
        for (const Asset &a : *assets)
            if (a.active || current.contains(a.id))  // a removed asset stays listed while the order names it
                m_assets.append(a);
    }
    m_table->setObjectName(QStringLiteral("orderAssets"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Asset"), tr("Serial number"), tr("Site"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setRowCount(int(m_assets.size()));
    for (int row = 0; row < m_assets.size(); ++row) {
        const Asset &a = m_assets.at(row);
        auto *name = cell(QStringLiteral("%1 · %2").arg(a.id).arg(a.name()));  // its label's number tells twins apart
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(current.contains(a.id) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, cell(a.serial));
        m_table->setItem(row, 2, cell(a.siteAddress));
        auto *reason = new QComboBox(m_table);
        for (AssetReason r : {AssetReason::Installed, AssetReason::Repair, AssetReason::Maintenance, AssetReason::Service})
            reason->addItem(displayName(r), int(r));
        reason->setCurrentIndex(reason->findData(int(current.value(a.id, newReason))));
        m_table->setCellWidget(row, 3, reason);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *empty = new QLabel(tr("This customer has no assets registered yet."), this);
    empty->setVisible(m_assets.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OrderAssetsDialog::choose(Id assetId, AssetReason reason)
{
    for (int row = 0; row < m_assets.size(); ++row) {
        if (m_assets.at(row).id != assetId)
            continue;
        m_table->item(row, 0)->setCheckState(Qt::Checked);
        auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 3));
        box->setCurrentIndex(box->findData(int(reason)));
    }
}

QHash<Id, AssetReason> OrderAssetsDialog::chosen() const
{
    QHash<Id, AssetReason> result;
    for (int row = 0; row < m_assets.size(); ++row)
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            result.insert(m_assets.at(row).id,
                          AssetReason(qobject_cast<QComboBox *>(m_table->cellWidget(row, 3))->currentData().toInt()));
    return result;
}

AssetPhotoDialog::AssetPhotoDialog(const AssetPhoto &photo, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("assetPhotoDialog"));
    setWindowTitle(photo.caption.isEmpty() ? tr("Photo") : photo.caption);
    QPixmap pixmap;
    auto *image = new QLabel(this);
    image->setAlignment(Qt::AlignCenter);
    if (pixmap.loadFromData(photo.data)) {
        const QSize room = (screen() ? screen()->availableSize() : QSize(1280, 800)) * 0.8;
        image->setPixmap(pixmap.width() > room.width() || pixmap.height() > room.height()
                             ? pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : pixmap);
    } else {
        image->setText(tr("This photo cannot be shown (%1).").arg(photo.mime));
    }
    auto *caption = new QLabel(QStringList{photo.caption, tr("added by %1 on %2")
                                                               .arg(photo.addedBy, QLocale().toString(QDateTime::fromSecsSinceEpoch(photo.takenAt),
                                                                                                      QLocale::ShortFormat))}
                                   .join(QStringLiteral(" · "))
                                   .remove(QRegularExpression(QStringLiteral("^ · "))),
                               this);
    caption->setTextFormat(Qt::PlainText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(image, 1);
    layout->addWidget(caption);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace ordo
