#include "ui/common/LinesEditor.h"

#include "core/billing/Catalogue.h"
#include "core/billing/TaxCauses.h"
#include "ui/common/Palette.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontMetrics>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QPointer>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ordo {

namespace {

enum LineColumn { Description, Quantity, UnitPrice, Vat, Discount, Net, LineColumns };

struct Parsed
{
    std::optional<Milli> quantity;
    std::optional<Cents> price;
    std::optional<Cents> vat;       // a percentage with two decimals is basis points
    std::optional<Cents> discount;
};

Parsed parse(QTableWidget *table, int row)
{
    const QLocale locale;
    auto text = [&](int column) { return table->item(row, column) ? table->item(row, column)->text() : QString(); };
    auto percent = [&](int column) {
        const QString t = text(column).remove(QLatin1Char('%')).trimmed();
        return money::parseCents(t.isEmpty() ? QStringLiteral("0") : t, locale);
    };
    return {money::parseQuantity(text(Quantity), locale), money::parseCents(text(UnitPrice), locale), percent(Vat), percent(Discount)};
}

enum CatalogueRole { DescriptionRole = Qt::UserRole + 1, ItemIdRole };

} // namespace

class DescriptionDelegate final : public QStyledItemDelegate
{
public:
    explicit DescriptionDelegate(LinesEditor *lines) : QStyledItemDelegate(lines), m_lines(lines) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        return m_lines->descriptionEditor(parent, index.row());
    }

private:
    LinesEditor *m_lines;
};

QLineEdit *LinesEditor::descriptionEditor(QWidget *parent, int row)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("lineDescription"));
    edit->setFrame(false);
    if (!m_catalogue)
        return edit;
    // Lazy: nothing is read until two letters are typed, then only the first matches.
    auto *model = new QStandardItemModel(edit);
    auto *completer = new QCompleter(model, edit);
    completer->setObjectName(QStringLiteral("catalogueCompleter"));
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(DescriptionRole);
    completer->setMaxVisibleItems(10);
    edit->setCompleter(completer);
    auto rowItem = QPersistentModelIndex(m_table->model()->index(row, Description));
    connect(edit, &QLineEdit::textEdited, edit, [this, model, completer](const QString &text) {
        model->clear();
        if (text.trimmed().size() < 2)
            return;
        auto found = Catalogue(*m_catalogue).search(text, 15);
        if (!found)
            return;  // a failed read only means no suggestions; the line is typed by hand
        const QLocale locale;
        for (const CatalogueItem &item : *found) {
            auto *entry = new QStandardItem(tr("%1 — %2 · %3 / %4 · VAT %5")
                                                .arg(item.code, item.description, money::formatEuros(item.unitPrice, locale),
                                                     item.unit, money::formatRate(item.vatRate, locale)));
            entry->setData(item.description, DescriptionRole);
            entry->setData(item.id, ItemIdRole);
            model->appendRow(entry);
        }
        if (model->rowCount() == 0)
            return;
        // As wide as the suggestions, not only the description's cell (narrow at 1024 px), within the table.
        QAbstractItemView *popup = completer->popup();
        popup->setMinimumWidth(std::min(popup->sizeHintForColumn(0) + 2 * popup->frameWidth() + popup->verticalScrollBar()->sizeHint().width(),
                                        m_table->viewport()->width()));
        completer->complete();
    });
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), edit, [this, rowItem](const QModelIndex &picked) {
        if (!rowItem.isValid())
            return;
        auto item = Catalogue(*m_catalogue).find(picked.data(ItemIdRole).toLongLong());
        if (item)
            fillFromCatalogue(rowItem.row(), *item);
    });
    return edit;
}

