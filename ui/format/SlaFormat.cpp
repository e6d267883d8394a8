#include "format/SlaFormat.h"

#include "sla/SlaClock.h"

namespace baton {
namespace {

QString span(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return SlaFormat::tr("%1 min").arg(std::max<qint64>(1, minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 == 0 ? SlaFormat::tr("%1 h").arg(hours)
                                 : SlaFormat::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return SlaFormat::tr("%1 d").arg(hours / 24);
}

} // namespace

SlaState SlaFormat::runningState(const QDateTime &due, const QDateTime &now)
{
    return SlaClock::runningStateAt(due, now, dueSoonMinutes);
}

QString SlaFormat::countdown(const QDateTime &due, const QDateTime &now)
{
    const qint64 left = now.secsTo(due);
    return left >= 0 ? tr("%1 left").arg(span(left)) : tr("overdue %1").arg(span(-left));
}

QColor SlaFormat::foreground(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
    case SlaState::Met:
        return QColor(0x15, 0x80, 0x3d);
    case SlaState::DueSoon:
        return QColor(0xb4, 0x53, 0x09);
    case SlaState::Breached:
    case SlaState::Missed:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return QColor(0x47, 0x55, 0x69);
}

QColor SlaFormat::background(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
    case SlaState::Met:
        return QColor(0xdc, 0xfc, 0xe7);
    case SlaState::DueSoon:
        return QColor(0xfe, 0xf3, 0xc7);
    case SlaState::Breached:
    case SlaState::Missed:
        return QColor(0xfe, 0xe2, 0xe2);
    }
    return QColor(0xf1, 0xf5, 0xf9);
}

} // namespace baton
