#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace ordo {

struct BookingSettings;

// Settings › Booking page: what customers may book on ordo-server's booking page (whether it is
// open, the kinds of job in Spanish and English, how long a visit is, how far ahead and how soon,
// the page's colour, the privacy notices and which web sites may embed or call it). Saved through
// BookingSettings::save; a refusal is shown in the dialog and nothing typed is lost. Only someone
// who may change the company's settings can save. Closing with changes not saved asks first.
class BookingSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BookingSettingsDialog(Session session, QWidget *parent = nullptr);

    // Saves what is in the dialog; false, with the reason in the dialog, when it was not saved.
    bool save();
    bool isModified() const { return m_modified; }
    // What the fields say, as the settings they would save (the stored values for what is not shown).
    BookingSettings settings() const;

    void accept() override;
    void reject() override;

private:
    void fill(const BookingSettings &s);
    void addJobTypeRow(const QString &spanish, const QString &english);
    void showColour();
    void chooseColour();
    void showError(const QString &message);
    void markModified();

    Session m_session;
    bool m_mayEdit = false;
    bool m_modified = false;
    bool m_filling = false;
    QCheckBox *m_enabled;
    QTableWidget *m_jobTypes;
    QSpinBox *m_visitMinutes;
    QSpinBox *m_daysAhead;
    QSpinBox *m_leadHours;
    QSpinBox *m_maxSlots;
    QSpinBox *m_manageDays;
    QLineEdit *m_colour;
    QLabel *m_swatch;
    QPlainTextEdit *m_privacyEs;
    QPlainTextEdit *m_privacyEn;
    QLineEdit *m_frameAncestors;
    QLineEdit *m_corsOrigin;
    QLineEdit *m_closedDays;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ordo
