#include "ui/orders/OrderEditor.h"
#include "ui/common/Palette.h"

#include "ui/common/LinesEditor.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/AssetDialogs.h"
#include "ui/customers/CustomerForm.h"
#include "ui/orders/JobSheet.h"
#include "ui/orders/QuoteDialog.h"
#include "ui/orders/StaleNotice.h"
#include "core/orders/EventText.h"
#include "core/people/CustomerRepository.h"
#include "core/usecases/FieldWork.h"
#include "core/usecases/OrderSaving.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSaveFile>
#include <QScreen>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QPixmap>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace ordo {

namespace {


QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(palette::errorText());
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A picture that opens at full size when clicked (or Enter/Space when it has the focus).
class PictureThumb final : public QLabel
{
public:
    PictureThumb(std::function<void()> open, QWidget *parent) : QLabel(parent), m_open(std::move(open))
    {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_open();
        QLabel::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
            m_open();
        else
            QLabel::keyPressEvent(event);
    }

private:
    std::function<void()> m_open;
};

// A form label whose mnemonic (Alt+letter) reaches a field inside a composite row.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

OrderEditor::OrderEditor(Session session, Id orderId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_orderId(orderId)
{
    setObjectName(QStringLiteral("orderEditor"));
    setWindowTitle(orderId ? tr("Work order") : tr("New work order"));
    resize(820, 640);
    auto *layout = new QVBoxLayout(this);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("orderStep"));
    layout->addWidget(m_step);
    m_staleNotice = new StaleNotice(this);
    connect(m_staleNotice, &StaleNotice::reloadRequested, this, [this] {
        load();
        m_modified = false;
    });
    layout->addWidget(m_staleNotice);
    connect(&m_session.db.notifier(), &ChangeNotifier::orderChanged, this, &OrderEditor::orderChangedElsewhere);
    // Many orders changed at once (another program's bulk change): this one may be among them.
    connect(&m_session.db.notifier(), &ChangeNotifier::ordersReset, this, [this] { orderChangedElsewhere(m_orderId); });
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOrderTab(), tr("&Order"));
    m_tabs->addTab(buildLinesTab(), tr("&Lines"));
    m_tabs->addTab(buildNotesTab(), tr("&Notes"));
    m_tabs->addTab(buildHistoryTab(), tr("&History"));
    m_tabs->addTab(buildPhotosTab(), tr("Photos"));
    m_tabs->setTabVisible(4, false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_photosPage && !m_picturesLoaded)
            loadPictures();
    });
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("editorButtons"));
    QPushButton *jobSheet = buttons->addButton(tr("Job sheet…"), QDialogButtonBox::ActionRole);
    jobSheet->setObjectName(QStringLiteral("printJobSheet"));
    jobSheet->setEnabled(orderId != 0);
    connect(jobSheet, &QPushButton::clicked, this, [this] { JobSheet::printOrSave(this, m_session.db, m_orderId); });
    m_assetsButton = buttons->addButton(tr("Assets…"), QDialogButtonBox::ActionRole);
    m_assetsButton->setObjectName(QStringLiteral("orderAssetsButton"));
    m_assetsButton->setToolTip(tr("The customer's assets this order is about: the windows to repair, the boiler to service."));
    m_assetsButton->setEnabled(false);
    connect(m_assetsButton, &QPushButton::clicked, this, &OrderEditor::openAssets);
    QPushButton *quote = buttons->addButton(tr("Quote…"), QDialogButtonBox::ActionRole);
    quote->setObjectName(QStringLiteral("quoteButton"));
    quote->setEnabled(orderId != 0);
    connect(quote, &QPushButton::clicked, this, [this] { openQuotes(); });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderEditor::reject);
    load();
}

