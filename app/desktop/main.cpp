#include "ui/common/MessageBox.h"
#include "core/common/Log.h"
#include "core/common/Translations.h"
#include "ui/main/DemoCreation.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SingleInstance.h"
#include "core/common/ProcessMemory.h"
#include "core/storage/Database.h"

#include "ui/board/BoardModel.h"
#include "ui/board/BoardView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QIconEngine>
#include <QPainter>
#include <QSettings>
#include <QTimer>

#include <chrono>
#include <cstring>

namespace {

using Clocked = std::chrono::steady_clock;
// When the process reached Ordo's code (after the dynamic linker): for --quit-when-painted.
const Clocked::time_point processStart = Clocked::now();


// The first start without any database: create an empty one where Ordo keeps its data, or a demo
// company to look around. Returns the path to open, or an empty string to quit.
QString firstStart()
{
    const QString defaultPath = ordo::Database::defaultPath();
    QDir().mkpath(QFileInfo(defaultPath).absolutePath());
    const int choice = ordo::MessageBox::choose(
        nullptr, QCoreApplication::translate("main", "Welcome to Ordo"),
        QCoreApplication::translate("main", "There is no Ordo database on this computer yet. Create a new one for "
                                            "your company, or open a demo company to look around first?"),
        {QCoreApplication::translate("main", "Create my database"),
         QCoreApplication::translate("main", "Open the demo company")});
    if (choice == 0)
        return defaultPath;
    if (choice != 1)
        return {};
    const QString demoPath = QDir(QFileInfo(defaultPath).absolutePath()).filePath(QStringLiteral("ordo-demo.sqlite"));
    if (!QFileInfo::exists(demoPath)) {
        auto report = ordo::DemoCreation::run(nullptr, demoPath, ordo::DemoSize::Medium);
        if (!report) {
            ordo::MessageBox::error(nullptr, QCoreApplication::translate("main", "Ordo"), report.error().message);
            return {};
        }
    }
    return demoPath;
}

// An icon whose picture is read the first time something draws it (QIcon::addFile reads it at once).
class IconReadWhenDrawn final : public QIconEngine
{
public:
    IconReadWhenDrawn(QString file, QSize size) : m_file(std::move(file)), m_size(size) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        read().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // At the size asked for, in device pixels: QIcon::pixmap(size, mode, state) would scale it again
    // by the screen's ratio.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return read().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return read().pixmap(size / scale, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return m_size.scaled(size, Qt::KeepAspectRatio).boundedTo(m_size);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {m_size}; }
    QIconEngine *clone() const override { return new IconReadWhenDrawn(m_file, m_size); }

private:
    const QIcon &read()
    {
        if (m_icon.isNull())
            m_icon.addFile(m_file, m_size);
        return m_icon;
    }

    QString m_file;
    QSize m_size;
    QIcon m_icon;
};

// Another start on the same database asked for this window: up it comes, with its open dialog.
void bringToFront(QWidget &window)
{
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
    }
    QApplication::alert(&window);
}

