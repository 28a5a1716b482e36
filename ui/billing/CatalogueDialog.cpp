#include "ui/billing/CatalogueDialog.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

enum Column { Code, Description, Unit, Price, Vat, Kind, Columns };
constexpr int PageSize = 200;

// One item's form: code, description, price before VAT, VAT, unit and kind. The core checks it;
// a refusal is shown under the form and everything typed stays.
class CatalogueItemDialog final : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(ordo::CatalogueItemDialog)

public:
    CatalogueItemDialog(Session session, CatalogueItem item, QWidget *parent)
        : QDialog(parent), m_session(session), m_item(std::move(item))
    {
        setWindowTitle(m_item.id ? tr("Catalogue item %1").arg(m_item.code) : tr("New catalogue item"));
        const QLocale locale;
        auto *form = new QFormLayout;
        m_code = new QLineEdit(m_item.code, this);
        m_code->setObjectName(QStringLiteral("itemCode"));
        m_code->setMaxLength(40);
        m_description = new QLineEdit(m_item.description, this);
        m_description->setObjectName(QStringLiteral("itemDescription"));
        m_description->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
        m_price = new QLineEdit(m_item.id ? money::formatCents(m_item.unitPrice, locale) : QString(), this);
        m_price->setObjectName(QStringLiteral("itemPrice"));
        m_vat = new QComboBox(this);
        m_vat->setObjectName(QStringLiteral("itemVat"));
        for (BasisPoints rate : Catalogue::vatRates())
            m_vat->addItem(money::formatRate(rate, locale), rate);
        m_vat->setCurrentIndex(std::max(0, m_vat->findData(m_item.vatRate)));
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("itemUnit"));
        m_unit->setEditable(true);
        m_unit->addItems({QStringLiteral("ud"), QStringLiteral("h"), QStringLiteral("m²"), QStringLiteral("m"), QStringLiteral("kg")});
        m_unit->setCurrentText(m_item.unit);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("itemKind"));
        m_kind->addItem(Catalogue::displayName(CatalogueItem::Kind::Product), int(CatalogueItem::Kind::Product));
        m_kind->addItem(Catalogue::displayName(CatalogueItem::Kind::Service), int(CatalogueItem::Kind::Service));
        m_kind->setCurrentIndex(m_item.kind == CatalogueItem::Kind::Service ? 1 : 0);
        form->addRow(tr("&Code:"), m_code);
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("&Price before VAT (€):"), m_price);
        form->addRow(tr("&VAT:"), m_vat);
        form->addRow(tr("&Unit:"), m_unit);
        form->addRow(tr("&Kind:"), m_kind);
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("itemError"));
        m_error->setStyleSheet(palette::errorText());
        m_error->setWordWrap(true);
        m_error->hide();
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueItemDialog::save);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
    }

private:
    void save()
    {
        const auto price = money::parseCents(m_price->text().remove(QChar(0x20AC)).trimmed(), QLocale());
        if (!price) {
            m_error->setText(tr("The price “%1” is not an amount in euros.").arg(m_price->text()));
            m_error->show();
            m_price->setFocus();
            return;
        }
        CatalogueItem item = m_item;
        item.code = m_code->text();
        item.description = m_description->text();
        item.unitPrice = *price;
        item.vatRate = static_cast<BasisPoints>(m_vat->currentData().toInt());
        item.unit = m_unit->currentText();
        item.kind = static_cast<CatalogueItem::Kind>(m_kind->currentData().toInt());
        Catalogue catalogue(m_session.db);
        Result<void> done;
        if (item.id) {
            if (auto r = catalogue.update(item, m_session.actor); !r)
                done = r.error();
        } else if (auto r = catalogue.add(item, m_session.actor); !r) {
            done = r.error();
        }
        if (!done) {
            m_error->setText(done.error().message);
            m_error->show();
            return;
        }
        accept();
    }

    Session m_session;
    CatalogueItem m_item;
    QLineEdit *m_code;
    QLineEdit *m_description;
    QLineEdit *m_price;
    QComboBox *m_vat;
    QComboBox *m_unit;
    QComboBox *m_kind;
    QLabel *m_error;
};

} // namespace