QuoteDialog *OrderEditor::openQuotes(bool modal)
{
    // A quote is made from the saved lines: what is typed here is saved first (or the quote waits).
    if (m_modified) {
        const auto answer = MessageBox::question(this, tr("Quote"),
                                                 tr("The quote is made from the order as saved. Save your changes first?"),
                                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return nullptr;
    }
    auto *dialog = new QuoteDialog(m_session, m_orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuoteDialog::quotesChanged, this, [this] {
        // Sending or an acceptance may have moved the order: show its step and history as they are now.
        const bool modified = m_modified;
        load();
        m_modified = modified;
    });
    if (modal)
        dialog->open();
    else
        dialog->show();
    return dialog;
}

QWidget *OrderEditor::buildOrderTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    QLayout *customerBox = buildCustomerPart(page);
    form->addRow(buddyLabel(tr("&Customer:"), m_customerSearch), customerBox);

    m_siteAddress = new QLineEdit(page);
    m_siteAddress->setObjectName(QStringLiteral("siteAddress"));
    m_siteAddress->setPlaceholderText(tr("Where the work is, if not the customer's address"));
    form->addRow(tr("&Site:"), m_siteAddress);

    m_jobType = new QComboBox(page);
    m_jobType->setObjectName(QStringLiteral("jobType"));
    m_jobType->setEditable(true);
    m_jobType->addItems({tr("Installation"), tr("Repair"), tr("Maintenance")});
    form->addRow(tr("&Job type:"), m_jobType);

    auto *titleBox = new QVBoxLayout;
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What is the job? e.g. Replace three windows"));
    m_titleError = errorLabel(page, QStringLiteral("titleError"));
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_titleError);
    form->addRow(buddyLabel(tr("&Title:"), m_title), titleBox);

    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);

    m_assignee = new QComboBox(page);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_assignee->addItem(tr("Nobody yet"));
    if (auto staff = StaffRepository(m_session.db).list(true))
        for (const auto &m : *staff)
            m_assignee->addItem(QStringLiteral("%1 (%2)").arg(m.name, displayName(m.role)), QVariant::fromValue<qint64>(m.id));
    form->addRow(tr("&Assigned to:"), m_assignee);

    m_priority = new QComboBox(page);
    m_priority->setObjectName(QStringLiteral("priority"));
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        m_priority->addItem(displayName(p), static_cast<int>(p));
    m_priority->setCurrentIndex(1);
    form->addRow(tr("&Priority:"), m_priority);

    auto *dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("Due by"), page);
    m_hasDue->setObjectName(QStringLiteral("hasDue"));
    m_due = new QDateEdit(QDate::currentDate().addDays(30), page);
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);
    form->addRow(buddyLabel(tr("D&ue date:"), m_hasDue), dueRow);

    for (QLineEdit *e : {m_siteAddress, m_title})
        connect(e, &QLineEdit::textEdited, this, &OrderEditor::markModified);
    connect(m_description, &QPlainTextEdit::textChanged, this, &OrderEditor::markModified);
    connect(m_jobType, &QComboBox::currentTextChanged, this, &OrderEditor::markModified);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &OrderEditor::markModified);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &OrderEditor::markModified);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &OrderEditor::markModified);
    connect(m_due, &QDateEdit::dateChanged, this, &OrderEditor::markModified);
    return page;
}

