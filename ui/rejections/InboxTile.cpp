#include "rejections/InboxTile.h"

#include <QColor>
#include <QLabel>
#include <QVBoxLayout>

namespace baton {

InboxTile::InboxTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title->setStyleSheet(QStringLiteral("color: #4b5563;"));
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setWeight(QFont::DemiBold);
    m_value->setFont(large);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for two lines from the start: the tiles keep their height when the numbers arrive.
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void InboxTile::setNumbers(const QString &value, const QString &detail, const QColor &detailColour)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(detailColour.isValid() ? detailColour.name() : QStringLiteral("#6b7280")));
}

QString InboxTile::title() const
{
    return m_title->text();
}

QString InboxTile::value() const
{
    return m_value->text();
}

QString InboxTile::detail() const
{
    return m_detail->text();
}

} // namespace baton
