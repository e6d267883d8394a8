#include "ReevaluationText.h"

#include "CommandContext.h"
#include "TextFormat.h"

namespace baton::cli {

TaskControl ReevaluationText::progress(CommandContext &context)
{
    TaskControl control;
    if (context.interactive()) {
        control.onProgress = [&context](qint64 done, qint64 total) {
            context.err() << "\rRe-evaluating: " << (total > 0 ? done * 100 / total : 0) << "% ("
                          << TextFormat::number(done) << " of " << TextFormat::number(total) << " leads)";
            context.err().flush();
        };
    }
    return control;
}

void ReevaluationText::write(QTextStream &out, const Reevaluation &run, double seconds)
{
    out << "Re-evaluated " << TextFormat::number(run.evaluated) << (run.evaluated == 1 ? " lead" : " leads")
        << " marketing holds under definition version " << run.definitionNumber << " in "
        << QString::number(seconds, 'f', 1) << " s: " << TextFormat::number(run.handedOver)
        << (run.handedOver == 1 ? " meets the MQL rule and was handed over."
                                : " meet the MQL rule and were handed over.")
        << Qt::endl;
}

QJsonObject ReevaluationText::toJson(const Reevaluation &run, double seconds)
{
    return QJsonObject{{QStringLiteral("definitionVersion"), run.definitionNumber},
                       {QStringLiteral("at"), TextFormat::isoTime(run.at)},
                       {QStringLiteral("evaluated"), run.evaluated},
                       {QStringLiteral("handedOver"), run.handedOver},
                       {QStringLiteral("seconds"), seconds}};
}

} // namespace baton::cli
