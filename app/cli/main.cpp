#include "CliCommands.h"
#include "TerminalText.h"

#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMutex>

#include <memory>

#include <cstdio>

namespace {

// Scripts read the first line of stderr: it is ordo-cli's own message, never one of Qt's. Qt's
// warnings are held back while the command runs and written under that line when it is done (at
// once after that, and at once when fatal, since the program ends there).
QMutex qtMessagesMutex;
QStringList heldQtMessages;
bool qtMessagesHeld = true;

void writeQtMessage(const QString &line)
{
    const QByteArray bytes = (ordo::escapeControlCharacters(line) + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void holdQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    QMutexLocker lock(&qtMessagesMutex);
    if (qtMessagesHeld && type != QtFatalMsg) {
        heldQtMessages << line;
        return;
    }
    for (const QString &held : std::as_const(heldQtMessages))
        writeQtMessage(held);
    heldQtMessages.clear();
    writeQtMessage(line);
}

void releaseQtMessages()
{
    QMutexLocker lock(&qtMessagesMutex);
    for (const QString &held : std::as_const(heldQtMessages))
        writeQtMessage(held);
    heldQtMessages.clear();
    qtMessagesHeld = false;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(holdQtMessage);
    // Drawing a PDF needs fonts, hence a GUI application, drawn offscreen: only for the commands that draw one.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool drawsDocuments = ordo::Cli::drawsDocuments(arguments);
    if (drawsDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(drawsDocuments ? new QGuiApplication(argc, argv)
                                                                  : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Ordo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    ordo::installTranslations(app);

    // What ordo-cli prints is made of names and notes typed by people: control characters in them
    // are shown escaped, never sent raw to the terminal.
    ordo::TerminalTextDevice outDevice(stdout);
    ordo::TerminalTextDevice errDevice(stderr);
    int code = 0;
    {
        QTextStream out(&outDevice);
        QTextStream err(&errDevice);
        ordo::Cli cli(out, err);
        code = cli.run(QCoreApplication::arguments());
        out.flush();
        err.flush();
    }
    releaseQtMessages();
    return code;
}
