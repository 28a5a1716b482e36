#include "ui/main/PhoneSettingsDialog.h"

#include "core/common/Authorization.h"
#include "ui/common/Palette.h"
#include "ui/common/UnsavedChanges.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ordo {

PhoneSettingsDialog::PhoneSettingsDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_choices(new QButtonGroup(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("phoneSettingsDialog"));
    setWindowTitle(tr("Technicians' phones"));

    auto *box = new QGroupBox(tr("When a technician marks a job finished on the phone"), this);
    auto *column = new QVBoxLayout(box);
    const struct
    {
        FinishInvoice choice;
        const char *name;
        QString text;
        QString explanation;
    } options[] = {
        {FinishInvoice::Draft, "finishDraft", tr("Prepare the invoice as a draft for the office to check"),
         tr("The order moves to “Work completed” with a draft made from its lines; the office issues it.")},
        {FinishInvoice::Issue, "finishIssue", tr("Issue the invoice at once"),
         tr("The invoice is numbered and registered (VERI*FACTU) as soon as the job is finished; the order moves to "
            "“Invoiced”.")},
        {FinishInvoice::IssueAndMail, "finishIssueAndMail", tr("Issue the invoice and e-mail it to the customer"),
         tr("As above, and the company server (ordo-server) e-mails it with the PDF through the mail server in "
            "Settings › Company and e-mail. A customer without an e-mail address gets it from the office.")},
    };
    for (const auto &o : options) {
        auto *radio = new QRadioButton(o.text, box);
        radio->setObjectName(QLatin1String(o.name));
        m_choices->addButton(radio, static_cast<int>(o.choice));
        auto *words = new QLabel(o.explanation, box);
        words->setWordWrap(true);
        words->setIndent(24);
        QFont small = words->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        words->setFont(small);
        column->addWidget(radio);
        column->addWidget(words);
    }
    auto *note = new QLabel(tr("If the invoice cannot be issued (a customer without a tax ID, the company's data "
                               "incomplete), the job is finished all the same, the draft waits at the office and the "
                               "order's history says why."),
                            this);
    note->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("phoneSettingsError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(box);
    outer->addWidget(note);
    auto allowed = authorize(m_session.actor, Permission::ManageCompany);
    m_mayEdit = allowed.ok();
    if (!m_mayEdit) {
        auto *refused = new QLabel(allowed.error().message, this);
        refused->setObjectName(QStringLiteral("phoneSettingsRefused"));
        refused->setStyleSheet(palette::warningText());
        refused->setWordWrap(true);
        outer->addWidget(refused);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        box->setEnabled(false);
    }
    outer->addWidget(m_error);
    outer->addWidget(m_buttons);
    resize(560, sizeHint().height());

    m_saved = FieldWork::finishInvoice(m_session.db);
    choose(m_saved);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PhoneSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PhoneSettingsDialog::reject);
}

FinishInvoice PhoneSettingsDialog::choice() const
{
    return static_cast<FinishInvoice>(std::max(0, m_choices->checkedId()));
}

void PhoneSettingsDialog::choose(FinishInvoice choice)
{
    if (QAbstractButton *b = m_choices->button(static_cast<int>(choice)))
        b->setChecked(true);
}

bool PhoneSettingsDialog::save()
{
    auto saved = FieldWork::setFinishInvoice(m_session.db, choice(), m_session.actor);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_saved = choice();
    m_error->hide();
    return true;
}

void PhoneSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void PhoneSettingsDialog::reject()
{
    if (m_mayEdit && choice() != m_saved) {
        bool saved = false;
        if (!confirmUnsavedChanges(this, tr("The technicians' phones setting has a change that is not saved."),
                                   [this, &saved] { return saved = save(); }, [] {}))
            return;
        if (saved) {
            QDialog::accept();
            return;
        }
    }
    QDialog::reject();
}

} // namespace ordo
