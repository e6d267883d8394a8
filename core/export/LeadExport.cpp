#include "export/LeadExport.h"

#include "export/LeadHistoryJson.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/HandoffRepository.h"
#include "storage/LeadRepository.h"
#include "storage/RoutingRepository.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace baton {
namespace {

constexpr int pageSize = 500;

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(ErrorKind::Io, QStringLiteral("Cannot write %1: %2. Choose a folder you may write to.")
                                        .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

LeadExport::LeadExport(Database &db)
    : m_db(db)
{}

Result<void> LeadExport::loadUsers()
{
    if (m_usersLoaded)
        return {};
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    for (const User &user : *users)
        m_users.insert(user.id, user);
    auto campaigns = CampaignRepository(m_db).all();
    if (!campaigns)
        return campaigns.error();
    for (Campaign &campaign : *campaigns)
        m_campaigns.emplace(campaign.id, std::move(campaign));
    m_usersLoaded = true;
    return {};
}

Result<LeadHistory> LeadExport::read(qint64 leadId)
{
    BATON_TRY(loadUsers());
    LeadRepository leads(m_db);
    LeadHistory history;
    auto lead = leads.find(leadId);
    if (!lead)
        return lead.error();
    history.lead = std::move(lead).value();
    if (history.lead.campaignId) {
        const auto campaign = m_campaigns.find(*history.lead.campaignId);
        if (campaign != m_campaigns.end())
            history.campaign = campaign->second;
    }
    auto events = leads.events(leadId);
    if (!events)
        return events.error();
    history.events = std::move(events).value();
    auto changes = leads.history(leadId);
    if (!changes)
        return changes.error();
    history.stageChanges = std::move(changes).value();
    auto activities = leads.activities(leadId);
    if (!activities)
        return activities.error();
    history.activities = std::move(activities).value();
    std::reverse(history.activities.begin(), history.activities.end()); // stored newest first
    auto handoffs = HandoffRepository(m_db).forLead(leadId);
    if (!handoffs)
        return handoffs.error();
    history.handoffs = std::move(handoffs).value();
    auto routing = RoutingRepository(m_db).decisionsFor(leadId);
    if (!routing)
        return routing.error();
    history.routing = std::move(routing).value();
    auto opportunity = leads.opportunity(leadId);
    if (!opportunity)
        return opportunity.error();
    history.opportunity = std::move(opportunity).value();
    return history;
}

Result<QJsonObject> LeadExport::json(qint64 leadId)
{
    auto history = read(leadId);
    if (!history)
        return history.error();
    return LeadHistoryJson::toJson(*history, m_users);
}

Result<void> LeadExport::saveLead(qint64 leadId, const QString &path)
{
    auto object = json(leadId);
    if (!object)
        return object.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    file.write(QJsonDocument(*object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Result<qint64> LeadExport::writeJson(const LeadIdFilter &filter, QTextStream &out, const TaskControl &control)
{
    BATON_TRY(loadUsers());
    LeadIdPager pager(m_db);
    qint64 total = 0;
    if (control.onProgress) {
        auto counted = pager.count(filter);
        if (!counted)
            return counted.error();
        total = *counted;
    }
    qint64 written = 0;
    qint64 after = 0;
    out << '[';
    for (;;) {
        auto ids = pager.after(filter, after, pageSize);
        if (!ids)
            return ids.error();
        if (ids->empty())
            break;
        for (const qint64 id : *ids) {
            if (control.cancelled())
                return makeError(ErrorKind::Cancelled, QStringLiteral("The export was stopped."));
            auto history = read(id);
            if (!history)
                return history.error();
            out << (written == 0 ? "\n" : ",\n")
                << QJsonDocument(LeadHistoryJson::toJson(*history, m_users)).toJson(QJsonDocument::Compact);
            ++written;
        }
        after = ids->back();
        control.report(written, total);
    }
    out << (written == 0 ? "]\n" : "\n]\n");
    out.flush();
    if (out.status() != QTextStream::Ok)
        return makeError(ErrorKind::Io, QStringLiteral("The export could not be written in full."));
    return written;
}

} // namespace baton
