#pragma once

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace ordo {

class Database;

// The desktop window. For now an overview of the process map with the open orders in each step;
// the board, calendar and editors arrive with their issues.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    // Reads the process map and the counts again from the database.
    void refresh();

private:
    Database &m_db;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ordo
