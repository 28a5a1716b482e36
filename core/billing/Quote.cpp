#include "core/billing/Quote.h"

namespace ordo {

namespace {

class QuoteText
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Quote)
};

} // namespace

QString toKey(QuoteState state)
{
    switch (state) {
    case QuoteState::Issued: return QStringLiteral("issued");
    case QuoteState::Sent: return QStringLiteral("sent");
    case QuoteState::Accepted: return QStringLiteral("accepted");
    case QuoteState::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("issued");
}

QuoteState quoteStateFromKey(const QString &key)
{
    if (key == QLatin1String("sent"))
        return QuoteState::Sent;
    if (key == QLatin1String("accepted"))
        return QuoteState::Accepted;
    if (key == QLatin1String("rejected"))
        return QuoteState::Rejected;
    return QuoteState::Issued;
}

QString displayName(QuoteState state)
{
    switch (state) {
    case QuoteState::Issued: return QuoteText::tr("Issued");
    case QuoteState::Sent: return QuoteText::tr("Sent");
    case QuoteState::Accepted: return QuoteText::tr("Accepted");
    case QuoteState::Rejected: return QuoteText::tr("Refused");
    }
    return {};
}

} // namespace ordo
