#include "ui/main/BookingSettingsDialog.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/Invoice.h"
#include "core/common/Authorization.h"
#include "core/usecases/OnlineBooking.h"
#include "ui/common/Palette.h"
#include "ui/common/UnsavedChanges.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ordo {

namespace {

QSpinBox *spinBox(QWidget *parent, const char *name, int low, int high, int step = 1)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setSingleStep(step);
    return box;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

} // namespace

BookingSettingsDialog::BookingSettingsDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_enabled(new QCheckBox(this)), m_jobTypes(new QTableWidget(0, 2, this)),
      m_visitMinutes(spinBox(this, "bookingVisitMinutes", 15, 480, 15)), m_daysAhead(spinBox(this, "bookingDaysAhead", 1, 90)),
      m_leadHours(spinBox(this, "bookingLeadHours", 0, 24 * 14)), m_maxSlots(spinBox(this, "bookingMaxSlots", 1, 200)),
      m_manageDays(spinBox(this, "bookingManageDays", 1, 365)), m_colour(new QLineEdit(this)), m_swatch(new QLabel(this)),
      m_privacyEs(new QPlainTextEdit(this)), m_privacyEn(new QPlainTextEdit(this)), m_frameAncestors(new QLineEdit(this)),
      m_corsOrigin(new QLineEdit(this)), m_closedDays(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bookingSettingsDialog"));
    setWindowTitle(tr("Booking page"));
    resize(980, 700);

    // ---- the page ----
    m_enabled->setObjectName(QStringLiteral("bookingEnabled"));
    m_enabled->setText(tr("Customers can book their estimate visit online"));
    m_jobTypes->setObjectName(QStringLiteral("bookingJobTypes"));
    m_jobTypes->setHorizontalHeaderLabels({tr("Spanish"), tr("English")});
    m_jobTypes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_jobTypes->verticalHeader()->hide();
    m_jobTypes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobTypes->setMinimumHeight(130);
    auto *addJob = new QPushButton(tr("Add"), this);
    addJob->setObjectName(QStringLiteral("bookingAddJobType"));
    auto *removeJob = new QPushButton(tr("Remove"), this);
    removeJob->setObjectName(QStringLiteral("bookingRemoveJobType"));
    auto *jobButtons = new QHBoxLayout;
    jobButtons->addWidget(addJob);
    jobButtons->addWidget(removeJob);
    jobButtons->addStretch(1);
    auto *jobs = new QVBoxLayout;
    jobs->addWidget(m_jobTypes);
    jobs->addLayout(jobButtons);
    auto *jobsNote = explanation(tr("The Spanish name is what the new order's job type says; English-speaking customers see "
                                   "the English one (the Spanish one when it is empty)."), this);

    m_colour->setObjectName(QStringLiteral("bookingColour"));
    m_colour->setMaxLength(7);
    m_colour->setMaximumWidth(100);
    m_swatch->setObjectName(QStringLiteral("bookingColourSwatch"));
    m_swatch->setFixedSize(56, 24);
    auto *chooseColourButton = new QPushButton(tr("Choose…"), this);
    chooseColourButton->setObjectName(QStringLiteral("bookingChooseColour"));
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_swatch);
    colourRow->addWidget(m_colour);
    colourRow->addWidget(chooseColourButton);
    colourRow->addStretch(1);

    auto *pageBox = new QGroupBox(tr("The page"), this);
    auto *pageForm = new QFormLayout(pageBox);
    pageForm->addRow(m_enabled);
    pageForm->addRow(tr("Kinds of job:"), jobs);
    pageForm->addRow(jobsNote);
    pageForm->addRow(tr("Colour:"), colourRow);

    // ---- times ----
    auto *timesBox = new QGroupBox(tr("Times offered"), this);
    auto *timesForm = new QFormLayout(timesBox);
    timesForm->addRow(tr("Length of a visit:"), m_visitMinutes);
    timesForm->addRow(tr("Bookable up to:"), m_daysAhead);
    timesForm->addRow(tr("Not sooner than:"), m_leadHours);
    timesForm->addRow(tr("Times shown per search:"), m_maxSlots);
    timesForm->addRow(tr("Change or cancel link works for:"), m_manageDays);
    m_closedDays->setObjectName(QStringLiteral("bookingClosedDays"));
    m_closedDays->setPlaceholderText(tr("e.g. 08/12/2026, 25/12/2026, 01/01/2027"));
    // The whole width: a year's holidays are a long line.
    auto *closedLabel = new QLabel(tr("Closed days (holidays):"), this);
    closedLabel->setBuddy(m_closedDays);
    timesForm->addRow(closedLabel);
    timesForm->addRow(m_closedDays);
    timesForm->addRow(explanation(tr("The link in the confirmation never works after the visit has started. The times come "
                                     "from the salespeople's working hours and visits, for the postcode the customer types; "
                                     "the visit is assigned as Settings › Automatic assignment says. No time is offered on a "
                                     "closed day."), this));
    auto suffixes = [this] {
        m_visitMinutes->setSuffix(tr(" minutes"));
        m_daysAhead->setSuffix(tr(" day(s) ahead", nullptr, m_daysAhead->value()));
        m_leadHours->setSuffix(tr(" hour(s) from now", nullptr, m_leadHours->value()));
        m_manageDays->setSuffix(tr(" day(s)", nullptr, m_manageDays->value()));
    };

    // ---- privacy ----
    const QString company = CompanyProfiles(m_session.db).load().legalName;
    const BookingSettings defaults;  // empty notices: Ordo's default text
    m_privacyEs->setObjectName(QStringLiteral("bookingPrivacyEs"));
    m_privacyEs->setPlaceholderText(defaults.privacyNotice(QStringLiteral("es"), company));
    m_privacyEn->setObjectName(QStringLiteral("bookingPrivacyEn"));
    m_privacyEn->setPlaceholderText(defaults.privacyNotice(QStringLiteral("en"), company));
    for (QPlainTextEdit *e : {m_privacyEs, m_privacyEn})
        e->setMinimumHeight(90);
    auto *privacyBox = new QGroupBox(tr("Privacy notice next to the consent box"), this);
    auto *privacyForm = new QFormLayout(privacyBox);
    privacyForm->addRow(tr("Spanish:"), m_privacyEs);
    privacyForm->addRow(tr("English:"), m_privacyEn);
    privacyForm->addRow(explanation(tr("Empty: Ordo's default text (shown in grey) with the company's name."), this));

    // ---- the company's web site ----
    m_frameAncestors->setObjectName(QStringLiteral("bookingFrameAncestors"));
    m_frameAncestors->setPlaceholderText(tr("Nobody"));
    m_corsOrigin->setObjectName(QStringLiteral("bookingCorsOrigin"));
    m_corsOrigin->setPlaceholderText(tr("None"));
    auto *webBox = new QGroupBox(tr("The company's web site"), this);
    auto *webForm = new QFormLayout(webBox);
    webForm->addRow(tr("May embed the page:"), m_frameAncestors);
    webForm->addRow(explanation(tr("Web sites that may show the booking page in a frame (iframe) of their own "
                                              "pages, separated by spaces, e.g. https://www.example.com."), this));
    webForm->addRow(tr("May ask for free times:"), m_corsOrigin);
    webForm->addRow(explanation(tr("A web site whose own pages may ask the booking page for free times and send "
                                              "bookings (CORS), e.g. https://www.example.com."), this));

    auto *where = new QLabel(tr("Customers book at the address where ordo-server runs (see the README)."), this);
    where->setObjectName(QStringLiteral("bookingWhere"));
    where->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("bookingSettingsError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("bookingSettingsButtons"));

    auto *grid = new QGridLayout;
    grid->addWidget(pageBox, 0, 0);
    grid->addWidget(timesBox, 1, 0);
    grid->addWidget(privacyBox, 0, 1);
    grid->addWidget(webBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(grid);
    outer->addWidget(where);

    // Who may not change the company's settings sees them, and why they cannot be saved.
    auto allowed = authorize(m_session.actor, Permission::ManageCompany);
    m_mayEdit = allowed.ok();
    if (!m_mayEdit) {
        auto *refused = new QLabel(allowed.error().message, this);
        refused->setObjectName(QStringLiteral("bookingSettingsRefused"));
        refused->setStyleSheet(palette::warningText());
        refused->setWordWrap(true);
        outer->addWidget(refused);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        for (QWidget *w : std::initializer_list<QWidget *>{m_enabled, addJob, removeJob, chooseColourButton})
            w->setEnabled(false);
        for (QLineEdit *e : {m_colour, m_frameAncestors, m_corsOrigin, m_closedDays})
            e->setReadOnly(true);
        for (QPlainTextEdit *e : {m_privacyEs, m_privacyEn})
            e->setReadOnly(true);
        for (QSpinBox *b : {m_visitMinutes, m_daysAhead, m_leadHours, m_maxSlots, m_manageDays})
            b->setReadOnly(true);
        m_jobTypes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    outer->addWidget(m_error);
    outer->addWidget(m_buttons);

    fill(BookingSettings::load(m_session.db));
    suffixes();

    connect(m_enabled, &QCheckBox::toggled, this, &BookingSettingsDialog::markModified);
    connect(m_jobTypes, &QTableWidget::itemChanged, this, &BookingSettingsDialog::markModified);
    for (QSpinBox *b : {m_visitMinutes, m_daysAhead, m_leadHours, m_maxSlots, m_manageDays}) {
        connect(b, &QSpinBox::valueChanged, this, &BookingSettingsDialog::markModified);
        connect(b, &QSpinBox::valueChanged, this, suffixes);
    }
    for (QLineEdit *e : {m_colour, m_frameAncestors, m_corsOrigin, m_closedDays})
        connect(e, &QLineEdit::textChanged, this, &BookingSettingsDialog::markModified);
    for (QPlainTextEdit *e : {m_privacyEs, m_privacyEn})
        connect(e, &QPlainTextEdit::textChanged, this, &BookingSettingsDialog::markModified);
    connect(m_colour, &QLineEdit::textChanged, this, &BookingSettingsDialog::showColour);
    connect(chooseColourButton, &QPushButton::clicked, this, &BookingSettingsDialog::chooseColour);
    connect(addJob, &QPushButton::clicked, this, [this] {
        addJobTypeRow(QString(), QString());
        markModified();
        const int row = m_jobTypes->rowCount() - 1;
        m_jobTypes->setCurrentCell(row, 0);
        m_jobTypes->editItem(m_jobTypes->item(row, 0));
    });
    connect(removeJob, &QPushButton::clicked, this, [this] {
        const int row = m_jobTypes->currentRow();
        if (row < 0)
            return;
        m_jobTypes->removeRow(row);
        markModified();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingSettingsDialog::reject);
}

void BookingSettingsDialog::fill(const BookingSettings &s)
{
    m_filling = true;
    m_enabled->setChecked(s.enabled);
    m_jobTypes->setRowCount(0);
    for (const auto &t : s.jobTypes)
        addJobTypeRow(t.spanish, t.english);
    m_visitMinutes->setValue(s.visitMinutes);
    m_daysAhead->setValue(s.daysAhead);
    m_leadHours->setValue(s.leadHours);
    m_maxSlots->setValue(s.maxSlots);
    m_manageDays->setValue(s.manageDays);
    m_colour->setText(s.colour);
    m_privacyEs->setPlainText(s.privacyEs);
    m_privacyEn->setPlainText(s.privacyEn);
    m_frameAncestors->setText(s.frameAncestors);
    m_corsOrigin->setText(s.corsOrigin);
    m_closedDays->setText(BookingSettings::formatClosedDays(s.closedDays));
    showColour();
    m_filling = false;
    m_modified = false;
}

void BookingSettingsDialog::addJobTypeRow(const QString &spanish, const QString &english)
{
    const int row = m_jobTypes->rowCount();
    m_jobTypes->insertRow(row);
    m_jobTypes->setItem(row, 0, new QTableWidgetItem(spanish));
    m_jobTypes->setItem(row, 1, new QTableWidgetItem(english));
}

void BookingSettingsDialog::showColour()
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString text = m_colour->text().trimmed();
    // A colour not written as #rrggbb shows no swatch (saving says how to write it).
    m_swatch->setStyleSheet(hex.match(text).hasMatch()
                                ? QStringLiteral("background: %1; border: 1px solid #808080;").arg(text)
                                : QStringLiteral("border: 1px dashed #808080;"));
}

void BookingSettingsDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour->text().trimmed()), this, tr("The page's colour"));
    if (chosen.isValid())
        m_colour->setText(chosen.name());
}