// The customer: found by typing a phone or a name, or a new one typed in the shared customer form.
QLayout *OrderEditor::buildCustomerPart(QWidget *page)
{
    auto *customerBox = new QVBoxLayout;
    m_customerSearch = new QLineEdit(page);
    m_customerSearch->setObjectName(QStringLiteral("customerSearch"));
    m_customerSearch->setPlaceholderText(tr("Type a phone number or a name…"));
    m_customerResults = new QListWidget(page);
    m_customerResults->setObjectName(QStringLiteral("customerResults"));
    m_customerResults->setMaximumHeight(110);
    m_customerResults->hide();
    m_customerChosen = new QLabel(page);
    m_customerChosen->setObjectName(QStringLiteral("customerChosen"));
    auto *newCustomerButton = new QPushButton(tr("New customer"), page);
    newCustomerButton->setObjectName(QStringLiteral("newCustomerButton"));
    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_customerChosen, 1);
    chosenRow->addWidget(newCustomerButton);
    // A customer who booked online with a phone or e-mail that another customer has (never merged by
    // the booking), or one typed twice: the front desk sees it wherever the order is opened.
    m_customerAlsoKnown = new QLabel(page);
    m_customerAlsoKnown->setObjectName(QStringLiteral("customerAlsoKnown"));
    m_customerAlsoKnown->setStyleSheet(palette::warningText());
    m_customerAlsoKnown->setWordWrap(true);
    m_customerAlsoKnown->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);  // no more room than its lines
    m_customerAlsoKnown->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_customerAlsoKnown->hide();
    m_customerError = errorLabel(page, QStringLiteral("customerChoiceError"));
    m_newCustomer = new CustomerForm(m_session.db, CustomerForm::Layout::Compact, page);
    m_newCustomer->setContentsMargins(12, 0, 0, 0);
    m_newCustomer->setDuplicateCheck(true);
    m_newCustomer->hide();

    customerBox->addWidget(m_customerSearch);
    customerBox->addWidget(m_customerResults);
    customerBox->addLayout(chosenRow);
    customerBox->addWidget(m_customerAlsoKnown);
    customerBox->addWidget(m_customerError);
    customerBox->addWidget(m_newCustomer);

    connect(m_customerSearch, &QLineEdit::textEdited, this, &OrderEditor::searchCustomers);
    connect(m_customerResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        pickCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_customerResults, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        pickCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(newCustomerButton, &QPushButton::clicked, this, &OrderEditor::startNewCustomer);
    connect(m_customerAlsoKnown, &QLabel::linkActivated, this, [this](const QString &link) { pickCustomer(link.toLongLong()); });
    connect(m_newCustomer, &CustomerForm::existingCustomerChosen, this, &OrderEditor::pickCustomer);
    connect(m_newCustomer, &CustomerForm::edited, this, &OrderEditor::markModified);
    return customerBox;
}


QWidget *OrderEditor::buildLinesTab()
{
    m_lines = new LinesEditor(this);
    m_lines->setCatalogue(&m_session.db);
    connect(m_lines, &LinesEditor::edited, this, &OrderEditor::markModified);
    return m_lines;
}

QWidget *OrderEditor::buildNotesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_notes = new QListWidget(page);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_newNote = new QPlainTextEdit(page);
    m_newNote->setObjectName(QStringLiteral("newNote"));
    m_newNote->setPlaceholderText(tr("Write a note for the people who handle this order…"));
    m_newNote->setMaximumHeight(80);
    auto *add = new QPushButton(tr("Add note"), page);
    add->setObjectName(QStringLiteral("addNote"));
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_newNote);
    layout->addWidget(add, 0, Qt::AlignRight);
    connect(add, &QPushButton::clicked, this, &OrderEditor::addNote);
    return page;
}

QWidget *OrderEditor::buildHistoryTab()
{
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setWordWrap(true);
    return m_history;
}

QWidget *OrderEditor::buildPhotosTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("orderPhotos"));
    scroll->setWidgetResizable(true);
    m_photosPage = scroll;
    return scroll;
}

