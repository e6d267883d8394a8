#pragma once

#include "agreement/QualificationCriterion.h"
#include "domain/ChecklistAnswer.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QLineEdit;

namespace baton {

/// The agreement's qualification checklist as a form: each item with its name, whether it is
/// required, Yes / No / Unknown (Unknown until answered) and an optional note.
class ChecklistAnswersWidget : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistAnswersWidget(std::vector<QualificationCriterion> checklist, QWidget *parent = nullptr);

    const std::vector<QualificationCriterion> &checklist() const { return m_checklist; }
    /// One answer per item, in the checklist's order.
    std::vector<ChecklistAnswer> answers() const;
    /// The names of the required items not answered yes yet, in the checklist's order.
    QStringList unmetRequired() const;

    int itemCount() const { return static_cast<int>(m_rows.size()); }
    QAbstractButton *answerButton(int item, ChecklistAnswer::Value value) const;
    QLineEdit *noteField(int item) const;

Q_SIGNALS:
    void answersChanged();

private:
    struct Row {
        QButtonGroup *group = nullptr;
        QLineEdit *note = nullptr;
    };
    ChecklistAnswer::Value valueOf(const Row &row) const;

    std::vector<QualificationCriterion> m_checklist;
    std::vector<Row> m_rows;
};

} // namespace baton
