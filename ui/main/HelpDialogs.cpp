#include "ui/main/HelpDialogs.h"

#include "core/billing/Mailer.h"

#include "core/storage/ServerAddress.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <qrencode.h>
#include <sodium.h>
#include <sqlite3.h>

#ifndef ORDO_QTKEYCHAIN_VERSION
#define ORDO_QTKEYCHAIN_VERSION ""
#endif

namespace ordo {

namespace {

class Help
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Help)
};

QDialog *textWindow(QWidget *parent, const char *name, const QString &title, const QString &html, QSize size)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QLatin1String(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("helpText"));
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *column = new QVBoxLayout(dialog);
    column->addWidget(text);
    column->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

QString plain(QString text)
{
    // "&Board" → "Board", "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

QString manualHtml()
{
    //: The file name of the manual in the program's language: manual_es.html in Spanish.
    const QString name = Help::tr("manual_en.html");
    QFile file(QStringLiteral(":/help/") + name);
    if (!file.open(QIODevice::ReadOnly))
        file.setFileName(QStringLiteral(":/help/manual_en.html"));
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return Help::tr("<p>The manual is missing from this copy of Ordo.</p>");
    return QString::fromUtf8(file.readAll());
}

QString shortcutsHtml(QMainWindow *window)
{
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding='4'>").arg(Help::tr("Keyboard shortcuts").toHtmlEscaped());
    // Menu by menu, as the window has them.
    for (QAction *menuAction : window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QString rows;
        for (QAction *a : menu->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), plain(a->text()).toHtmlEscaped());
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<tr><td colspan='2'><h3>%1</h3></td></tr>").arg(plain(menu->title()).toHtmlEscaped()) + rows;
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(Help::tr("On the board").toHtmlEscaped(),
                     Help::tr("Type in the filter to narrow the cards (number, customer, phone, address, person; accents do "
                              "not matter); one Tab goes on to the cards. The arrow keys go from card to card and from "
                              "column to column, Enter opens the selected order. A card is moved by dragging it to "
                              "another column, with Ctrl+M (move to…) or with Ctrl+Shift+M (on to the next step); "
                              "Ctrl+Z undoes the move and gives the card back its time in the step.")
                         .toHtmlEscaped());
    return html;
}

QString aboutHtml()
{
    const QString curl = Mailer::libraryVersion();
    const QList<std::array<QString, 3>> libraries{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), Help::tr("LGPL version 3")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), Help::tr("GPL version 3")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), Help::tr("public domain")},
        {QStringLiteral("libcurl"), curl.isEmpty() ? QStringLiteral("?") : curl, Help::tr("curl licence (MIT/X style)")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), Help::tr("ISC licence")},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString()), Help::tr("LGPL version 2.1 or later")},
        {QStringLiteral("QtKeychain"), QStringLiteral(ORDO_QTKEYCHAIN_VERSION), Help::tr("BSD 3-clause licence")},
        {QStringLiteral("libpq"), serverClientVersion(), Help::tr("PostgreSQL licence (BSD style)")},
    };
    QString rows;
    for (const auto &[name, version, licence] : libraries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
    return QStringLiteral("<h2>Ordo %1</h2><p>%2</p><p>%3</p><h3>%4</h3>"
                          "<table cellpadding='4'><tr><th align='left'>%5</th><th align='left'>%6</th><th align='left'>%7</th></tr>%8</table>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
             Help::tr("Work orders from the first call to the paid invoice, for small service companies.").toHtmlEscaped(),
             Help::tr("Ordo is free software: its own code is under the MIT licence. Built with Qt Charts (GPL version 3), "
                      "the program as a whole is distributed under the terms of the GPL version 3.")
                 .toHtmlEscaped(),
             Help::tr("Libraries used").toHtmlEscaped(), Help::tr("Library").toHtmlEscaped(), Help::tr("Version").toHtmlEscaped(),
             Help::tr("Licence").toHtmlEscaped(), rows);
}

void showManual(QWidget *parent)
{
    textWindow(parent, "manualWindow", Help::tr("Ordo manual"), manualHtml(), QSize(760, 640));
}

void showShortcuts(QMainWindow *window)
{
    textWindow(window, "shortcutsWindow", Help::tr("Keyboard shortcuts"), shortcutsHtml(window), QSize(560, 600));
}

void showAbout(QWidget *parent)
{
    textWindow(parent, "aboutWindow", Help::tr("About Ordo"), aboutHtml(), QSize(560, 440));
}

} // namespace ordo
