#include "ui/common/MessageBox.h"

#include <QPushButton>

namespace ordo {

namespace {

bool testMode = false;
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString last;
int nextChoice = -2;

} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    last = text;
    if (testMode) {
        const auto answer = nextAnswer != QMessageBox::NoButton ? nextAnswer : defaultButton;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &options,
                       int defaultIndex)
{
    last = text;
    if (testMode) {
        const int answer = nextChoice != -2 ? nextChoice : defaultIndex;
        nextChoice = -2;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &option : options)
        buttons << box.addButton(option, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons[defaultIndex]));
    box.exec();
    return static_cast<int>(buttons.indexOf(box.clickedButton()));
}

void MessageBox::setNextChoice(int index)
{
    nextChoice = index;
}

void MessageBox::setTestMode(bool on)
{
    testMode = on;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastMessage()
{
    return last;
}

void MessageBox::clearLastMessage()
{
    last.clear();
}

} // namespace ordo
