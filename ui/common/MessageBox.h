#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace ordo {

// Every message Ordo shows goes through here. Tests switch on the seam: nothing modal opens, the
// message is remembered for the test to read, and questions get the answer the test queued.
class MessageBox final
{
public:
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Offers a choice among named answers; returns the index chosen, or -1 when closed.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &options,
                      int defaultIndex = 0);

    // Test seam.
    static void setTestMode(bool on);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    static QString lastMessage();
    static void clearLastMessage();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ordo
