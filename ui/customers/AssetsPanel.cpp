#include "ui/customers/AssetsPanel.h"

#include "core/assets/AssetLinks.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/AssetDialogs.h"
#include "ui/print/AssetLabels.h"

#include <QDateTime>

#include <algorithm>
#include <QDialogButtonBox>
#include <QSaveFile>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString kindText(AssetHistoryEntry::Kind kind)
{
    switch (kind) {
    case AssetHistoryEntry::Kind::Registered: return AssetsPanel::tr("Registered");
    case AssetHistoryEntry::Kind::Order: return AssetsPanel::tr("Order");
    case AssetHistoryEntry::Kind::Visit: return AssetsPanel::tr("Visit");
    case AssetHistoryEntry::Kind::OrderNote: return AssetsPanel::tr("Order note");
    case AssetHistoryEntry::Kind::AssetNote: return AssetsPanel::tr("Note");
    case AssetHistoryEntry::Kind::Photo: return AssetsPanel::tr("Photo");
    }
    return {};
}

} // namespace

AssetsPanel::AssetsPanel(Session session, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_history(new QPushButton(tr("&History…"), this)),
      m_labels(new QPushButton(tr("Print &labels…"), this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_register(new QPushButton(tr("&Register from an order…"), this)),
      m_plans(new QPushButton(tr("Maintenance &plans…"), this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("assetsPanel"));
    m_table->setObjectName(QStringLiteral("customerAssets"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Model"), tr("Size / specification"), tr("Serial number"), tr("Installed"),
                                        tr("Warranty until"), tr("Site")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->setObjectName(QStringLiteral("assetHistory"));
    m_labels->setObjectName(QStringLiteral("assetLabels"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No assets registered at this customer's sites. Register a completed order's lines as installed, "
                        "add one by hand, or import them."));
    m_add->setObjectName(QStringLiteral("addAsset"));
    m_edit->setObjectName(QStringLiteral("editAsset"));
    m_register->setObjectName(QStringLiteral("registerAssets"));
    m_plans->setObjectName(QStringLiteral("maintenancePlansButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_register);
    buttons->addStretch(1);
    buttons->addWidget(m_plans);
    buttons->addWidget(m_history);
    buttons->addWidget(m_labels);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openHistory(row); });
    connect(m_history, &QPushButton::clicked, this, [this] { openHistory(m_table->currentRow()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAsset(m_table->currentRow()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        Asset a;
        a.customerId = m_customerId;
        AssetDialog dialog(Session{m_session.db, currentActor()}, a, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_register, &QPushButton::clicked, this, [this] {
        RegisterLinesDialog dialog(Session{m_session.db, currentActor()}, m_customerId, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_plans, &QPushButton::clicked, this, [this] {
        MaintenancePlansDialog dialog(Session{m_session.db, currentActor()}, m_customerId, this);
        dialog.exec();
    });
    connect(m_labels, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the label sheet"), tr("Labels.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveLabels(path);
    });
    connect(&m_session.db.notifier(), &ChangeNotifier::customersChanged, this, &AssetsPanel::reload);
    reload();
}

void AssetsPanel::setCustomer(Id customerId)
{
    m_customerId = customerId;
    reload();
}

void AssetsPanel::reload()
{
    m_table->setRowCount(0);
    m_assets.clear();
    if (m_customerId > 0) {
        auto list = AssetRegistry(m_session.db).ofCustomer(m_customerId);
        if (!list) {
            MessageBox::warning(this, tr("Assets"), list.error().message);
        } else {
            m_assets = *list;
        }
    }
    const QDate today = QDate::currentDate();
    m_table->setRowCount(int(m_assets.size()));
    for (int row = 0; row < m_assets.size(); ++row) {
        const Asset &a = m_assets.at(row);
        m_table->setItem(row, 0, cell(a.type));
        m_table->setItem(row, 1, cell(a.model));
        m_table->setItem(row, 2, cell(a.specification));
        m_table->setItem(row, 3, cell(a.serial));
        m_table->setItem(row, 4, cell(shortDate(a.installedOn)));
        auto *warranty = cell(shortDate(a.warrantyUntil));
        if (a.warrantyUntil.isValid() && a.warrantyUntil >= today && today.daysTo(a.warrantyUntil) <= 90)
            warranty->setToolTip(tr("The warranty ends within 90 days."));
        m_table->setItem(row, 5, warranty);
        m_table->setItem(row, 6, cell(a.siteAddress));
    }
    // A column nobody filled in (no sizes, no serial numbers) gives its room to the model.
    m_table->setColumnHidden(2, std::all_of(m_assets.cbegin(), m_assets.cend(), [](const Asset &a) { return a.specification.isEmpty(); }));
    m_table->setColumnHidden(3, std::all_of(m_assets.cbegin(), m_assets.cend(), [](const Asset &a) { return a.serial.isEmpty(); }));
    m_table->resizeColumnsToContents();
    // The model is what tells the assets apart: the other columns give it room (seen cut at 1366 px).
    for (int column : {2, 3, 6})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 170));
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_empty->setVisible(m_customerId > 0 && m_assets.isEmpty());
    m_history->setEnabled(!m_assets.isEmpty());
    m_labels->setEnabled(!m_assets.isEmpty());
    m_edit->setEnabled(!m_assets.isEmpty());
    for (QPushButton *b : {m_add, m_register, m_plans})
        b->setEnabled(m_customerId > 0);
}

void AssetsPanel::editAsset(int row)
{
    if (row < 0 || row >= m_assets.size())
        return;
    AssetDialog dialog(Session{m_session.db, currentActor()}, m_assets.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AssetsPanel::openHistory(int row)
{
    if (row < 0 || row >= m_assets.size())
        return;
    // Signed by whoever is at the desk now (someone may have signed in since the panel was made).
    auto *dialog = new AssetHistoryDialog(Session{m_session.db, currentActor()}, m_assets.at(row).id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool AssetsPanel::saveLabels(const QString &path)
{
    const QString prefix = assetLabelPrefix(m_session.db);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AssetLabelSheet(m_assets, prefix).pdf()) < 0 || !file.commit()) {
        MessageBox::warning(this, tr("Assets"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

AssetHistoryDialog::AssetHistoryDialog(Session session, Id assetId, QWidget *parent)
    : QDialog(parent), m_session(session), m_assetId(assetId), m_header(new QLabel(this)), m_table(new QTableWidget(this)),
      m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("assetHistoryDialog"));
    setWindowTitle(tr("Asset history"));
    resize(820, 520);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("assetHistoryTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Order"), tr("Description"), tr("Who / state")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_note->setObjectName(QStringLiteral("assetNote"));
    m_note->setPlaceholderText(tr("A note about this asset…"));
    auto *add = new QPushButton(tr("Add &note"), this);
    auto *photo = new QPushButton(tr("Add &photo…"), this);
    photo->setObjectName(QStringLiteral("addAssetPhoto"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(add);
    noteRow->addWidget(photo);
    connect(photo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a photo of the asset"), QString(),
                                                          tr("Images (*.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            addPhotoFile(path);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QDialog *d = openPhoto(row)) {
            d->setAttribute(Qt::WA_DeleteOnClose);
            d->show();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addLayout(noteRow);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, [this] { addNote(m_note->text()); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { addNote(m_note->text()); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

bool AssetHistoryDialog::addNote(const QString &text)
{
    auto added = AssetRegistry(m_session.db).addNote(m_assetId, text, m_session.actor);
    if (!added) {
        MessageBox::warning(this, tr("Asset history"), added.error().message);
        return false;
    }
    m_note->clear();
    reload();
    return true;
}

bool AssetHistoryDialog::addPhotoFile(const QString &path)
{
    QFile file(path);
    if (file.size() > AssetRegistry::MaxPhotoBytes) {
        MessageBox::warning(this, tr("Asset history"),
                            tr("%1 is too large for a photo (at most %2 MB).").arg(QFileInfo(path).fileName()).arg(AssetRegistry::MaxPhotoBytes >> 20));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Asset history"), tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    auto added = AssetRegistry(m_session.db).addPhoto(m_assetId, mime, data, QFileInfo(path).completeBaseName(), m_session.actor);
    if (!added) {
        MessageBox::warning(this, tr("Asset history"), added.error().message);
        return false;
    }
    reload();
    return true;
}

QDialog *AssetHistoryDialog::openPhoto(int row)
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    const AssetHistoryEntry &e = m_entries.at(row);
    if (e.kind != AssetHistoryEntry::Kind::Photo || !e.photoId || e.orderPhoto)
        return nullptr;
    auto photo = AssetRegistry(m_session.db).photo(*e.photoId);
    if (!photo) {
        MessageBox::warning(this, tr("Asset history"), photo.error().message);
        return nullptr;
    }
    return new AssetPhotoDialog(*photo, this);
}

void AssetHistoryDialog::reload()
{
    AssetRegistry registry(m_session.db);
    auto asset = registry.find(m_assetId);
    if (!asset) {
        m_header->setText(asset.error().message);
        return;
    }
    QStringList facts{asset->name()};
    if (!asset->specification.isEmpty())
        facts << asset->specification;
    if (!asset->serial.isEmpty())
        facts << tr("Serial number %1").arg(asset->serial);
    QStringList second{asset->customerName};
    if (!asset->siteAddress.isEmpty())
        second << asset->siteAddress;
    if (asset->installedOn.isValid())
        second << tr("installed on %1").arg(shortDate(asset->installedOn));
    if (asset->warrantyUntil.isValid())
        second << tr("warranty until %1").arg(shortDate(asset->warrantyUntil));
    m_header->setText(facts.join(QStringLiteral(" · ")) + QLatin1Char('\n') + second.join(QStringLiteral(" · ")));

    auto history = registry.history(m_assetId);
    if (!history) {
        MessageBox::warning(this, tr("Asset history"), history.error().message);
        return;
    }
    m_entries = *history;
    m_table->setRowCount(int(history->size()));
    for (int row = 0; row < history->size(); ++row) {
        const AssetHistoryEntry &e = history->at(row);
        m_table->setItem(row, 0, cell(QLocale().toString(QDateTime::fromSecsSinceEpoch(e.at).toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, cell(kindText(e.kind)));
        m_table->setItem(row, 2, cell(e.orderNumber));
        m_table->setItem(row, 3, cell(e.text));
        m_table->setItem(row, 4, cell(e.detail));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

} // namespace ordo
