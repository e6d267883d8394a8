#include "feedback/FeedbackLabels.h"

#include "storage/CampaignRepository.h"
#include "storage/ReasonRepository.h"
#include "storage/ScoreRuleRepository.h"
#include "storage/UserRepository.h"

namespace baton {

Result<FeedbackLabels> FeedbackLabels::load(Database &db)
{
    FeedbackLabels labels;
    ReasonRepository reasons(db);
    for (Stage stage : {Stage::Rejected, Stage::Disqualified, Stage::Recycled}) {
        auto listed = reasons.forStage(stage);
        if (!listed)
            return listed.error();
        for (const Reason &reason : *listed)
            labels.m_reasons.emplace(reason.code, reason.label);
    }
    auto campaigns = CampaignRepository(db).all();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &campaign : *campaigns)
        labels.m_campaigns[campaign.id] = {campaign.name, campaign.kind};
    auto users = UserRepository(db).all();
    if (!users)
        return users.error();
    for (const User &user : *users)
        labels.m_people[user.id] = user.name;
    auto rules = ScoreRuleRepository(db).all();
    if (!rules)
        return rules.error();
    labels.m_rules = std::move(rules).value();
    return labels;
}

QString FeedbackLabels::reason(const QString &code) const
{
    const auto found = m_reasons.find(code);
    return found == m_reasons.end() ? code : found->second;
}

QString FeedbackLabels::campaign(qint64 id) const
{
    if (id == 0)
        return QStringLiteral("No campaign");
    const auto found = m_campaigns.find(id);
    return found == m_campaigns.end() ? QStringLiteral("Campaign %1").arg(id) : found->second.first;
}

QString FeedbackLabels::sourceOf(qint64 campaignId) const
{
    const auto found = m_campaigns.find(campaignId);
    return found == m_campaigns.end() ? QString() : found->second.second;
}

QString FeedbackLabels::sourceLabel(const QString &source)
{
    if (source.isEmpty())
        return QStringLiteral("No campaign");
    QString words = source;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words[0] = words[0].toUpper();
    return words;
}

QString FeedbackLabels::person(qint64 id) const
{
    if (id == 0)
        return QStringLiteral("Nobody recorded");
    const auto found = m_people.find(id);
    return found == m_people.end() ? QStringLiteral("User %1").arg(id) : found->second;
}

QString FeedbackLabels::rule(int bit) const
{
    const auto found = m_rules.find(bit);
    return found == m_rules.end() ? QStringLiteral("Rule %1").arg(bit) : found->second.second;
}

QString FeedbackLabels::ruleKey(int bit) const
{
    const auto found = m_rules.find(bit);
    return found == m_rules.end() ? QString() : found->second.first;
}

QString FeedbackLabels::label(FeedbackDimension dimension, const QString &key) const
{
    switch (dimension) {
    case FeedbackDimension::Reason:
        return reason(key);
    case FeedbackDimension::Campaign:
        return campaign(key.toLongLong());
    case FeedbackDimension::Source:
        return sourceLabel(key);
    case FeedbackDimension::Band:
        return ScoreBand::label(key.toInt());
    case FeedbackDimension::Owner:
        return person(key.toLongLong());
    case FeedbackDimension::Rule:
        return rule(key.toInt());
    }
    return key;
}

} // namespace baton
