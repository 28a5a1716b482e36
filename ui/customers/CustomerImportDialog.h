#pragma once

#include "core/usecases/CsvTransfer.h"
#include "ui/common/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ordo {

// Customers, sites, assets or open orders from a spreadsheet: the user says what the file holds, the
// file is read and every row shown with its problems before anything is written; "Import" is on only
// when no row has one, and imports all rows or none.
class CustomerImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomerImportDialog(Session session, QWidget *parent = nullptr);

    // Reads the file into the preview (the "Choose file…" button asks for one and calls this).
    bool loadFile(const QString &path);
    void loadBytes(const QByteArray &bytes, const QString &name);
    bool importNow();
    // What the file holds; changing it reads the file again as that kind.
    void setKind(ImportKind kind);
    ImportKind kind() const;
    int imported() const { return m_imported; }

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *kindChoice() const { return m_kind; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPreview();

    Session m_session;
    QByteArray m_bytes;
    QString m_name;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_import;
    int m_imported = 0;
};

} // namespace ordo
