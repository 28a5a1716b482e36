#pragma once

#include <QString>

class QMainWindow;
class QWidget;

namespace ordo {

// Help menu: the short manual (Spanish or English, as the program speaks), the keyboard shortcuts
// (read from the window's own actions, so the list is never out of date) and About (version, the
// libraries Ordo uses with their versions and licences). Not modal: they stay open beside the work.
void showManual(QWidget *parent);
void showShortcuts(QMainWindow *window);
void showAbout(QWidget *parent);

// The texts, for tests and the screenshots.
QString manualHtml();
QString shortcutsHtml(QMainWindow *window);
QString aboutHtml();

} // namespace ordo
