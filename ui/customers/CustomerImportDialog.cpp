#include "ui/customers/CustomerImportDialog.h"

#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/common/Csv.h"

#include <algorithm>

namespace ordo {

namespace {

// What to write in the file, per kind, before one is chosen.
QString help(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return CustomerImportDialog::tr("The first line names the columns: Nombre, NIF, Teléfono, Email, Dirección, Código postal, "
                                        "Ciudad (or name, tax_id, phone, email, address, postcode, city).");
    case ImportKind::Sites:
        return CustomerImportDialog::tr("The first line names the columns: Cliente or NIF (whose site it is), Dirección, Código postal, "
                                        "Ciudad, Notas (or customer, tax_id, address, postcode, city, notes). The customers must be "
                                        "in Ordo already.");
    case ImportKind::Assets:
        return CustomerImportDialog::tr("The first line names the columns: Cliente or NIF, Dirección (one of the customer's sites), "
                                        "Tipo, Modelo, Especificación, Nº de serie, Fecha de instalación, Fin de garantía, Notas "
                                        "(or customer, tax_id, address, type, model, specification, serial, installed, warranty_end, "
                                        "notes). Dates as 31/12/2024 or 2024-12-31.");
    case ImportKind::Orders:
        return CustomerImportDialog::tr("The first line names the columns: Cliente or NIF, Dirección (one of the customer's sites), "
                                        "Título, Descripción, Tipo de trabajo, Prioridad, Paso (the map's first step when empty), "
                                        "Fecha límite, Importe (or customer, tax_id, address, title, description, job_type, priority, "
                                        "step, due, amount). Each order is created as if by hand, in your name.");
    }
    return {};
}

QString title(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers: return CustomerImportDialog::tr("Import customers");
    case ImportKind::Sites: return CustomerImportDialog::tr("Import sites");
    case ImportKind::Assets: return CustomerImportDialog::tr("Import assets");
    case ImportKind::Orders: return CustomerImportDialog::tr("Import open orders");
    }
    return {};
}

} // namespace

CustomerImportDialog::CustomerImportDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(new QComboBox(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("customerImportDialog"));
    setWindowTitle(tr("Import from a spreadsheet"));
    resize(1020, 580);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Customers"), int(ImportKind::Customers));
    m_kind->addItem(tr("Sites (customers' addresses)"), int(ImportKind::Sites));
    m_kind->addItem(tr("Assets installed at the sites"), int(ImportKind::Assets));
    m_kind->addItem(tr("Open orders"), int(ImportKind::Orders));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // The rows grow to show every problem once the problems' column has its final width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    m_import->setObjectName(QStringLiteral("importCustomers"));
    m_import->setEnabled(false);
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseImportFile"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout;
    form->addRow(tr("The file &holds:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, title(kind()), QString(), tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showPreview(); });
    showPreview();
}

ImportKind CustomerImportDialog::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void CustomerImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void CustomerImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Laid out now: the rows grow to the height their problems take at the columns' final widths.
    QTimer::singleShot(0, m_table, [this] { m_table->resizeRowsToContents(); });
}

bool CustomerImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, title(kind()), tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    loadBytes(file.read(csv::Reader::MaxBytes + 1), QFileInfo(path).fileName());
    return true;
}

void CustomerImportDialog::loadBytes(const QByteArray &bytes, const QString &name)
{
    m_bytes = bytes;
    m_name = name;
    showPreview();
}

