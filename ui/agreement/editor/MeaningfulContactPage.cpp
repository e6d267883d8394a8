#include "agreement/editor/MeaningfulContactPage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {
namespace {

qsizetype typeOrder(ActivityType type)
{
    return std::find(allActivityTypes.begin(), allActivityTypes.end(), type) - allActivityTypes.begin();
}

} // namespace

MeaningfulContactPage::MeaningfulContactPage(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("The response clock of a lead stops at its first <b>meaningful</b> contact. "
                                "Check, for each kind of activity, the outcomes that count: a connected "
                                "call does, a voicemail does not. An activity with nothing checked never "
                                "counts."),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (ActivityType type : allActivityTypes) {
        auto *group = new QGroupBox(activityTypeLabel(type), this);
        auto *row = new QHBoxLayout(group);
        for (const QString &outcome : activityOutcomes(type)) {
            auto *box = new QCheckBox(outcomeLabel(outcome), group);
            box->setToolTip(tr("%1, %2: checked, it is a meaningful first contact; unchecked, it is not.")
                                .arg(activityTypeLabel(type), outcomeLabel(outcome)));
            row->addWidget(box);
            m_boxes.push_back({type, outcome, box});
            connect(box, &QCheckBox::toggled, this,
                    [this, type, outcome](bool on) { toggle(type, outcome, on); });
        }
        row->addStretch();
        layout->addWidget(group);
    }
    layout->addStretch();
}

void MeaningfulContactPage::setContacts(const std::vector<MeaningfulContact> &contacts)
{
    m_contacts = contacts;
    updateBoxes();
}

void MeaningfulContactPage::updateBoxes()
{
    m_updating = true;
    for (const OutcomeBox &entry : m_boxes)
        entry.box->setChecked(isMeaningfulContact(m_contacts, entry.type, entry.outcome));
    m_updating = false;
}

QCheckBox *MeaningfulContactPage::outcomeBox(ActivityType type, const QString &outcome) const
{
    for (const OutcomeBox &entry : m_boxes) {
        if (entry.type == type && entry.outcome == outcome)
            return entry.box;
    }
    return nullptr;
}

void MeaningfulContactPage::toggle(ActivityType type, const QString &outcome, bool on)
{
    if (m_updating)
        return;
    auto contact = std::find_if(m_contacts.begin(), m_contacts.end(),
                                [type](const MeaningfulContact &c) { return c.activityType == type; });
    if (on) {
        if (contact == m_contacts.end()) {
            // Before the first type that comes later in the usual order.
            const auto later = std::find_if(m_contacts.begin(), m_contacts.end(), [type](const auto &c) {
                return typeOrder(c.activityType) > typeOrder(type);
            });
            contact = m_contacts.insert(later, MeaningfulContact{type, {}});
        }
        if (contact->outcomes.contains(outcome))
            return;
        const QStringList order = activityOutcomes(type);
        const auto later =
            std::find_if(contact->outcomes.begin(), contact->outcomes.end(),
                         [&](const QString &o) { return order.indexOf(o) > order.indexOf(outcome); });
        contact->outcomes.insert(later, outcome);
    } else {
        if (contact == m_contacts.end() || !contact->outcomes.contains(outcome))
            return;
        contact->outcomes.removeAll(outcome);
        if (contact->outcomes.isEmpty())
            m_contacts.erase(contact);
    }
    Q_EMIT changed();
}

void MeaningfulContactPage::setReadOnly(bool readOnly)
{
    for (const OutcomeBox &entry : m_boxes)
        entry.box->setEnabled(!readOnly);
}

} // namespace baton
