#include "ui/orders/QuoteDialog.h"

#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/usecases/Quotes.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Printing.h"
#include "ui/print/QuoteRenderer.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

QuoteDialog::QuoteDialog(Session session, Id orderId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_orderId(orderId)
{
    setObjectName(QStringLiteral("quoteDialog"));
    const auto order = WorkOrderService(m_session.db).find(orderId);
    setWindowTitle(order ? tr("Quotes — %1").arg(order->number) : tr("Quotes"));
    auto *layout = new QVBoxLayout(this);

    auto *issued = new QGroupBox(tr("Quotes issued"), this);
    auto *issuedLayout = new QVBoxLayout(issued);
    m_list = new QTableWidget(0, 5, issued);
    m_list->setObjectName(QStringLiteral("quoteList"));
    m_list->setHorizontalHeaderLabels({tr("Quote"), tr("Issued"), tr("Total"), tr("Valid until"), tr("State")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    issuedLayout->addWidget(m_list);
    m_empty = new QLabel(tr("No quote has been issued for this order yet."), issued);
    issuedLayout->addWidget(m_empty);
    auto *actions = new QHBoxLayout;
    m_print = new QPushButton(tr("Print…"), issued);
    m_savePdf = new QPushButton(tr("Save PDF…"), issued);
    m_email = new QPushButton(tr("E-mail…"), issued);
    m_accept = new QPushButton(tr("Record acceptance…"), issued);
    m_refuse = new QPushButton(tr("Record refusal…"), issued);
    m_accept->setObjectName(QStringLiteral("recordAcceptance"));
    for (QPushButton *b : {m_print, m_savePdf, m_email, m_accept, m_refuse})
        actions->addWidget(b);
    actions->addStretch();
    issuedLayout->addLayout(actions);
    layout->addWidget(issued, 1);

    auto *fresh = new QGroupBox(tr("New quote from the order's lines"), this);
    auto *form = new QFormLayout(fresh);
    const QuoteTerms defaults = Quotes(m_session.db).defaultTerms();
    m_validUntil = new QDateEdit(defaults.validUntil, fresh);
    m_validUntil->setObjectName(QStringLiteral("quoteValidUntil"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setMinimumDate(Clock::today());
    form->addRow(tr("Valid until:"), m_validUntil);
    m_conditions = new QPlainTextEdit(defaults.conditions, fresh);
    m_conditions->setObjectName(QStringLiteral("quoteConditions"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setFixedHeight(m_conditions->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Conditions:"), m_conditions);
    auto *newActions = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Preview…"), fresh);
    auto *issue = new QPushButton(tr("Issue"), fresh);
    auto *issueMail = new QPushButton(tr("Issue and e-mail…"), fresh);
    issue->setObjectName(QStringLiteral("issueQuote"));
    newActions->addWidget(preview);
    newActions->addWidget(issue);
    newActions->addWidget(issueMail);
    newActions->addStretch();
    auto *makeDefault = new QPushButton(tr("Use for new quotes"), fresh);
    makeDefault->setObjectName(QStringLiteral("quoteDefaults"));
    makeDefault->setToolTip(tr("New quotes get this validity (counted in days from their date) and these conditions."));
    newActions->addWidget(makeDefault);
    form->addRow(newActions);
    auto *hint = new QLabel(tr("The quote is made from the order's saved lines. A preview records nothing; issuing keeps "
                               "the quote as it is, with the next number."),
                            fresh);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(hint);
    layout->addWidget(fresh);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &QuoteDialog::updateButtons);
    connect(m_print, &QPushButton::clicked, this, &QuoteDialog::printSelected);
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        const auto quote = selectedQuote();
        if (!quote)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save quote"),
                                                          QuoteRenderer(*quote, CompanyProfile{}).fileName(),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveSelectedPdf(path);
    });
    connect(m_email, &QPushButton::clicked, this, [this] { askEmail(false); });
    connect(m_accept, &QPushButton::clicked, this, [this] { askAnswer(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { askAnswer(false); });
    connect(preview, &QPushButton::clicked, this, &QuoteDialog::showPreview);
    connect(issue, &QPushButton::clicked, this, [this] {
        if (auto q = this->issue())
            MessageBox::information(this, tr("Quote"), tr("Quote %1 issued.").arg(q->number));
    });
    connect(issueMail, &QPushButton::clicked, this, [this] { askEmail(true); });
    connect(makeDefault, &QPushButton::clicked, this, [this] {
        if (saveDefaults())
            MessageBox::information(this, tr("Quote"),
                                    tr("New quotes are valid for %n day(s) and carry these conditions.", nullptr,
                                       int(Clock::today().daysTo(m_validUntil->date()))));
    });

    reload();
    resize(820, 600);
}

QString QuoteDialog::stateText(const Quote &q) const
{
    switch (q.state) {
    case QuoteState::Accepted:
        return tr("Accepted by %1 on %2 (recorded by %3)").arg(q.decidedBy, shortDate(q.decidedOn), q.recordedBy);
    case QuoteState::Rejected:
        return tr("Refused by %1 on %2 (recorded by %3)").arg(q.decidedBy, shortDate(q.decidedOn), q.recordedBy);
    case QuoteState::Sent:
    case QuoteState::Issued: {
        QString text = q.state == QuoteState::Sent
                           ? tr("Sent to %1 on %2").arg(q.sentTo, shortDate(QDateTime::fromSecsSinceEpoch(*q.sentAt).toLocalTime().date()))
                           : tr("Issued by %1").arg(q.issuedBy);
        if (q.expiredOn(Clock::today()))
            text += tr(" — expired");
        return text;
    }
    }
    return {};
}

void QuoteDialog::reload()
{
    const auto selected = selectedQuote();
    auto list = Quotes(m_session.db).forOrder(m_orderId);
    if (!list) {
        MessageBox::warning(this, tr("Quotes"), list.error().message);
        return;
    }
    m_quotes = *list;
    m_list->setRowCount(int(m_quotes.size()));
    for (int row = 0; row < m_quotes.size(); ++row) {
        const Quote &q = m_quotes[row];
        const QStringList cells{q.number, shortDate(QDateTime::fromSecsSinceEpoch(q.issuedAt).toLocalTime().date()),
                                money::formatEuros(q.totals.total), shortDate(q.validUntil), stateText(q)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, q.id);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_list->setItem(row, c, item);
        }
    }
    m_list->setVisible(!m_quotes.isEmpty());
    m_empty->setVisible(m_quotes.isEmpty());
    if (selected)
        selectQuote(selected->id);
    else if (!m_quotes.isEmpty())
        m_list->selectRow(0);
    updateButtons();
}

void QuoteDialog::updateButtons()
{
    const auto q = selectedQuote();
    for (QPushButton *b : {m_print, m_savePdf, m_email})
        b->setEnabled(q.has_value());
    m_accept->setEnabled(q && !q->isDecided());
    m_refuse->setEnabled(q && !q->isDecided());
}

void QuoteDialog::selectQuote(Id quoteId)
{
    for (int row = 0; row < m_quotes.size(); ++row)
        if (m_quotes[row].id == quoteId)
            m_list->selectRow(row);
}

std::optional<Quote> QuoteDialog::selectedQuote() const
{
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_quotes.size())
        return std::nullopt;
    return m_quotes[rows.first().row()];
}

QByteArray QuoteDialog::pdfOf(const Quote &quote) const
{
    return QuoteRenderer(quote, CompanyProfiles(m_session.db).load()).pdf();
}

QByteArray QuoteDialog::previewPdf()
{
    QuoteTerms terms{m_validUntil->date(), m_conditions->toPlainText(), true};
    auto q = Quotes(m_session.db).preview(m_orderId, terms);
    if (!q) {
        MessageBox::warning(this, tr("Quote"), q.error().message);
        return {};
    }
    return pdfOf(*q);
}

void QuoteDialog::showPreview()
{
    QuoteTerms terms{m_validUntil->date(), m_conditions->toPlainText(), true};
    auto q = Quotes(m_session.db).preview(m_orderId, terms);
    if (!q) {
        MessageBox::warning(this, tr("Quote"), q.error().message);
        return;
    }
    const Quote quote = *q;
    const CompanyProfile company = CompanyProfiles(m_session.db).load();
    printPreview(this, {tr("Quote preview"), true,
                        [&quote, &company](QPagedPaintDevice *device) { QuoteRenderer(quote, company).render(device); }});
}

bool QuoteDialog::saveDefaults()
{
    const int days = int(Clock::today().daysTo(m_validUntil->date()));
    if (auto saved = Quotes(m_session.db).setDefaults(days, m_conditions->toPlainText(), m_session.actor); !saved) {
        MessageBox::warning(this, tr("Quote"), saved.error().message);
        return false;
    }
    return true;
}

std::optional<Quote> QuoteDialog::issue()
{
    QuoteTerms terms{m_validUntil->date(), m_conditions->toPlainText(), true};
    auto q = Quotes(m_session.db).issue(m_orderId, terms, m_session.actor);
    if (!q) {
        MessageBox::warning(this, tr("Quote not issued"), q.error().message);
        return std::nullopt;
    }
    reload();
    selectQuote(q->id);
    emit quotesChanged();
    return *q;
}

void QuoteDialog::printSelected()
{
    const auto quote = selectedQuote();
    if (!quote)
        return;
    const CompanyProfile company = CompanyProfiles(m_session.db).load();
    printWithDialog(this, {{}, true, [&](QPagedPaintDevice *device) { QuoteRenderer(*quote, company).render(device); }});
}

bool QuoteDialog::saveSelectedPdf(const QString &path)
{
    const auto quote = selectedQuote();
    if (!quote)
        return false;
    const QByteArray pdf = pdfOf(*quote);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        MessageBox::error(this, tr("Quote"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool QuoteDialog::emailSelected(const QString &to)
{
    const auto quote = selectedQuote();
    if (!quote)
        return false;
    auto sent = Quotes(m_session.db).send(quote->id, pdfOf(*quote), m_session.actor, to);
    if (!sent) {
        MessageBox::warning(this, tr("Quote not sent"), sent.error().message);
        return false;
    }
    reload();
    emit quotesChanged();
    return true;
}

void QuoteDialog::askEmail(bool issueFirst)
{
    QString address;
    if (issueFirst) {
        // Ask before anything is recorded, so that a cancelled address issues nothing.
        auto preview = Quotes(m_session.db).preview(m_orderId, {m_validUntil->date(), m_conditions->toPlainText(), true});
        if (!preview) {
            MessageBox::warning(this, tr("Quote"), preview.error().message);
            return;
        }
        address = preview->customerEmail;
    } else if (const auto q = selectedQuote()) {
        address = q->customerEmail;
    } else {
        return;
    }
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("E-mail the quote"), tr("Send the quote to:"), QLineEdit::Normal,
                                             address, &ok)
                           .trimmed();
    if (!ok)
        return;
    if (to.isEmpty() || !to.contains(QLatin1Char('@'))) {
        MessageBox::warning(this, tr("Quote not sent"), tr("Type the e-mail address to send the quote to."));
        return;
    }
    if (issueFirst && !issue())
        return;
    if (emailSelected(to))
        MessageBox::information(this, tr("Quote"), tr("Quote %1 is in the outbox for %2; it goes with the next mail "
                                                      "delivery.").arg(selectedQuote()->number, to));
}

bool QuoteDialog::recordAnswer(bool accepted, const QDate &on, const QString &person, const QString &note)
{
    const auto quote = selectedQuote();
    if (!quote)
        return false;
    QuoteDecision decision{on, person, note, false};
    if (accepted && quote->expiredOn(on.isValid() ? on : Clock::today())) {
        const auto answer = MessageBox::question(
            this, tr("Quote expired"),
            tr("Quote %1 was valid until %2. Record the acceptance anyway, at the quoted prices?")
                .arg(quote->number, shortDate(quote->validUntil)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        decision.evenIfExpired = true;
    }
    Quotes quotes(m_session.db);
    auto done = accepted ? quotes.accept(quote->id, decision, m_session.actor) : quotes.reject(quote->id, decision, m_session.actor);
    if (!done) {
        MessageBox::warning(this, accepted ? tr("Acceptance not recorded") : tr("Refusal not recorded"), done.error().message);
        return false;
    }
    reload();
    emit quotesChanged();
    return true;
}

void QuoteDialog::askAnswer(bool accepted)
{
    const auto quote = selectedQuote();
    if (!quote)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(accepted ? tr("Record acceptance of %1").arg(quote->number)
                                   : tr("Record refusal of %1").arg(quote->number));
    auto *form = new QFormLayout(&dialog);
    auto *on = new QDateEdit(Clock::today(), &dialog);
    on->setCalendarPopup(true);
    on->setMaximumDate(Clock::today());
    auto *person = new QLineEdit(&dialog);
    person->setText(quote->customerName);   // usually the customer; the office corrects it
    auto *note = new QLineEdit(&dialog);
    form->addRow(accepted ? tr("Accepted on:") : tr("Refused on:"), on);
    form->addRow(accepted ? tr("Accepted by:") : tr("Refused by:"), person);
    form->addRow(tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (recordAnswer(accepted, on->date(), person->text(), note->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace ordo
