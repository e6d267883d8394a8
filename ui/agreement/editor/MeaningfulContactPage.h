#pragma once

#include "agreement/MeaningfulContact.h"

#include <QWidget>

#include <vector>

class QCheckBox;

namespace baton {

/// What counts as a meaningful first contact, which stops the SLA clock: for each activity type,
/// the outcomes that count (a connected call does; a voicemail does not).
class MeaningfulContactPage : public QWidget {
    Q_OBJECT

public:
    explicit MeaningfulContactPage(QWidget *parent = nullptr);

    /// Not an edit: changed() is not sent.
    void setContacts(const std::vector<MeaningfulContact> &contacts);
    /// Only the activity types with at least one outcome checked. The order given to setContacts is
    /// kept; a newly checked type or outcome takes its place in the usual order.
    std::vector<MeaningfulContact> contacts() const { return m_contacts; }

    void setReadOnly(bool readOnly);

    /// The check box for one outcome of one activity type; null for an outcome the type does not have.
    QCheckBox *outcomeBox(ActivityType type, const QString &outcome) const;

Q_SIGNALS:
    void changed();

private:
    struct OutcomeBox {
        ActivityType type;
        QString outcome;
        QCheckBox *box;
    };

    void toggle(ActivityType type, const QString &outcome, bool on);
    void updateBoxes();

    std::vector<OutcomeBox> m_boxes;
    std::vector<MeaningfulContact> m_contacts;
    bool m_updating = false;
};

} // namespace baton