void OrderEditor::loadPictures()
{
    m_picturesLoaded = true;
    auto *scroll = static_cast<QScrollArea *>(m_photosPage);
    auto pictures = FieldWork(m_session.db).pictures(m_orderId);
    if (!pictures || pictures->isEmpty()) {
        m_tabs->setTabVisible(m_tabs->indexOf(m_photosPage), pictures.ok() ? false : true);
        auto *why = new QLabel(pictures ? QString() : pictures.error().message);
        why->setWordWrap(true);
        scroll->setWidget(why);
        m_photos = nullptr;
        return;
    }
    m_photos = new QWidget;
    auto *grid = new QGridLayout(m_photos);
    constexpr int Columns = 3;
    constexpr int Thumb = 220;
    int cell = 0;
    for (const FieldWork::Picture &picture : *pictures) {
        QPixmap pixmap;
        pixmap.loadFromData(picture.data);  // the format from the bytes; the phone's mime type may be vague
        const QDateTime taken = QDateTime::fromSecsSinceEpoch(picture.takenAt).toLocalTime();
        const QString time = QLocale().toString(taken.time(), QStringLiteral("HH:mm"));
        const QString caption = picture.kind == QLatin1String("signature")
                                    ? tr("Signed by %1 at %2").arg(picture.signer, time)
                                    : tr("Photo taken at %1").arg(time);
        auto *image = new PictureThumb([this, pixmap, caption, picture] { showPicture(pixmap, caption, picture); }, m_photos);
        image->setObjectName(picture.kind == QLatin1String("signature") ? QStringLiteral("orderSignature")
                                                                       : QStringLiteral("orderPhoto"));
        image->setToolTip(tr("Click to see it full size"));
        image->setAlignment(Qt::AlignCenter);
        image->setFrameShape(QFrame::StyledPanel);
        image->setMinimumSize(Thumb, Thumb * 3 / 4);
        if (pixmap.isNull())
            image->setText(tr("This image cannot be shown."));
        else
            image->setPixmap(pixmap.scaled(Thumb, Thumb * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        if (picture.kind == QLatin1String("signature"))
            image->setStyleSheet(QStringLiteral("background: white;"));  // ink on a transparent page
        auto *words = new QLabel(caption, m_photos);
        words->setObjectName(QStringLiteral("pictureCaption"));
        words->setAlignment(Qt::AlignCenter);
        words->setWordWrap(true);
        words->setToolTip(formatLocalTime(picture.takenAt));
        auto *box = new QVBoxLayout;
        box->addWidget(image);
        box->addWidget(words);
        grid->addLayout(box, cell / Columns, cell % Columns, Qt::AlignTop);
        ++cell;
    }
    grid->setRowStretch(cell / Columns + 1, 1);
    grid->setColumnStretch(Columns, 1);
    scroll->setWidget(m_photos);
    m_tabs->setTabVisible(m_tabs->indexOf(m_photosPage), true);
}

void OrderEditor::showPicture(const QPixmap &pixmap, const QString &caption, const FieldWork::Picture &picture)
{
    if (pixmap.isNull())
        return;
    // Not modal: the order stays at hand beside the photo.
    auto *viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("pictureViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(caption);
    auto *image = new QLabel(viewer);
    image->setObjectName(QStringLiteral("pictureFull"));
    image->setAlignment(Qt::AlignCenter);
    image->setPixmap(pixmap);
    if (picture.kind == QLatin1String("signature"))
        image->setStyleSheet(QStringLiteral("background: white;"));
    auto *scroll = new QScrollArea(viewer);
    scroll->setWidget(image);
    scroll->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    QPushButton *save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("pictureSave"));
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::close);
    const QByteArray bytes = picture.data;
    const QString suffix = picture.mime.endsWith("png") ? QStringLiteral("png") : picture.mime.endsWith("webp") ? QStringLiteral("webp")
                                                                                                                : QStringLiteral("jpg");
    connect(save, &QPushButton::clicked, viewer, [viewer, bytes, suffix] {
        const QString name = QFileDialog::getSaveFileName(viewer, tr("Save the picture"),
                                                          QStringLiteral("%1.%2").arg(tr("photo"), suffix));
        if (name.isEmpty())
            return;
        QSaveFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            MessageBox::error(viewer, tr("Could not save the picture"),
                              tr("%1: %2").arg(QDir::toNativeSeparators(name), file.errorString()));
    });
    auto *column = new QVBoxLayout(viewer);
    column->addWidget(scroll);
    column->addWidget(buttons);
    // The picture at its size, within most of the screen.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    viewer->resize(std::min(pixmap.width() + 60, screen.width() * 9 / 10), std::min(pixmap.height() + 100, screen.height() * 9 / 10));
    viewer->show();
}

void OrderEditor::load()
{
    m_loading = true;
    if (m_orderId) {
        WorkOrderService orders(m_session.db);
        auto order = orders.find(m_orderId);
        if (!order) {
            MessageBox::error(this, tr("Work order"), order.error().message);
            m_loading = false;
            return;
        }
        m_version = order->version;
        setWindowTitle(tr("Work order %1").arg(order->number));
        m_step->setText(tr("<b>%1</b> — in “%2” since %3 · responsible: %4")
                            .arg(order->number.toHtmlEscaped(), order->stepName.toHtmlEscaped(),
                                 formatLocalTime(order->stepEnteredAt),
                                 order->responsibleName.isEmpty() ? tr("nobody") : order->responsibleName.toHtmlEscaped()));
        pickCustomer(order->customerId);
        m_siteId = order->siteId;
        m_siteAddress->setText(order->siteId ? order->siteAddress : QString());
        m_jobType->setCurrentText(order->jobType);
        m_title->setText(order->title);
        m_description->setPlainText(order->description);
        const int a = order->assigneeId ? m_assignee->findData(QVariant::fromValue<qint64>(*order->assigneeId)) : 0;
        m_assignee->setCurrentIndex(std::max(0, a));
        m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(order->priority)));
        m_hasDue->setChecked(order->dueAt.has_value());
        if (order->dueAt)
            m_due->setDate(QDateTime::fromSecsSinceEpoch(*order->dueAt).toLocalTime().date());
        if (auto lines = orders.lines(m_orderId)) {
            m_lines->setLines(*lines);
            m_linesUnread.clear();
        } else {
            // Never save over lines that were not read: the order would lose them.
            m_linesUnread = lines.error().message;
            MessageBox::error(this, tr("Work order"),
                              tr("The lines of %1 could not be read: %2\nThe order can be looked at but not saved, so "
                                 "that its lines are not lost.").arg(order->number, m_linesUnread));
        }
        if (auto named = AssetRegistry(m_session.db).reasonsOf(m_orderId); named && !m_assets)
            showAssetCount(int(named->size()));
        loadHistory();
        // The pictures themselves (megabytes) are read when their tab is opened.
        auto pictures = FieldWork(m_session.db).pictureCount(m_orderId);
        m_picturesLoaded = false;
        m_tabs->setTabVisible(m_tabs->indexOf(m_photosPage), !pictures || *pictures > 0);
        if (m_tabs->currentWidget() == m_photosPage)
            loadPictures();
    } else {
        m_step->setText(tr("A new order starts in the first step of the process map."));
        m_tabs->setTabEnabled(2, false);
        m_tabs->setTabEnabled(3, false);
        m_customerSearch->setFocus();
    }
    m_loading = false;
    m_modified = false;
}

