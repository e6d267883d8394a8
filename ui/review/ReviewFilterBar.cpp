#include "review/ReviewFilterBar.h"

#include "common/Clock.h"
#include "metrics/ReviewWeeks.h"
#include "review/ReviewText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <set>

namespace baton {
namespace {

QComboBox *comboWithAll(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(ReviewFilterBar::tr("All"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(12);
    return combo;
}

} // namespace

ReviewFilterBar::ReviewFilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
    , m_week(new QComboBox(this))
    , m_campaign(comboWithAll(this))
    , m_owner(comboWithAll(this))
    , m_team(comboWithAll(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, layout](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        layout->addSpacing(8);
    };
    add(tr("&Week:"), m_week);
    add(tr("Ca&mpaign:"), m_campaign);
    add(tr("&Owner:"), m_owner);
    add(tr("T&eam:"), m_team);
    layout->addStretch(1);
    updateWeeks();

    for (QComboBox *combo : {m_week, m_campaign, m_owner, m_team}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT changed();
        });
    }
}

void ReviewFilterBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateWeeks();
}

void ReviewFilterBar::updateWeeks()
{
    const QDate thisMonday = ReviewWeeks::mondayOf(m_clock.now(), m_zone);
    const QDate chosen = monday();
    std::vector<std::pair<QString, QVariant>> weeks;
    for (int back = 0; back < weekCount; ++back) {
        const QDate monday = thisMonday.addDays(-7 * back);
        const QString date = ReviewText::week(monday, thisMonday.year());
        const QString label = back == 0   ? tr("This week (from %1)").arg(date)
                              : back == 1 ? tr("Last week (from %1)").arg(date)
                                          : tr("Week of %1").arg(date);
        weeks.emplace_back(label, monday);
    }
    m_filling = true;
    m_week->clear();
    for (const auto &[label, monday] : weeks)
        m_week->addItem(label, monday);
    const int index = chosen.isValid() ? m_week->findData(chosen) : -1;
    m_week->setCurrentIndex(std::max(index, 0));
    m_filling = false;
    if (monday() != chosen && chosen.isValid())
        Q_EMIT changed();
}

void ReviewFilterBar::setChoices(const std::vector<Campaign> &campaigns, const std::vector<User> &users)
{
    std::vector<std::pair<QString, QVariant>> campaignItems{{tr("No campaign"), qint64(0)}};
    for (const Campaign &campaign : campaigns)
        campaignItems.emplace_back(campaign.name, campaign.id);
    std::vector<std::pair<QString, QVariant>> ownerItems;
    std::set<QString> teams;
    for (const User &user : users) {
        ownerItems.emplace_back(user.name, user.id);
        if (!user.team.isEmpty())
            teams.insert(user.team);
    }
    std::sort(ownerItems.begin(), ownerItems.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    std::vector<std::pair<QString, QVariant>> teamItems;
    for (const QString &team : teams)
        teamItems.emplace_back(team, team);

    const ReviewFilter before = request().filter;
    fill(m_campaign, campaignItems);
    fill(m_owner, ownerItems);
    fill(m_team, teamItems);
    if (request().filter != before)
        Q_EMIT changed();
}

void ReviewFilterBar::fill(QComboBox *combo, const std::vector<std::pair<QString, QVariant>> &items)
{
    const QVariant chosen = combo->currentData();
    m_filling = true;
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(index, 0));
    m_filling = false;
}

QDate ReviewFilterBar::monday() const
{
    return m_week->currentData().toDate();
}

ReviewRequest ReviewFilterBar::request() const
{
    ReviewRequest request;
    request.zone = m_zone;
    const QDate first = monday();
    request.from = ReviewWeeks::start(first, m_zone);
    request.to = ReviewWeeks::start(first.addDays(7), m_zone);
    if (const QVariant campaign = m_campaign->currentData(); campaign.isValid())
        request.filter.campaignId = campaign.toLongLong();
    if (const QVariant owner = m_owner->currentData(); owner.isValid())
        request.filter.ownerId = owner.toLongLong();
    if (const QVariant team = m_team->currentData(); team.isValid())
        request.filter.team = team.toString();
    return request;
}

} // namespace baton
