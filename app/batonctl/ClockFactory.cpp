#include "ClockFactory.h"

#include "common/FixedClock.h"
#include "common/SystemClock.h"

#include <QTimeZone>

namespace baton::cli {

Result<std::unique_ptr<Clock>> ClockFactory::fromEnvironment()
{
    const QString text = qEnvironmentVariable(variable).trimmed();
    if (text.isEmpty())
        return std::unique_ptr<Clock>(std::make_unique<SystemClock>());
    auto time = parseTime(text);
    if (!time) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1=%2 is not an ISO 8601 time. Use e.g. "
                                        "BATON_NOW=2026-03-10T10:00:00Z, or unset it to use the clock.")
                             .arg(QLatin1String(variable), text));
    }
    return std::unique_ptr<Clock>(std::make_unique<FixedClock>(*time));
}

Result<QDateTime> ClockFactory::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("'%1' is not an ISO 8601 time.").arg(text));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

} // namespace baton::cli