void OrderEditor::orderChangedElsewhere(Id orderId)
{
    if (orderId != m_orderId || m_orderId == 0 || m_saving)
        return;
    WorkOrderService orders(m_session.db);
    auto order = orders.find(m_orderId);
    if (!order || order->version == m_version)
        return;
    std::optional<OrderEvent> last;
    if (auto history = orders.history(m_orderId); history && !history->isEmpty())
        last = history->last();
    // Without the history (it could not be read) the notice says what is known.
    m_staleNotice->showChange(last ? last->actorName : QString(), last ? std::optional(last->at) : std::nullopt,
                              m_modified);
}

void OrderEditor::loadHistory()
{
    m_history->clear();
    m_notes->clear();
    auto history = WorkOrderService(m_session.db).history(m_orderId);
    if (!history)
        return;
    for (const auto &e : *history) {
        m_history->addItem(QStringLiteral("%1  %2").arg(formatLocalTime(e.at), describeEvent(e)));
        if (e.kind == EventKind::Note)
            m_notes->addItem(QStringLiteral("%1 — %2\n%3").arg(formatLocalTime(e.at), e.actorName, e.note));
    }
}

void OrderEditor::searchCustomers(const QString &text)
{
    m_customerResults->clear();
    if (text.trimmed().size() < 2) {
        m_customerResults->hide();
        return;
    }
    auto found = CustomerRepository(m_session.db).search(text, 12);
    if (!found) {
        showFieldError(m_customerError, found.error().message);
        return;
    }
    for (const auto &c : *found) {
        auto *item = new QListWidgetItem(CustomerForm::describe(c), m_customerResults);
        item->setData(Qt::UserRole, c.id);
    }
    if (found->isEmpty())
        new QListWidgetItem(tr("No customer matches: press “New customer”."), m_customerResults);
    m_customerResults->setVisible(true);
}