void LinesEditor::fillFromCatalogue(int row, const CatalogueItem &item)
{
    const QLocale locale;
    {
        const QSignalBlocker block(m_table);
        m_table->item(row, Description)->setText(item.description);
        m_table->item(row, UnitPrice)->setText(money::formatCents(item.unitPrice, locale));
        QTableWidgetItem *vat = m_table->item(row, Vat);
        vat->setText(money::formatRate(item.vatRate, locale).remove(QStringLiteral(" %")));
        if (item.vatRate != 0) {  // a reason for no VAT no longer fits a taxed item
            vat->setData(Qt::UserRole, QString());
            vat->setToolTip(QString());
        }
    }
    updateTotals();
    emit edited();
}

LinesEditor::LinesEditor(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, LineColumns, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price (€)"), tr("VAT %"), tr("Discount %"),
                                        tr("Net (€)")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    // Wide enough for the number and for the heading in any language ("Cantidad", "Descuento %").
    const QFontMetrics heading(m_table->horizontalHeader()->font());
    const std::initializer_list<std::pair<int, int>> widths{{Quantity, 80}, {UnitPrice, 140}, {Vat, 70}, {Discount, 95}, {Net, 110}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, std::max(width, heading.horizontalAdvance(
                                                            m_table->horizontalHeaderItem(column)->text()) + 24));
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(Description, new DescriptionDelegate(this));
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add line"), this);
    m_add->setObjectName(QStringLiteral("addLine"));
    m_remove = new QPushButton(tr("Remove line"), this);
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_cause = new QPushButton(tr("Reason for no VAT…"), this);
    m_cause->setObjectName(QStringLiteral("lineTaxCause"));
    m_cause->setToolTip(tr("Exempt, reverse charge (inversión del sujeto pasivo) or not subject: the invoice prints "
                           "the legal mention for it"));
    m_cause->hide();
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_cause);
    buttons->addStretch(1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("linesError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight);
    m_totals->setTextFormat(Qt::RichText);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_totals);
    connect(m_add, &QPushButton::clicked, this, [this] {
        LineItem line;
        line.vatRate = m_defaultVat;
        addLine(line);
        m_table->setCurrentCell(m_table->rowCount() - 1, Description);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Description));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        updateTotals();
        emit edited();
    });
    connect(m_cause, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        QTableWidgetItem *vat = row >= 0 ? m_table->item(row, Vat) : nullptr;
        if (!vat)
            return;
        QStringList names;
        for (const QString &key : taxcause::keys())
            names << taxcause::displayName(key);
        const int current = std::max<int>(0, taxcause::keys().indexOf(taxcause::base(vat->data(Qt::UserRole).toString())));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Reason for no VAT"),
                                                     tr("Line %1: why it carries no VAT").arg(row + 1), names, current, false, &ok);
        if (!ok)
            return;
        const QString key = taxcause::keys().value(names.indexOf(chosen));
        {
            const QSignalBlocker block(m_table);
            vat->setData(Qt::UserRole, key);
            vat->setToolTip(key.isEmpty() ? QString() : taxcause::displayName(key));
            if (!key.isEmpty())
                vat->setText(QStringLiteral("0"));
            else if (parse(m_table, row).vat.value_or(0) == 0)
                vat->setText(money::formatRate(m_defaultVat, QLocale()).remove(QStringLiteral(" %")));
        }
        updateTotals();
        emit edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() == Net)
            return;
        updateTotals();
        emit edited();
    });
    updateTotals();
}

void LinesEditor::setTaxCausesEditable(bool editable)
{
    m_causesEditable = editable;
    m_cause->setVisible(editable && m_add->isVisibleTo(this));
}

void LinesEditor::setReadOnly(bool readOnly)
{
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_cause->setVisible(!readOnly && m_causesEditable);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
}

void LinesEditor::setLines(const QList<LineItem> &lines)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const auto &l : lines)
        addRow(l);
    m_loading = false;
    updateTotals();
}

void LinesEditor::addLine(const LineItem &line)
{
    m_loading = true;
    LineItem blank = line;
    if (line.description.isEmpty() && line.unitPrice == 0)
        blank.description.clear();
    addRow(blank);
    m_loading = false;
    updateTotals();
    emit edited();
}

