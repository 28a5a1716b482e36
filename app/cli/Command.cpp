#include "Command.h"

#include "CliCommands.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace ordo::cli {

namespace {

constexpr int SummaryColumn = 25;

QString indented(const QString &text, int columns)
{
    const QString indent(columns, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i)
        lines[i].prepend(indent);
    return lines.join(QLatin1Char('\n'));
}

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <%1>").arg(option.valueName());
    return text;
}

QString accessText(Access access)
{
    switch (access) {
    case Access::Reads:
        return Cli::tr("It only reads: the database is opened read-only and never created, upgraded or changed.");
    case Access::Writes:
        return Cli::tr("It writes to the database, which must exist already.");
    case Access::Creates:
        return Cli::tr("It creates the database when there is none.");
    case Access::Files:
        break;
    }
    return {};
}

} // namespace

Context::Context(const Command &command, const QCommandLineParser &parser, QStringList arguments, QString databasePath,
                 QTextStream &out, QTextStream &err)
    : command(command), arguments(std::move(arguments)), databasePath(std::move(databasePath)), out(out), err(err),
      m_parser(parser)
{
}

bool Context::isSet(const QString &option) const
{
    Q_ASSERT_X(command.takes(option), "Context::isSet", "a command reads only the options it declares");
    return m_parser.isSet(option);
}

QString Context::value(const QString &option) const
{
    Q_ASSERT_X(command.takes(option), "Context::value", "a command reads only the options it declares");
    return m_parser.value(option);
}

bool Context::json() const
{
    return command.takes(QStringLiteral("json")) && m_parser.isSet(QStringLiteral("json"));
}

int Context::fail(const Error &error) const
{
    return fail(error.message);
}

int Context::fail(const QString &message) const
{
    err << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return Failed;
}

int Context::usage(const QString &message) const
{
    return commandUsage(err, command, message);
}

int Context::printJson(const QJsonObject &object) const
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return Ok;
}

Command::Command(QString name, Access access, int argumentCount, QString synopsis, QString summary,
                 QList<QCommandLineOption> options)
    : m_name(std::move(name)), m_access(access), m_argumentCount(argumentCount), m_synopsis(std::move(synopsis)),
      m_summary(std::move(summary)), m_options(std::move(options))
{
}

bool Command::takes(const QString &optionName) const
{
    for (const auto &option : m_options)
        if (option.names().contains(optionName))
            return true;
    return false;
}

QString Command::usageEntry() const
{
    QString head = QStringLiteral("  ") + m_name;
    if (!m_synopsis.isEmpty())
        head += QLatin1Char(' ') + indented(m_synopsis, 3 + static_cast<int>(m_name.size()));
    const QString lastLine = head.section(QLatin1Char('\n'), -1);
    const QString summary = indented(m_summary, SummaryColumn);
    if (lastLine.size() < SummaryColumn)
        return head + QString(SummaryColumn - lastLine.size(), QLatin1Char(' ')) + summary + QLatin1Char('\n');
    return head + QLatin1Char('\n') + QString(SummaryColumn, QLatin1Char(' ')) + summary + QLatin1Char('\n');
}

QString Command::helpText() const
{
    const bool writes = m_access == Access::Writes || m_access == Access::Creates;
    QString text = (writes ? Cli::tr("Usage: ordo-cli [--database PATH] [--user NAME] %1")
                           : Cli::tr("Usage: ordo-cli [--database PATH] %1")).arg(m_name);
    if (!m_synopsis.isEmpty())
        text += QLatin1Char(' ') + QString(m_synopsis).replace(QLatin1Char('\n'), QLatin1Char(' '));
    text += QStringLiteral("\n\n") + m_summary + QLatin1Char('\n');
    if (!m_options.isEmpty()) {
        text += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n');
        int width = 0;
        for (const auto &option : m_options)
            width = std::max(width, static_cast<int>(optionSyntax(option).size()));
        for (const auto &option : m_options)
            text += QStringLiteral("  ") + optionSyntax(option).leftJustified(width + 2) + option.description() + QLatin1Char('\n');
    }
    if (const QString access = accessText(m_access); !access.isEmpty())
        text += QLatin1Char('\n') + access + QLatin1Char('\n');
    return text;
}

int commandUsage(QTextStream &err, const Command &command, const QString &message)
{
    err << message << Qt::endl
        << Cli::tr("Run “ordo-cli %1 --help” for its arguments and options.").arg(command.name()) << Qt::endl;
    return Usage;
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON instead of text.")};
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

QString durationText(qint64 minutes)
{
    if (minutes % (24 * 60) == 0)
        return Cli::tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
    if (minutes % 60 == 0)
        return Cli::tr("%n hour(s)", nullptr, static_cast<int>(minutes / 60));
    return Cli::tr("%n minute(s)", nullptr, static_cast<int>(minutes));
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ordo::cli