// `ordo --version` and `--help` answer on a machine without a screen too (an installation's check,
// a server with the package): they need no window system, so Qt gets the offscreen one.
void answerWithoutScreen(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all"})
            if (std::strcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before Qt fills the heap: a start touches ~50 MB, in large pages it is 2% of the faults.
    ordo::reserveHeapInLargePages(std::size_t(64) << 20);
    answerWithoutScreen(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ordo"));
    QApplication::setOrganizationName(QStringLiteral("Ordo"));
    QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    // The menu entry this program belongs to (Wayland's app id, the task bar's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("app.ordo.Ordo"));
    // The icon built in (the same picture the package installs in the icon theme), read when first
    // drawn: looking it up in the theme and reading it cost 6-11 ms of every start here, and reading
    // the picture alone 4 ms. A desktop finds the installed one through the desktop file name above.
    QApplication::setWindowIcon(QIcon(new IconReadWhenDrawn(QStringLiteral(":/icons/app.ordo.Ordo.png"), QSize(256, 256))));
    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    ordo::installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Ordo: work orders from the first call to the paid invoice."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption databaseOption(QStringLiteral("database"),
                                      QCoreApplication::translate("main", "Open the database at <path>."),
                                      QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    // For scripts, screenshots and tests: start signed in (the password or PIN from ORDO_PASSWORD).
    QCommandLineOption userOption(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "Start signed in as <name> (password or PIN from ORDO_PASSWORD)."),
                                  QCoreApplication::translate("main", "name"));
    parser.addOption(userOption);
    // For documentation and visual checks: render the window offscreen to a PNG and quit.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
                                        QCoreApplication::translate("main", "file"));
    QCommandLineOption sizeOption(QStringLiteral("window-size"),
                                  QCoreApplication::translate("main", "Window size as WIDTHxHEIGHT."),
                                  QCoreApplication::translate("main", "size"));
    QCommandLineOption pageOption(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Start on page <n> (1 board … 8 reports, 9 my day)."),
                                  QCoreApplication::translate("main", "n"));
    // For ordo-bench: the whole program from a cold process until the window is painted.
    QCommandLineOption paintedOption(QStringLiteral("quit-when-painted"),
                                     QCoreApplication::translate("main", "Quit once the window is painted, printing how long that took."));
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(pageOption);
    parser.addOption(paintedOption);
    parser.process(app);

    QString path = parser.value(databaseOption);
    bool mustExist = false;
    if (path.isEmpty()) {
        const QString last = settings.value(QStringLiteral("databases/last")).toString();
        // The last database, even when it is missing: then its newest backup is offered, never an empty file.
        if (!last.isEmpty())
            path = last, mustExist = true;
        else if (QFileInfo::exists(ordo::Database::defaultPath()))
            path = ordo::Database::defaultPath();
        else
            path = firstStart();
        if (path.isEmpty())
            return 0;
    }

    // One window per database: a second start on it brings the first one to the front and ends.
    // A picture taken for the documentation is never a second start.
    const bool singleWindow = !parser.isSet(screenshotOption);
    if (singleWindow && ordo::SingleInstance::activateRunning(path)) {
        qCInfo(logUi).noquote() << "Ordo is already open on" << QDir::toNativeSeparators(path)
                                      << "- its window was brought to the front.";
        return 0;
    }
    ordo::SingleInstance instance;
    if (singleWindow)
        instance.listen(path);

    ordo::MainWindow window;
    if (singleWindow) {
        QObject::connect(&window, &ordo::MainWindow::databaseOpened, &instance, [&instance](const QString &opened) {
            instance.listen(opened);
        });
        QObject::connect(&instance, &ordo::SingleInstance::activationRequested, &window, [&window] { bringToFront(window); });
    }
    window.setStartUser(parser.value(userOption));
    // The page asked for is the one built at start-up (the others are built when first opened).
    if (parser.isSet(pageOption))
        window.setStartPage(static_cast<ordo::MainWindow::Page>(std::clamp(parser.value(pageOption).toInt() - 1, 0,
                                                                           ordo::MainWindow::PageCount - 1)));
    if (!window.openDatabase(path, !mustExist)) {
        if (!mustExist || window.signInClosed())
            return 1;
        // The database used last could not be had (and its backup was not restored): forget it and
        // start as the first time does, where creating a database is the user's explicit choice.
        settings.remove(QStringLiteral("databases/last"));
        const QString fallback = QFileInfo::exists(ordo::Database::defaultPath()) &&
                                         QFileInfo(ordo::Database::defaultPath()) != QFileInfo(path)
                                     ? ordo::Database::defaultPath()
                                     : firstStart();
        if (fallback.isEmpty() || !window.openDatabase(fallback, true))
            return 1;
    }
    if (parser.isSet(pageOption))
        window.showPage(static_cast<ordo::MainWindow::Page>(std::clamp(parser.value(pageOption).toInt() - 1, 0,
                                                                       ordo::MainWindow::PageCount - 1)));
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    // The start is over once the window is up: the heap as glibc keeps it for the rest of the day.
    QTimer::singleShot(2000, [] { ordo::settleHeap(); });
    if (parser.isSet(paintedOption)) {
        QApplication::processEvents();
        window.repaint();  // every widget of the window painted, as on a screen
        const double painted = std::chrono::duration<double, std::milli>(Clocked::now() - processStart).count();
        const int cards = window.currentPage() == ordo::MainWindow::BoardPage && window.board()
                              ? window.board()->model()->rowCount()
                              : -1;
        QTextStream(stdout) << "{\"painted_ms\": " << painted << ", \"peak_mb\": " << ordo::peakMemoryMb()
                            << ", \"page_faults\": " << ordo::pageFaults() << ", \"cards\": " << cards
                            << "}" << Qt::endl;
        return 0;
    }
    if (parser.isSet(screenshotOption)) {
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 1;
    }
    return app.exec();
}
