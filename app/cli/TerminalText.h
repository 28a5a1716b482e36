#pragma once

#include <QIODevice>
#include <QString>

#include <cstdio>

namespace ordo {

// Text that reaches a terminal must not drive it: a customer called "\x1b[31mAna" or "Ana\rPedro"
// would recolour the screen or overwrite the line. Control characters (C0 but tab and newline, DEL,
// C1) and the bidirectional overrides (which reorder what is shown) become \uXXXX, as in JSON, so
// that JSON output stays valid and means the same.
QString escapeControlCharacters(const QString &text);

// A write-only device over stdout or stderr that escapes what passes through it (UTF-8 in and out).
// QTextStream writes whole characters, so every write is escaped on its own.
class TerminalTextDevice final : public QIODevice
{
public:
    explicit TerminalTextDevice(FILE *file);
    ~TerminalTextDevice() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
};

} // namespace ordo
