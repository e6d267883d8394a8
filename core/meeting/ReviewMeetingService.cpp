#include "meeting/ReviewMeetingService.h"

#include "domain/Role.h"
#include "metrics/ReviewWeeks.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QStringList>

namespace baton {
namespace {

bool mayChangeStatus(const User &actor, const ActionItem &item)
{
    return actor.id == item.ownerId || actor.role == Role::SalesManager ||
           actor.role == Role::MarketingManager || actor.role == Role::Admin;
}

QString metricNames()
{
    QStringList names;
    for (MetricKey key : allMetricKeys)
        names << metricKeyName(key);
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<void> ReviewMeetingService::checkWeek(const QDate &week)
{
    if (ReviewWeeks::isMonday(week))
        return {};
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("A review week is named by the Monday it starts on; %1 is not a Monday.")
                         .arg(week.isValid() ? week.toString(Qt::ISODate) : QStringLiteral("no date")));
}

Result<std::optional<MetricKey>> ReviewMeetingService::metricNamed(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::optional<MetricKey>();
    if (auto key = metricKeyFromName(trimmed))
        return std::optional<MetricKey>(*key);
    return makeError(
        ErrorKind::InvalidInput,
        QStringLiteral("There is no metric '%1'. The metrics are: %2.").arg(trimmed, metricNames()));
}

Result<qint64> ReviewMeetingService::decide(const Decision &decision, qint64 actorId)
{
    if (decision.text.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("A decision needs words: what was decided."));
    BATON_TRY(checkWeek(decision.week));
    auto metric = metricNamed(decision.metric);
    if (!metric)
        return metric.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    MeetingRepository meetings(m_db);
    if (decision.definitionVersionId) {
        auto exists = meetings.definitionVersionExists(*decision.definitionVersionId);
        if (!exists)
            return exists.error();
        if (!*exists) {
            return makeError(ErrorKind::NotFound, QStringLiteral("There is no definition version %1 to link "
                                                                 "the decision to.")
                                                      .arg(*decision.definitionVersionId));
        }
    }
    ReviewDecision stored;
    stored.week = decision.week;
    stored.metric = *metric;
    stored.text = decision.text.trimmed();
    stored.decidedAt = m_clock.now();
    stored.decidedBy = actorId;
    stored.definitionVersionId = decision.definitionVersionId;
    auto id = meetings.insertDecision(stored);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = stored.decidedAt;
    entry.userId = actorId;
    entry.subject = QStringLiteral("decision");
    entry.subjectId = *id;
    entry.action = QStringLiteral("decide");
    entry.summary = QStringLiteral("Recorded a decision for the week of %1: %2")
                        .arg(stored.week.toString(Qt::ISODate), stored.text);
    entry.after = QJsonObject{{QStringLiteral("week"), stored.week.toString(Qt::ISODate)},
                              {QStringLiteral("text"), stored.text}};
    if (stored.definitionVersionId)
        entry.after.insert(QStringLiteral("definitionVersionId"), *stored.definitionVersionId);
    BATON_TRY(AuditRepository(m_db).record(entry));
    BATON_TRY(transaction->commit());
    return *id;
}

Result<qint64> ReviewMeetingService::addActionItem(const NewActionItem &item, qint64 actorId)
{
    if (item.title.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("An action item needs a title: what is to be done."));
    BATON_TRY(checkWeek(item.week));
    if (!item.dueOn.isValid())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("An action item needs the date it is due."));
    auto metric = metricNamed(item.metric);
    if (!metric)
        return metric.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    UserRepository users(m_db);
    auto actor = users.find(actorId);
    if (!actor)
        return actor.error();
    auto owner = users.find(item.ownerId);
    if (!owner)
        return owner.error();
    MeetingRepository meetings(m_db);
    if (item.decisionId) {
        auto decision = meetings.findDecision(*item.decisionId);
        if (!decision)
            return decision.error();
    }
    ActionItem stored;
    stored.week = item.week;
    stored.metric = *metric;
    stored.decisionId = item.decisionId;
    stored.title = item.title.trimmed();
    stored.ownerId = item.ownerId;
    stored.dueOn = item.dueOn;
    stored.createdAt = m_clock.now();
    stored.createdBy = actorId;
    auto id = meetings.insertItem(stored);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = stored.createdAt;
    entry.userId = actorId;
    entry.subject = QStringLiteral("action item");
    entry.subjectId = *id;
    entry.action = QStringLiteral("add");
    entry.summary = QStringLiteral("Added action item \u201c%1\u201d for %2, due %3")
                        .arg(stored.title, owner->name, stored.dueOn.toString(Qt::ISODate));
    entry.after = QJsonObject{{QStringLiteral("title"), stored.title},
                              {QStringLiteral("ownerId"), stored.ownerId},
                              {QStringLiteral("dueOn"), stored.dueOn.toString(Qt::ISODate)},
                              {QStringLiteral("week"), stored.week.toString(Qt::ISODate)}};
    BATON_TRY(AuditRepository(m_db).record(entry));
    BATON_TRY(transaction->commit());
    return *id;
}

Result<void> ReviewMeetingService::setActionStatus(qint64 itemId, ActionStatus status, qint64 actorId,
                                                   qint64 expectedVersion)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    MeetingRepository meetings(m_db);
    auto item = meetings.findItem(itemId);
    if (!item)
        return item.error();
    if (!mayChangeStatus(*actor, *item)) {
        return makeError(ErrorKind::PermissionDenied,
                         QStringLiteral("%1 (%2) may not change the status of action item %3: only its owner "
                                        "(%4), a sales or marketing manager or an admin may.")
                             .arg(actor->name, roleLabel(actor->role))
                             .arg(itemId)
                             .arg(item->ownerName));
    }
    if (item->version != expectedVersion) {
        const QString who =
            item->statusByName.isEmpty() ? QStringLiteral("Someone else") : item->statusByName;
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("%1 changed action item %2 (it is now %3) after you read it. Nothing "
                                        "of yours was saved; look at it again.")
                             .arg(who)
                             .arg(itemId)
                             .arg(actionStatusLabel(item->status).toLower()));
    }
    if (item->status == status) {
        return makeError(ErrorKind::InvalidTransition, QStringLiteral("Action item %1 is already %2.")
                                                           .arg(itemId)
                                                           .arg(actionStatusLabel(status).toLower()));
    }
    const QDateTime now = m_clock.now();
    BATON_TRY(meetings.setItemStatus(itemId, status, now, actorId, expectedVersion));
    AuditEntry entry;
    entry.at = now;
    entry.userId = actorId;
    entry.subject = QStringLiteral("action item");
    entry.subjectId = itemId;
    entry.action = QStringLiteral("status");
    entry.summary =
        QStringLiteral("Moved action item \u201c%1\u201d from %2 to %3")
            .arg(item->title, actionStatusLabel(item->status).toLower(), actionStatusLabel(status).toLower());
    entry.before = QJsonObject{{QStringLiteral("status"), actionStatusName(item->status)},
                               {QStringLiteral("version"), item->version}};
    entry.after = QJsonObject{{QStringLiteral("status"), actionStatusName(status)},
                              {QStringLiteral("version"), item->version + 1}};
    BATON_TRY(AuditRepository(m_db).record(entry));
    return transaction->commit();
}

Result<ReviewDecision> ReviewMeetingService::decision(qint64 decisionId)
{
    return MeetingRepository(m_db).findDecision(decisionId);
}

Result<ActionItem> ReviewMeetingService::actionItem(qint64 itemId)
{
    return MeetingRepository(m_db).findItem(itemId);
}

Result<std::vector<ReviewDecision>> ReviewMeetingService::decisions(const QDate &week)
{
    BATON_TRY(checkWeek(week));
    return MeetingRepository(m_db).decisions(week);
}

Result<std::vector<ActionItem>> ReviewMeetingService::actionItems(const QDate &week)
{
    BATON_TRY(checkWeek(week));
    auto items = MeetingRepository(m_db).itemsOfWeek(week);
    if (!items)
        return items.error();
    for (ActionItem &item : *items)
        item.carriedOver = item.week < week;
    return items;
}

Result<std::vector<ActionItem>> ReviewMeetingService::openActionItems()
{
    return MeetingRepository(m_db).openItems();
}

} // namespace baton