void LinesEditor::addRow(const LineItem &line)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QLocale locale;
    auto cell = [&](int column, const QString &text, bool editable = true) {
        auto *item = new QTableWidgetItem(text);
        if (column != Description)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
    };
    cell(Description, line.description);
    cell(Quantity, money::formatQuantity(line.quantity, locale));
    cell(UnitPrice, money::formatCents(line.unitPrice, locale));
    cell(Vat, money::formatRate(line.vatRate, locale).remove(QStringLiteral(" %")));
    m_table->item(row, Vat)->setData(Qt::UserRole, line.taxCause);
    if (!line.taxCause.isEmpty())
        m_table->item(row, Vat)->setToolTip(taxcause::displayName(line.taxCause));
    cell(Discount, money::formatRate(line.discount, locale).remove(QStringLiteral(" %")));
    cell(Net, money::formatCents(line.net(), locale), false);
}

std::optional<QList<LineItem>> LinesEditor::lines()
{
    QList<LineItem> result;
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text() : QString(); };
        LineItem line;
        line.description = text(Description).trimmed();
        if (line.description.isEmpty() && text(Quantity).trimmed().isEmpty() && text(UnitPrice).trimmed().isEmpty())
            continue;  // an empty row is not a line
        const Parsed p = parse(m_table, row);
        if (line.description.isEmpty())
            problems << tr("Line %1 needs a description.").arg(row + 1);
        if (!p.quantity)
            problems << tr("Line %1: the quantity “%2” is not a number.").arg(row + 1).arg(text(Quantity));
        if (!p.price)
            problems << tr("Line %1: the price “%2” is not an amount in euros.").arg(row + 1).arg(text(UnitPrice));
        if (!p.vat || *p.vat < 0 || *p.vat > 10000)
            problems << tr("Line %1: VAT must be a percentage between 0 and 100.").arg(row + 1);
        if (!p.discount || *p.discount < 0 || *p.discount > 10000)
            problems << tr("Line %1: the discount must be a percentage between 0 and 100.").arg(row + 1);
        line.taxCause = m_table->item(row, Vat) ? m_table->item(row, Vat)->data(Qt::UserRole).toString() : QString();
        if (!line.taxCause.isEmpty() && p.vat && *p.vat != 0)
            problems << tr("Line %1 is “%2”: its VAT must be 0 %.").arg(row + 1).arg(taxcause::displayName(line.taxCause));
        if (p.quantity && p.price && p.vat && p.discount) {
            line.quantity = *p.quantity;
            line.unitPrice = *p.price;
            line.vatRate = static_cast<BasisPoints>(*p.vat);
            line.discount = static_cast<BasisPoints>(*p.discount);
            line.position = static_cast<int>(result.size());
            result.append(line);
        }
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return std::nullopt;
    }
    m_error->hide();
    return result;
}

void LinesEditor::updateTotals()
{
    const QLocale locale;
    const bool wasLoading = m_loading;
    m_loading = true;
    QList<money::LineInput> inputs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Parsed p = parse(m_table, row);
        QTableWidgetItem *net = m_table->item(row, Net);
        if (p.quantity && p.price && p.vat && p.discount) {
            const money::LineInput in{*p.quantity, *p.price, static_cast<BasisPoints>(*p.vat), static_cast<BasisPoints>(*p.discount)};
            inputs.append(in);
            if (net)
                net->setText(money::formatCents(money::lineNet(in.quantity, in.unitPrice, in.discount), locale));
        } else if (net) {
            net->setText(QStringLiteral("—"));
        }
    }
    m_loading = wasLoading;
    const auto t = money::totals(inputs);
    QStringList rows;
    for (const auto &b : t.buckets)
        rows << tr("VAT %1 on %2: %3").arg(money::formatRate(b.rate, locale), money::formatEuros(b.base, locale),
                                          money::formatEuros(b.vat, locale));
    rows << tr("<b>Total: %1</b>").arg(money::formatEuros(t.total, locale));
    m_totals->setText(rows.join(QStringLiteral("<br/>")));
}

} // namespace ordo