BookingSettings BookingSettingsDialog::settings() const
{
    BookingSettings s = BookingSettings::load(m_session.db);
    s.enabled = m_enabled->isChecked();
    s.jobTypes.clear();
    for (int row = 0; row < m_jobTypes->rowCount(); ++row) {
        auto text = [&](int column) { return m_jobTypes->item(row, column) ? m_jobTypes->item(row, column)->text().trimmed() : QString(); };
        if (!text(0).isEmpty() || !text(1).isEmpty())
            s.jobTypes << BookingSettings::JobType{text(0), text(1)};
    }
    s.visitMinutes = m_visitMinutes->value();
    s.daysAhead = m_daysAhead->value();
    s.leadHours = m_leadHours->value();
    s.maxSlots = m_maxSlots->value();
    s.manageDays = m_manageDays->value();
    s.colour = m_colour->text().trimmed();
    s.privacyEs = m_privacyEs->toPlainText().trimmed();
    s.privacyEn = m_privacyEn->toPlainText().trimmed();
    s.frameAncestors = m_frameAncestors->text().trimmed();
    s.corsOrigin = m_corsOrigin->text().trimmed();
    return s;
}

bool BookingSettingsDialog::save()
{
    if (auto allowed = authorize(m_session.actor, Permission::ManageCompany); !allowed) {
        showError(allowed.error().message);
        return false;
    }
    BookingSettings s = settings();
    auto closed = BookingSettings::parseClosedDays(m_closedDays->text());
    if (!closed) {
        showError(closed.error().message);
        m_closedDays->setFocus();
        return false;
    }
    s.closedDays = *closed;
    // The kinds of job are stored one a line as "Spanish|English": a name must fit in that.
    for (const auto &t : s.jobTypes) {
        if (t.spanish.isEmpty()) {
            showError(tr("The kind of job “%1” needs its Spanish name: it is what the order's job type says.").arg(t.english));
            return false;
        }
        if (t.spanish.contains(QLatin1Char('|')) || t.english.contains(QLatin1Char('|'))) {
            showError(tr("A kind of job cannot contain “|”: “%1”.").arg(t.spanish.contains(QLatin1Char('|')) ? t.spanish : t.english));
            return false;
        }
    }
    if (auto saved = s.save(m_session.db); !saved) {
        showError(saved.error().message);
        return false;
    }
    m_error->hide();
    m_modified = false;
    return true;
}

void BookingSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void BookingSettingsDialog::reject()
{
    if (m_modified && m_mayEdit) {
        bool saved = false;
        if (!confirmUnsavedChanges(this, tr("The booking page's settings have changes that are not saved."),
                                   [this, &saved] { return saved = save(); }, [] {}))
            return;
        if (saved) {
            QDialog::accept();
            return;
        }
    }
    QDialog::reject();
}

void BookingSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void BookingSettingsDialog::markModified()
{
    if (!m_filling)
        m_modified = true;
}

} // namespace ordo