void OrderEditor::pickCustomer(Id customerId)
{
    auto c = CustomerRepository(m_session.db).find(customerId);
    if (!c) {
        showFieldError(m_customerError, c.error().message);
        return;
    }
    if (m_customerId && *m_customerId != c->id && !m_loading) {
        // Another customer: the assets named were the other one's.
        m_assets = m_orderId ? std::optional<QHash<Id, AssetReason>>(QHash<Id, AssetReason>{}) : std::nullopt;
        showAssetCount(0);
    }
    m_customerId = c->id;
    m_assetsButton->setEnabled(true);
    m_customerChosen->setText(CustomerForm::describe(*c));
    auto others = CustomerRepository(m_session.db).likelyDuplicates(c->phone, c->email, c->id);
    if (others && !others->isEmpty()) {
        QStringList links;
        for (const auto &o : *others)
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(o.id).arg(CustomerForm::describe(o).toHtmlEscaped());
        m_customerAlsoKnown->setText(tr("Check the customer: the same phone or e-mail belongs to %1. Click one to make it "
                                        "this order's customer instead.").arg(links.join(QStringLiteral(", "))));
        m_customerAlsoKnown->show();
    } else {
        m_customerAlsoKnown->hide();  // a failed look only loses the warning
    }
    m_customerResults->hide();
    m_newCustomer->hide();
    m_customerError->hide();
    markModified();
}

void OrderEditor::showAssetCount(int count)
{
    m_assetsButton->setText(count > 0 ? tr("Assets (%1)…").arg(count) : tr("Assets…"));
}

void OrderEditor::chooseAssets(const QHash<Id, AssetReason> &assets)
{
    m_assets = assets;
    showAssetCount(int(assets.size()));
    markModified();
}

void OrderEditor::openAssets()
{
    if (!m_customerId)
        return;
    QHash<Id, AssetReason> current;
    if (m_assets) {
        current = *m_assets;
    } else if (m_orderId) {
        auto named = AssetRegistry(m_session.db).reasonsOf(m_orderId);
        if (!named) {
            MessageBox::error(this, tr("Work order"), named.error().message);
            return;
        }
        current = *named;
    }
    // A new link's reason follows the job type.
    OrderAssetsDialog dialog(m_session, *m_customerId, current, AssetRegistry::reasonForJobType(m_jobType->currentText()), this);
    if (dialog.exec() == QDialog::Accepted)
        chooseAssets(dialog.chosen());
}

void OrderEditor::startNewCustomer()
{
    m_customerId.reset();
    m_assets = m_orderId ? std::optional<QHash<Id, AssetReason>>(QHash<Id, AssetReason>{}) : std::nullopt;
    showAssetCount(0);
    m_assetsButton->setEnabled(false);  // a new customer has no assets yet
    m_customerChosen->setText(tr("New customer:"));
    m_customerAlsoKnown->hide();
    m_customerError->hide();
    m_newCustomer->show();
    // Whatever was typed in the search is probably the name or the phone.
    m_newCustomer->takeSearchText(m_customerSearch->text());
    m_newCustomer->focusName();
    markModified();
}

void OrderEditor::markModified()
{
    if (!m_loading)
        m_modified = true;
}