CatalogueDialog::CatalogueDialog(Session session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Price catalogue"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Search by code or description"));
    m_search->setClearButtonEnabled(true);
    m_inactive = new QCheckBox(tr("Show &inactive items"), this);
    m_inactive->setObjectName(QStringLiteral("catalogueShowInactive"));
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Description"), tr("Unit"), tr("Price before VAT"), tr("VAT"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    for (int c : {Code, Unit, Price, Vat, Kind})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("catalogueStatus"));
    m_status->setWordWrap(true);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("catalogueAdd"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("catalogueEdit"));
    m_active = new QPushButton(tr("&Deactivate"), this);
    m_active->setObjectName(QStringLiteral("catalogueActive"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("catalogueImport"));
    m_import->setToolTip(tr("A CSV file in UTF-8 with a header row: code, description, price, VAT and optionally unit, "
                            "kind (product or service) and active. Existing codes are updated."));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_inactive);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_active, m_import})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    if (!m_session.actor.can(Permission::ManageCompany)) {
        const QString why = tr("Changing the catalogue needs the permission “%1”.").arg(displayName(Permission::ManageCompany));
        for (QPushButton *b : {m_add, m_edit, m_active, m_import}) {
            b->setEnabled(false);
            b->setToolTip(why);
        }
        m_status->setText(why);
    }

    connect(m_search, &QLineEdit::textChanged, this, &CatalogueDialog::reload);
    connect(m_inactive, &QCheckBox::toggled, this, &CatalogueDialog::reload);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_table->verticalScrollBar()->maximum() - 5)
            loadMore();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CatalogueDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editItem(selected());
    });
    connect(m_add, &QPushButton::clicked, this, [this] { editItem(std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editItem(selected()); });
    connect(m_active, &QPushButton::clicked, this, &CatalogueDialog::toggleActive);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a price catalogue"), QDir::homePath(),
                                                          tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            importFile(path);
    });
    resize(900, 560);
    reload();
}

void CatalogueDialog::reload()
{
    m_items.clear();
    m_table->setRowCount(0);
    m_complete = false;
    loadMore();
    updateButtons();
}

void CatalogueDialog::loadMore()
{
    if (m_complete)
        return;
    Catalogue catalogue(m_session.db);
    const QString text = m_search->text().trimmed();
    // A search shows its best matches at once; the whole list comes a page at a time.
    auto items = text.isEmpty() ? catalogue.page(m_items.isEmpty() ? QString() : m_items.last().code, PageSize, m_inactive->isChecked())
                                : catalogue.search(text, PageSize);
    if (!items) {
        m_status->setText(items.error().message);
        m_complete = true;
        return;
    }
    m_complete = !text.isEmpty() || items->size() < PageSize;
    appendItems(*items);
    if (m_items.isEmpty())
        m_status->setText(text.isEmpty() ? tr("The catalogue is empty: add items or import a CSV file.")
                                         : tr("No active item matches “%1”.").arg(text));
    else if (m_session.actor.can(Permission::ManageCompany))
        m_status->clear();
}

void CatalogueDialog::appendItems(const QList<CatalogueItem> &items)
{
    const QLocale locale;
    for (const CatalogueItem &i : items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList texts{i.code, i.description, i.unit, money::formatEuros(i.unitPrice, locale),
                                money::formatRate(i.vatRate, locale), Catalogue::displayName(i.kind)};
        for (int c = 0; c < Columns; ++c) {
            auto *cell = new QTableWidgetItem(texts.at(c));
            if (c == Price || c == Vat)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!i.active) {
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                cell->setToolTip(tr("Inactive: no longer offered in the lines"));
            }
            m_table->setItem(row, c, cell);
        }
        m_items.append(i);
    }
}

std::optional<CatalogueItem> CatalogueDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || !m_table->selectionModel()->hasSelection())
        return std::nullopt;
    return m_items.at(row);
}

void CatalogueDialog::updateButtons()
{
    const auto item = selected();
    const bool may = m_session.actor.can(Permission::ManageCompany);
    m_edit->setEnabled(may && item.has_value());
    m_active->setEnabled(may && item.has_value());
    m_active->setText(item && !item->active ? tr("Re&activate") : tr("&Deactivate"));
}

void CatalogueDialog::editItem(std::optional<CatalogueItem> item)
{
    CatalogueItemDialog dialog(m_session, item.value_or(CatalogueItem{}), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CatalogueDialog::toggleActive()
{
    const auto item = selected();
    if (!item)
        return;
    auto done = Catalogue(m_session.db).setActive(item->id, !item->active, m_session.actor);
    if (!done) {
        MessageBox::error(this, tr("Price catalogue"), done.error().message);
        return;
    }
    m_status->setText(done->active ? tr("%1 is offered again in the lines.").arg(done->code)
                                   : tr("%1 is no longer offered in the lines; it stays in the catalogue.").arg(done->code));
    const QString keep = m_status->text();
    reload();
    m_status->setText(keep);
}

bool CatalogueDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::error(this, tr("Import a price catalogue"),
                          tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto done = Catalogue(m_session.db).importCsv(file.read(Catalogue::MaxCsvBytes + 1), m_session.actor);
    if (!done) {
        MessageBox::error(this, tr("Import a price catalogue"),
                          tr("Nothing was imported from %1.\n%2").arg(QFileInfo(path).fileName(), done.error().message));
        return false;
    }
    reload();
    const QString what = tr("%n item(s) added", nullptr, done->added) + QStringLiteral(", ") + tr("%n updated.", nullptr, done->updated);
    m_status->setText(what);
    MessageBox::information(this, tr("Import a price catalogue"), what);
    return true;
}

} // namespace ordo
