#include "agreement/editor/MqlRulePage.h"

#include "agreement/editor/CellValues.h"
#include "agreement/editor/CheckListWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baton {
namespace {

constexpr int scoreLimit = 1'000'000'000; // what the definition format accepts

QSpinBox *scoreSpin(QWidget *parent, const QString &toolTip)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-scoreLimit, scoreLimit);
    spin->setSuffix(MqlRulePage::tr(" points"));
    spin->setAlignment(Qt::AlignRight);
    spin->setToolTip(toolTip);
    spin->setMinimumWidth(spin->fontMetrics().averageCharWidth() * 16);
    spin->setMaximumWidth(spin->fontMetrics().averageCharWidth() * 24);
    return spin;
}

} // namespace

MqlRulePage::MqlRulePage(QWidget *parent)
    : QWidget(parent)
    , m_minFit(scoreSpin(this, tr("The fit score a lead needs, at least: how well it matches the ideal "
                                  "customer profile.")))
    , m_minEngagement(scoreSpin(this, tr("The engagement score a lead needs, at least: how much interest it "
                                         "has shown lately.")))
    , m_fastTrack(new CheckListWidget(this))
{
    auto *intro = new QLabel(tr("A lead becomes a marketing qualified lead (MQL), and goes to sales, when "
                                "it reaches <b>both</b> scores below, or as soon as it does one of the "
                                "fast-track things, whatever its scores."),
                             this);
    intro->setWordWrap(true);

    m_fastTrack->setChoices(cellValues::allEventTypeNames(), cellValues::allEventTypeLabels());
    m_fastTrack->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_fastTrack->setToolTip(tr("Any one of these events hands the lead to sales at once, e.g. a demo "
                               "request."));

    auto *form = new QFormLayout;
    form->addRow(tr("Minimum &fit score:"), m_minFit);
    form->addRow(tr("Minimum &engagement score:"), m_minEngagement);
    auto *fastTrackLabel = new QLabel(tr("Fast-&track events:"), this);
    fastTrackLabel->setBuddy(m_fastTrack);
    form->addRow(fastTrackLabel, m_fastTrack);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();

    const auto edited = [this] {
        if (!m_updating)
            Q_EMIT changed();
    };
    connect(m_minFit, &QSpinBox::valueChanged, this, edited);
    connect(m_minEngagement, &QSpinBox::valueChanged, this, edited);
    connect(m_fastTrack, &CheckListWidget::checkedChanged, this, edited);
}

void MqlRulePage::setRule(const MqlRule &rule)
{
    m_updating = true;
    m_minFit->setValue(rule.minFit);
    m_minEngagement->setValue(rule.minEngagement);
    m_fastTrack->setChecked(cellValues::eventTypeNames(rule.fastTrackEvents));
    m_updating = false;
}

MqlRule MqlRulePage::rule() const
{
    MqlRule rule;
    rule.minFit = m_minFit->value();
    rule.minEngagement = m_minEngagement->value();
    bool ok = true;
    rule.fastTrackEvents = cellValues::parseEventTypes(m_fastTrack->checked(), &ok);
    return rule;
}

void MqlRulePage::setReadOnly(bool readOnly)
{
    m_minFit->setReadOnly(readOnly);
    m_minEngagement->setReadOnly(readOnly);
    m_minFit->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_minEngagement->setButtonSymbols(m_minFit->buttonSymbols());
    m_fastTrack->setReadOnly(readOnly);
}

} // namespace baton
