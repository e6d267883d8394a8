#include "queue/QueueFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace baton {

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    m_stage->addItem(tr("All open"), QVariant());
    for (Stage stage : {Stage::Mql, Stage::Sal})
        m_stage->addItem(stageLabel(stage), static_cast<int>(stage));
    m_stage->addItem(tr("Opportunities (SQL)"), static_cast<int>(Stage::Sql));
    m_stage->setToolTip(tr("Show open leads in this stage, or the opportunities converted from them"));

    m_campaign->addItem(tr("All campaigns"), QVariant());
    m_campaign->setToolTip(tr("Show leads from this campaign"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(16);

    m_search->setPlaceholderText(tr("Search name, company or email  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_campaign);
    layout->addWidget(m_search, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &QueueFilterBar::emitIfSearchChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &QueueFilterBar::applySearchNow);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);
}

void QueueFilterBar::setCampaigns(const std::vector<Campaign> &campaigns)
{
    const QVariant chosen = m_campaign->currentData();
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"), QVariant());
    for (const Campaign &campaign : campaigns)
        m_campaign->addItem(campaign.name, campaign.id);
    const int index = m_campaign->findData(chosen);
    m_campaign->setCurrentIndex(index >= 0 ? index : 0);
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter filter;
    if (const QVariant stage = m_stage->currentData(); stage.isValid())
        filter.stage = static_cast<Stage>(stage.toInt());
    if (const QVariant campaign = m_campaign->currentData(); campaign.isValid())
        filter.campaignId = campaign.toLongLong();
    filter.search = m_appliedSearch;
    return filter;
}

bool QueueFilterBar::isNarrowed() const
{
    const QueueFilter current = filter();
    return current.stage || current.campaignId || !current.search.isEmpty();
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::applySearchNow()
{
    m_searchDelay.stop();
    emitIfSearchChanged();
}

void QueueFilterBar::emitIfSearchChanged()
{
    const QString text = m_search->text().trimmed();
    if (text == m_appliedSearch)
        return;
    m_appliedSearch = text;
    Q_EMIT filterChanged();
}

} // namespace baton
