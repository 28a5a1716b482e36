#pragma once

#include "ui/common/Session.h"
#include "core/assets/Assets.h"
#include "core/orders/WorkOrderService.h"
#include "core/usecases/FieldWork.h"

#include <QDialog>

class QPushButton;

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace ordo {

class CustomerForm;
class LinesEditor;
class QuoteDialog;
class StaleNotice;

// Creates or edits one work order: customer (found by typing, or created here with a warning when
// the phone or e-mail already belongs to someone), site, job, people, priority, due date, lines with
// their totals, notes and the order's history in words. Saving is one transaction.
class OrderEditor final : public QDialog
{
    Q_OBJECT

public:
    // orderId 0: a new order.
    OrderEditor(Session session, Id orderId = 0, QWidget *parent = nullptr);

    bool isModified() const { return m_modified; }
    // Validates and saves; on failure shows why next to the field (or in a message) and keeps everything typed.
    bool save();
    // The customer's assets this order is about (saved with the order); what "Assets…" sets.
    void chooseAssets(const QHash<Id, AssetReason> &assets);
    QPushButton *assetsButton() const { return m_assetsButton; }
    Id orderId() const { return m_orderId; }

    // The technician's job sheet of this (saved) order: customer, site, phone, job, lines, boxes for
    // notes and signatures. As HTML to print, or written to a PDF.
    QString jobSheetHtml() const;
    bool exportJobSheet(const QString &pdfPath);

    // The order's quotes (the "Quote…" button): saves unsaved changes first (asking); null when the
    // person chose not to. The window closes itself.
    QuoteDialog *openQuotes(bool modal = true);

    // For tests and keyboard users: the customer picked in the search list.
    void pickCustomer(Id customerId);

public slots:
    void accept() override;
    void reject() override;

private:
    QWidget *buildOrderTab();
    QLayout *buildCustomerPart(QWidget *page);
    QWidget *buildLinesTab();
    QWidget *buildNotesTab();
    QWidget *buildHistoryTab();
    QWidget *buildPhotosTab();
    void load();
    void loadHistory();
    // The photos and the customer's signature the technician's phone sent; the tab only when there are some.
    void loadPictures();
    // A photo or signature at full size in a window of its own, with "Save as…".
    void showPicture(const QPixmap &pixmap, const QString &caption, const FieldWork::Picture &picture);
    void searchCustomers(const QString &text);
    void startNewCustomer();
    void markModified();
    void showFieldError(QLabel *label, const QString &text);
    void addNote();
    // Another window or process changed this order while it is open here.
    void orderChangedElsewhere(Id orderId);

    Session m_session;
    Id m_orderId = 0;
    qint64 m_version = 0;
    std::optional<Id> m_customerId;
    std::optional<Id> m_siteId;
    bool m_modified = false;
    bool m_loading = false;
    QString m_linesUnread;  // why the order's lines could not be read: saving would delete them
    std::optional<QHash<Id, AssetReason>> m_assets;  // chosen here, not saved yet
    QPushButton *m_assetsButton = nullptr;
    void openAssets();
    void showAssetCount(int count);

    StaleNotice *m_staleNotice = nullptr;
    bool m_saving = false;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_customerSearch = nullptr;
    QListWidget *m_customerResults = nullptr;
    QLabel *m_customerChosen = nullptr;
    QLabel *m_customerAlsoKnown = nullptr;  // the chosen customer's phone or e-mail belongs to others too
    QLabel *m_customerError = nullptr;
    CustomerForm *m_newCustomer = nullptr;
    QLineEdit *m_siteAddress = nullptr;
    QComboBox *m_jobType = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    LinesEditor *m_lines = nullptr;
    QListWidget *m_notes = nullptr;
    QPlainTextEdit *m_newNote = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_step = nullptr;
    QWidget *m_photosPage = nullptr;
    QWidget *m_photos = nullptr;
    bool m_picturesLoaded = false;
};

} // namespace ordo
