#include "demo/DemoReasons.h"

#include "demo/DemoSalesNotes.h"

namespace baton {
namespace {

struct KnownShare {
    std::string_view stage;
    std::string_view code;
    quint32 weight;
};

// How often sales gives each reason; codes the file adds later get a small share.
constexpr KnownShare shares[] = {
    {"rejected", "not_icp_fit", 30},
    {"rejected", "no_authority", 18},
    {"rejected", "no_buying_intent", 20},
    {"rejected", "student_or_competitor", 6},
    {"rejected", "existing_customer", 6},
    {"rejected", "duplicate", 7},
    {"rejected", "bad_data", 8},
    {"rejected", "other", 3},
    {"disqualified", "no_budget", 30},
    {"disqualified", "no_need", 20},
    {"disqualified", "no_timeline", 22},
    {"disqualified", "chose_competitor", 12},
    {"disqualified", "unresponsive", 14},
    {"disqualified", "other", 2},
    {"recycled", "bad_timing", 35},
    {"recycled", "budget_cycle", 25},
    {"recycled", "not_ready", 25},
    {"recycled", "unresponsive", 13},
    {"recycled", "other", 2},
};
constexpr quint32 unknownShare = 3;

quint32 shareOf(std::string_view stage, std::string_view code)
{
    for (const KnownShare &share : shares) {
        if (share.stage == stage && share.code == code)
            return share.weight;
    }
    return unknownShare;
}

} // namespace

std::string_view DemoReasons::stageName(DemoExit exit)
{
    switch (exit) {
    case DemoExit::Rejected:
        return "rejected";
    case DemoExit::Disqualified:
        return "disqualified";
    case DemoExit::Recycled:
        return "recycled";
    }
    return "rejected";
}

void DemoReasons::add(DemoExit exit, std::string code, bool noteRequired)
{
    DemoReason reason;
    reason.notes = DemoSalesNotes::reasonNotes(stageName(exit), code);
    reason.code = std::move(code);
    reason.noteRequired = noteRequired;
    m_reasons[index(exit)].push_back(std::move(reason));
}

void DemoReasons::finish()
{
    for (DemoExit exit : {DemoExit::Rejected, DemoExit::Disqualified, DemoExit::Recycled}) {
        std::vector<quint32> weights;
        for (const DemoReason &reason : m_reasons[index(exit)])
            weights.push_back(shareOf(stageName(exit), reason.code));
        m_weights[index(exit)] = DemoWeights(std::span<const quint32>(weights));
    }
}

const DemoReason &DemoReasons::pick(DemoExit exit, DemoRandom &random) const
{
    return m_reasons[index(exit)][m_weights[index(exit)].pick(random)];
}

const DemoReason &DemoReasons::preferred(DemoExit exit, std::string_view code, DemoRandom &random) const
{
    for (const DemoReason &reason : m_reasons[index(exit)]) {
        if (reason.code == code)
            return reason;
    }
    return pick(exit, random);
}

} // namespace baton