void CustomerImportDialog::showPreview()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_import->setEnabled(false);
    if (m_name.isEmpty() && m_bytes.isEmpty()) {
        m_summary->setText(tr("Choose a CSV file saved from a spreadsheet (“;” or “,”, UTF-8 or Windows-1252).") + QLatin1Char(' ')
                           + help(kind()) + QLatin1Char(' ') + tr("Nothing is written until every row is right."));
        return;
    }
    auto preview = CsvTransfer(m_session.db).preview(kind(), m_bytes);
    if (!preview) {
        m_summary->setText(preview.error().message);
        return;
    }
    if (!preview->fileProblems.isEmpty()) {
        m_summary->setText(tr("%1 cannot be imported: %2").arg(m_name, preview->fileProblems.join(QLatin1Char(' '))) + QLatin1Char(' ')
                           + help(kind()));
        return;
    }
    const QStringList headings = QStringList{tr("Line")} + preview->headings + QStringList{tr("Problems")};
    const int problemsColumn = int(headings.size()) - 1;
    m_table->setColumnCount(int(headings.size()));
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setRowCount(int(preview->rows.size()));
    const QColor problem(0xfd, 0xec, 0xea);
    for (int row = 0; row < preview->rows.size(); ++row) {
        const ImportRow &r = preview->rows.at(row);
        const QStringList values = QStringList{QString::number(r.line)} + r.values
                                   + QStringList{r.problems.isEmpty() ? tr("Ready") : r.problems.join(QLatin1Char('\n'))};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (!r.problems.isEmpty())
                item->setBackground(problem);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The problems keep the room to be read: a column the file left empty in every row is hidden,
    // and the others share what is left beside about 320 pixels of problems.
    QList<int> shown;
    for (int column = 1; column < problemsColumn; ++column) {
        bool empty = true;
        for (int row = 0; row < m_table->rowCount() && empty; ++row)
            empty = m_table->item(row, column)->text().isEmpty();
        m_table->setColumnHidden(column, empty);
        if (!empty)
            shown << column;
    }
    // Narrow columns keep their width; the wide ones share the rest equally.
    std::sort(shown.begin(), shown.end(), [this](int a, int b) { return m_table->columnWidth(a) < m_table->columnWidth(b); });
    int room = width() - 60 - m_table->columnWidth(0) - 300;
    for (int i = 0; i < shown.size(); ++i) {
        const int share = std::max(70, room / int(shown.size() - i));
        const int heading = m_table->horizontalHeader()->sectionSizeHint(shown.at(i));
        const int w = std::min(m_table->columnWidth(shown.at(i)), std::max(share, heading));
        m_table->setColumnWidth(shown.at(i), w);
        room -= w;
    }
    m_table->horizontalHeader()->setSectionResizeMode(problemsColumn, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    const int rows = int(preview->rows.size());
    QString read;
    switch (kind()) {
    case ImportKind::Customers: read = tr("%1 (%2, “%3”): %n customer(s) read.", nullptr, rows); break;
    case ImportKind::Sites: read = tr("%1 (%2, “%3”): %n site(s) read.", nullptr, rows); break;
    case ImportKind::Assets: read = tr("%1 (%2, “%3”): %n asset(s) read.", nullptr, rows); break;
    case ImportKind::Orders: read = tr("%1 (%2, “%3”): %n order(s) read.", nullptr, rows); break;
    }
    read = read.arg(m_name, preview->encoding, QString(preview->separator));
    const int bad = preview->problemRows();
    m_summary->setText(bad ? read + QLatin1Char(' ') + tr("%n row(s) have problems: correct them in the spreadsheet and choose the file again; nothing will be imported until then.", nullptr, bad)
                           : read + QLatin1Char(' ') + tr("Every row is right."));
    m_import->setEnabled(preview->canImport());
}

bool CustomerImportDialog::importNow()
{
    auto done = CsvTransfer(m_session.db).import(kind(), m_bytes, m_session.actor);
    if (!done) {
        MessageBox::warning(this, title(kind()), done.error().message);
        return false;
    }
    m_imported = *done;
    QString text;
    switch (kind()) {
    case ImportKind::Customers: text = tr("%n customer(s) imported.", nullptr, *done); break;
    case ImportKind::Sites: text = tr("%n site(s) imported.", nullptr, *done); break;
    case ImportKind::Assets: text = tr("%n asset(s) imported.", nullptr, *done); break;
    case ImportKind::Orders: text = tr("%n order(s) imported.", nullptr, *done); break;
    }
    MessageBox::information(this, title(kind()), text);
    return true;
}

} // namespace ordo
