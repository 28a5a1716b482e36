#include "TerminalText.h"

namespace ordo {

namespace {

bool mustEscape(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)      // C0, DEL, C1
           || (c >= 0x202A && c <= 0x202E)             // LRE, RLE, PDF, LRO, RLO
           || (c >= 0x2066 && c <= 0x2069);            // LRI, RLI, FSI, PDI
}

} // namespace

QString escapeControlCharacters(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !mustEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString escaped = text.left(first);
    escaped.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (mustEscape(c))
            escaped += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        else
            escaped += QChar(c);
    }
    return escaped;
}

TerminalTextDevice::TerminalTextDevice(FILE *file) : m_file(file)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalTextDevice::~TerminalTextDevice()
{
    std::fflush(m_file);
}

qint64 TerminalTextDevice::writeData(const char *data, qint64 size)
{
    const QByteArray bytes = escapeControlCharacters(QString::fromUtf8(data, size)).toUtf8();
    if (std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_file) != static_cast<size_t>(bytes.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

} // namespace ordo
