#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace ordo {

// The yellow bar over an open order that someone else changed meanwhile: who and when, and a
// Reload button. Hidden until told of a change, and again once Reload is pressed.
class StaleNotice final : public QWidget
{
    Q_OBJECT

public:
    explicit StaleNotice(QWidget *parent = nullptr);

    // who: empty when unknown; at: when (UTC seconds), if the history said; typedHere: the user has
    // unsaved changes here, which a reload replaces.
    void showChange(const QString &who, std::optional<qint64> at, bool typedHere);

signals:
    void reloadRequested();

private:
    QLabel *m_text;
};

} // namespace ordo
