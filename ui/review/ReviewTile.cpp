#include "review/ReviewTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baton {
namespace {

const QString muted = QStringLiteral("#6b7280");

} // namespace

ReviewTile::ReviewTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_target(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title->setStyleSheet(QStringLiteral("color: #4b5563;"));
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setWeight(QFont::DemiBold);
    m_value->setFont(large);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setStyleSheet(QStringLiteral("color: %1;").arg(muted));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_detail);
    layout->addWidget(m_target);
    layout->addStretch(1);
    m_target->hide();
    setPending(QString());
}

void ReviewTile::setNumbers(const QString &value, const ReviewChange &change, const QString &detail)
{
    m_value->setText(value);
    m_trend = change.trend;
    m_change->setText(change.text);
    const QColor colour = colourOf(change.trend);
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(colour.isValid() ? colour.name() : muted));
    m_detail->setText(detail);
}

void ReviewTile::setPending(const QString &words)
{
    setNumbers(QStringLiteral("\u2026"), {words, ReviewTrend::Unknown}, QStringLiteral(" "));
}

void ReviewTile::setTarget(const QString &text, bool missed)
{
    m_target->setText(text);
    m_target->setStyleSheet(
        QStringLiteral("color: %1;").arg(missed ? colourOf(ReviewTrend::Worse).name() : muted));
    m_target->setVisible(!text.isEmpty());
}

QString ReviewTile::target() const
{
    return m_target->isHidden() ? QString() : m_target->text();
}

QString ReviewTile::title() const
{
    return m_title->text();
}

QString ReviewTile::value() const
{
    return m_value->text();
}

QString ReviewTile::change() const
{
    return m_change->text();
}

QString ReviewTile::detail() const
{
    return m_detail->text();
}

QColor ReviewTile::colourOf(ReviewTrend trend)
{
    switch (trend) {
    case ReviewTrend::Better:
        return {0x15, 0x80, 0x3d};
    case ReviewTrend::Worse:
        return {0xb9, 0x1c, 0x1c};
    case ReviewTrend::Same:
    case ReviewTrend::Unknown:
        break;
    }
    return {};
}

} // namespace baton
