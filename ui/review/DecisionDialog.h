#pragma once

#include "agreement/DefinitionVersion.h"
#include "meeting/ReviewMeetingService.h"
#include "metrics/MetricKey.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace baton {

class MetricComboBox;

/// Asks what the joint review decided: the words, the metric that prompted it (the agenda item's
/// by default) and, if it led to one, the definition draft or proposal it is linked to. OK stays
/// disabled until there are words.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    /// `drafts`: the versions a decision may link to, listed as given.
    DecisionDialog(const std::vector<DefinitionVersion> &drafts, const std::optional<MetricKey> &metric,
                   QWidget *parent = nullptr);

    /// The decision without its week.
    ReviewMeetingService::Decision decision() const;

    QPlainTextEdit *editor() const { return m_text; }
    MetricComboBox *metricCombo() const { return m_metric; }
    QComboBox *draftCombo() const { return m_draft; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// "Draft 5 (marketing)", "Proposal 6 (signed by 1 of 2)".
    static QString draftLabel(const DefinitionVersion &version);

private:
    void updateOk();

    QPlainTextEdit *m_text;
    MetricComboBox *m_metric;
    QComboBox *m_draft;
    QDialogButtonBox *m_buttons;
};

} // namespace baton
