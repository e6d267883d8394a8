#include "rejections/RejectionFilterBar.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace baton {

RejectionFilterBar::RejectionFilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
    , m_period(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_statusLabel(new QLabel(tr("Sho&w:"), this))
    , m_dates(new QLabel(this))
{
    for (RejectionPeriod::Kind kind : RejectionPeriod::allKinds)
        m_period->addItem(RejectionPeriod::label(kind), static_cast<int>(kind));
    m_period->setToolTip(tr("Weeks begin on Monday; the averages compare with the 4 weeks before"));
    m_status->addItem(tr("Open"), static_cast<int>(StatusFilter::Open));
    m_status->addItem(tr("Disputed"), static_cast<int>(StatusFilter::Disputed));
    m_status->addItem(tr("All"), static_cast<int>(StatusFilter::All));
    m_status->setToolTip(tr("Open: not reviewed yet. Disputed: waiting for a sales manager."));
    m_dates->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_statusLabel->setBuddy(m_status);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_dates);
    layout->addSpacing(16);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        showDates();
        Q_EMIT periodChanged();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &RejectionFilterBar::statusChanged);
    showDates();
}

RejectionPeriod RejectionFilterBar::period() const
{
    return RejectionPeriod::around(periodKind(), m_clock.now(), m_zone);
}

RejectionPeriod::Kind RejectionFilterBar::periodKind() const
{
    return static_cast<RejectionPeriod::Kind>(m_period->currentData().toInt());
}

void RejectionFilterBar::setPeriodKind(RejectionPeriod::Kind kind)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(kind)));
}

void RejectionFilterBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    showDates();
}

RejectionFilterBar::StatusFilter RejectionFilterBar::statusFilter() const
{
    return static_cast<StatusFilter>(m_status->currentData().toInt());
}

void RejectionFilterBar::setStatusFilter(StatusFilter filter)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(filter)));
}

std::optional<ReviewStatus> RejectionFilterBar::status() const
{
    switch (statusFilter()) {
    case StatusFilter::Open:
        return ReviewStatus::Open;
    case StatusFilter::Disputed:
        return ReviewStatus::Disputed;
    case StatusFilter::All:
        return std::nullopt;
    }
    return std::nullopt;
}

void RejectionFilterBar::setStatusVisible(bool visible)
{
    m_statusLabel->setVisible(visible);
    m_status->setVisible(visible);
}

QString RejectionFilterBar::periodDates() const
{
    const RejectionPeriod chosen = period();
    const QDate first = chosen.from.toTimeZone(m_zone).date();
    const QDate last = chosen.to.toTimeZone(m_zone).addSecs(-1).date();
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM");
    return tr("%1 – %2").arg(locale.toString(first, format),
                             locale.toString(last, format + QStringLiteral(" yyyy")));
}

void RejectionFilterBar::showDates()
{
    m_dates->setText(periodDates());
}

} // namespace baton