void OrderEditor::showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

bool OrderEditor::save()
{
    if (!m_linesUnread.isEmpty()) {
        MessageBox::error(this, tr("Not saved"),
                          tr("The lines of this order could not be read (%1); saving now would delete them. Close the "
                             "order and open it again.").arg(m_linesUnread));
        return false;
    }
    // Our own save announces the order too: that is no change made elsewhere.
    m_saving = true;
    auto saving = qScopeGuard([this] { m_saving = false; });
    bool valid = true;
    m_titleError->hide();
    m_customerError->hide();
    // Not isVisibleTo(): on the Lines tab the order page is hidden, and the new customer with it.
    const bool creatingCustomer = !m_customerId && !m_newCustomer->isHidden();
    if (!m_customerId && !creatingCustomer) {
        showFieldError(m_customerError, tr("Choose the customer, or press “New customer”."));
        valid = false;
    }
    if (creatingCustomer && !m_newCustomer->validate())
        valid = false;
    if (m_title->text().trimmed().isEmpty()) {
        showFieldError(m_titleError, tr("Say what the job is."));
        valid = false;
    }
    const auto lines = m_lines->lines();
    if (!valid) {
        m_tabs->setCurrentIndex(0);  // the first problem is on the order's page
        return false;
    }
    if (!lines) {
        m_tabs->setCurrentIndex(1);
        return false;
    }

    OrderDetails details;
    details.title = m_title->text().trimmed();
    details.description = m_description->toPlainText().trimmed();
    details.jobType = m_jobType->currentText().trimmed();
    details.priority = static_cast<Priority>(m_priority->currentData().toInt());
    if (m_hasDue->isChecked())
        details.dueAt = QDateTime(m_due->date(), QTime(18, 0)).toSecsSinceEpoch();
    if (m_assignee->currentIndex() > 0)
        details.assigneeId = m_assignee->currentData().toLongLong();
    details.lines = *lines;

    OrderForm form;
    form.orderId = m_orderId;
    form.expectedVersion = m_version;
    form.customerId = m_customerId;
    if (creatingCustomer) {
        form.customerId.reset();
        form.newCustomer = m_newCustomer->customer();
    }
    form.siteId = m_siteId;
    form.siteAddress = m_siteAddress->text();
    form.details = details;
    form.assets = m_assets;
    // One transaction in the core; a message only after it is over.
    auto saved = OrderSaving(m_session.db).save(form, m_session.actor);
    if (!saved) {
        MessageBox::error(this, tr("Not saved"), saved.error().message);
        return false;
    }
    m_orderId = saved->order.id;
    m_assets.reset();  // saved with the order
    m_version = saved->order.version;
    m_customerId = saved->order.customerId;
    m_siteId = saved->order.siteId;
    m_modified = false;
    return true;
}

void OrderEditor::addNote()
{
    if (!m_orderId || m_newNote->toPlainText().trimmed().isEmpty())
        return;
    m_saving = true;
    auto r = WorkOrderService(m_session.db).addNote(m_orderId, m_session.actor, m_newNote->toPlainText());
    m_saving = false;
    if (!r) {
        MessageBox::error(this, tr("Note not added"), r.error().message);
        return;
    }
    m_newNote->clear();
    loadHistory();  // a note leaves the fields being edited as they are
    m_tabs->setCurrentIndex(2);
}

QString OrderEditor::jobSheetHtml() const
{
    return JobSheet::html(m_session.db, m_orderId);
}

bool OrderEditor::exportJobSheet(const QString &pdfPath)
{
    return JobSheet::writePdf(this, m_session.db, m_orderId, pdfPath);
}

void OrderEditor::accept()
{
    if (save())
        QDialog::accept();
}

void OrderEditor::reject()
{
    if (m_modified) {
        const auto answer = MessageBox::question(this, tr("Unsaved changes"),
                                                 tr("This order has changes that are not saved. Save them?"),
                                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                 QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace ordo
