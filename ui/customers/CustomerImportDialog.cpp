#include "ui/customers/CustomerImportDialog.h"

#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/Csv.h"

#include <algorithm>

namespace ordo {

CustomerImportDialog::CustomerImportDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(session), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("customerImportDialog"));
    setWindowTitle(tr("Import customers"));
    resize(980, 560);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose a CSV file saved from a spreadsheet (“;” or “,”, UTF-8 or Windows-1252). The first line "
                          "names the columns: Nombre, NIF, Teléfono, Email, Dirección, Código postal, Ciudad (or name, tax_id, "
                          "phone, email, address, postcode, city). Nothing is written until every row is right."));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("NIF"), tr("Phone"), tr("E-mail"), tr("Address"), tr("City"),
                                        tr("Problems")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    m_import->setObjectName(QStringLiteral("importCustomers"));
    m_import->setEnabled(false);
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), QString(), tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool CustomerImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import customers"), tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    loadBytes(file.read(csv::Reader::MaxBytes + 1), QFileInfo(path).fileName());
    return true;
}

void CustomerImportDialog::loadBytes(const QByteArray &bytes, const QString &name)
{
    m_bytes = bytes;
    m_table->setRowCount(0);
    m_import->setEnabled(false);
    auto preview = CsvTransfer(m_session.db).previewCustomers(bytes);
    if (!preview) {
        m_summary->setText(preview.error().message);
        return;
    }
    if (!preview->fileProblems.isEmpty()) {
        m_summary->setText(tr("%1 cannot be imported: %2").arg(name, preview->fileProblems.join(QLatin1Char(' '))));
        return;
    }
    m_table->setRowCount(int(preview->rows.size()));
    const QColor problem(0xfd, 0xec, 0xea);
    for (int row = 0; row < preview->rows.size(); ++row) {
        const CustomerImportRow &r = preview->rows.at(row);
        const Customer &c = r.customer;
        const QStringList values{QString::number(r.line), c.name, c.taxId, c.phone, c.email,
                                 QStringList{c.address, c.postcode}.join(QLatin1Char(' ')).trimmed(), c.city,
                                 r.problems.isEmpty() ? tr("Ready") : r.problems.join(QLatin1Char('\n'))};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (!r.problems.isEmpty())
                item->setBackground(problem);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 1; column < 7; ++column)  // the problems keep the room to be read
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 190));
    m_table->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    const int bad = preview->problemRows();
    const QString read = tr("%1 (%2, “%3”): %n customer(s) read.", nullptr, int(preview->rows.size()))
                             .arg(name, preview->encoding, QString(preview->separator));
    m_summary->setText(bad ? read + QLatin1Char(' ') + tr("%n row(s) have problems: correct them in the spreadsheet and choose the file again; nothing will be imported until then.", nullptr, bad)
                           : read + QLatin1Char(' ') + tr("Every row is right."));
    m_import->setEnabled(preview->canImport());
}

bool CustomerImportDialog::importNow()
{
    auto done = CsvTransfer(m_session.db).importCustomers(m_bytes, m_session.actor);
    if (!done) {
        MessageBox::warning(this, tr("Import customers"), done.error().message);
        return false;
    }
    m_imported = *done;
    MessageBox::information(this, tr("Import customers"), tr("%n customer(s) imported.", nullptr, *done));
    return true;
}

} // namespace ordo
