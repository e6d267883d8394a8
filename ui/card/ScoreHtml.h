#pragma once

#include "agreement/ScoreBreakdown.h"
#include "domain/Handoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// The "why" of a lead on its card: the handoff on record (the definition version, the score then,
/// the buying signal, how complete its context package was), and its score now, point by point.
class ScoreHtml {
    Q_DECLARE_TR_FUNCTIONS(ScoreHtml)

public:
    static QString render(const std::optional<Handoff> &handoff, const std::optional<ScoreBreakdown> &score,
                          const QDateTime &now);

private:
    static QString handoff(const Handoff &handoff, const QDateTime &now);
    static QString signal(const Handoff &handoff, const QDateTime &now);
    static QString completeness(const Handoff &handoff);
    static QString breakdown(const ScoreBreakdown &score);
    static QString verdict(const ScoreBreakdown &score);
    static QString versionName(int number);
    static QString contextFieldLabel(const QString &field);
};

} // namespace baton
