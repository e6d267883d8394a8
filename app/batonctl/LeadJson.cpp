#include "LeadJson.h"

#include "TextFormat.h"
#include "export/LeadFieldsJson.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

using Fields = LeadFieldsJson;

QJsonValue text(const QString &value)
{
    return Fields::text(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(TextFormat::isoTime(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const std::optional<QDateTime> &value)
{
    return value ? time(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject campaign(const Campaign &campaign)
{
    return {{QStringLiteral("id"), campaign.id},
            {QStringLiteral("name"), campaign.name},
            {QStringLiteral("kind"), text(campaign.kind)},
            {QStringLiteral("startedOn"), campaign.startedOn.isValid()
                                              ? QJsonValue(campaign.startedOn.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)}};
}

QJsonObject engagement(const EngagementStory &story)
{
    QJsonArray pages;
    for (const auto &page : story.pages()) {
        pages.append(QJsonObject{{QStringLiteral("url"), page.url},
                                 {QStringLiteral("visits"), page.count},
                                 {QStringLiteral("first"), time(page.first)},
                                 {QStringLiteral("last"), time(page.last)}});
    }
    QJsonArray moments;
    for (const auto &moment : story.moments()) {
        moments.append(QJsonObject{{QStringLiteral("type"), eventTypeName(moment.type)},
                                   {QStringLiteral("at"), time(moment.at)},
                                   {QStringLiteral("detail"), text(moment.detail)},
                                   {QStringLiteral("campaign"), text(moment.campaign)}});
    }
    return {{QStringLiteral("totalEvents"), story.totalEvents()},
            {QStringLiteral("lastActivity"), time(story.lastActivity())},
            {QStringLiteral("emailOpens"), story.emailOpens()},
            {QStringLiteral("emailClicks"), story.emailClicks()},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("moments"), moments}};
}

QJsonArray history(const std::vector<StageChange> &changes)
{
    QJsonArray array;
    for (const StageChange &change : changes) {
        array.append(QJsonObject{
            {QStringLiteral("id"), change.id},
            {QStringLiteral("from"), change.from ? QJsonValue(stageName(*change.from)) : QJsonValue()},
            {QStringLiteral("to"), stageName(change.to)},
            {QStringLiteral("at"), time(change.changedAt)},
            {QStringLiteral("userId"), id(change.userId)},
            {QStringLiteral("userName"), text(change.userName)},
            {QStringLiteral("reason"), text(change.reasonCode)},
            {QStringLiteral("note"), text(change.note)}});
    }
    return array;
}

QJsonArray activities(const std::vector<Activity> &activities)
{
    QJsonArray array;
    for (const Activity &activity : activities) {
        array.append(QJsonObject{{QStringLiteral("id"), activity.id},
                                 {QStringLiteral("type"), activityTypeName(activity.type)},
                                 {QStringLiteral("outcome"), activity.outcome},
                                 {QStringLiteral("at"), time(activity.occurredAt)},
                                 {QStringLiteral("userId"), id(activity.userId)},
                                 {QStringLiteral("userName"), text(activity.userName)},
                                 {QStringLiteral("note"), text(activity.note)}});
    }
    return array;
}

QJsonObject opportunity(const Opportunity &opportunity)
{
    return {{QStringLiteral("valueCents"), opportunity.valueCents},
            {QStringLiteral("value"), TextFormat::plainMoney(opportunity.valueCents)},
            {QStringLiteral("note"), text(opportunity.note)},
            {QStringLiteral("createdAt"), time(opportunity.createdAt)},
            {QStringLiteral("createdBy"), id(opportunity.createdBy)}};
}

} // namespace

QJsonObject LeadJson::user(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("team"), text(user.team)}};
}

QJsonObject LeadJson::listItem(const Lead &lead, const std::optional<User> &owner)
{
    return {{QStringLiteral("id"), lead.id},
            {QStringLiteral("name"), lead.person.name},
            {QStringLiteral("title"), text(lead.person.title)},
            {QStringLiteral("email"), text(lead.person.email)},
            {QStringLiteral("company"), text(lead.company.name)},
            {QStringLiteral("stage"), stageName(lead.stage)},
            {QStringLiteral("ownerId"), id(lead.ownerId)},
            {QStringLiteral("owner"), owner ? QJsonValue(owner->login) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("campaignId"), id(lead.campaignId)},
            {QStringLiteral("createdAt"), time(lead.createdAt)},
            {QStringLiteral("handoffAt"), time(lead.handoffAt)},
            {QStringLiteral("version"), lead.version}};
}

QJsonObject LeadJson::card(const LeadCard &card)
{
    const Lead &lead = card.lead;
    return {
        {QStringLiteral("id"), lead.id},
        {QStringLiteral("version"), lead.version},
        {QStringLiteral("stage"), stageName(lead.stage)},
        {QStringLiteral("createdAt"), time(lead.createdAt)},
        {QStringLiteral("handoffAt"), time(lead.handoffAt)},
        {QStringLiteral("revisitOn"),
         lead.revisitOn ? QJsonValue(lead.revisitOn->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("person"), Fields::person(lead.person)},
        {QStringLiteral("company"), Fields::company(lead.company)},
        {QStringLiteral("owner"), card.owner ? QJsonValue(user(*card.owner)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("campaign"),
         card.campaign ? QJsonValue(campaign(*card.campaign)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("engagement"), engagement(card.story)},
        {QStringLiteral("history"), history(card.history)},
        {QStringLiteral("activities"), activities(card.activities)},
        {QStringLiteral("opportunity"),
         card.opportunity ? QJsonValue(opportunity(*card.opportunity)) : QJsonValue(QJsonValue::Null)}};
}

} // namespace baton::cli
