#pragma once

#include "actions/ConversionChoice.h"
#include "agreement/QualificationCriterion.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace baton {

class ChecklistAnswersWidget;

/// Makes an accepted lead a qualified opportunity: the agreement's checklist answered item by
/// item, the value, the expected close (optional) and a note. Convert stays disabled, and the
/// dialog says what is missing, until every required item is answered yes.
class ConvertDialog : public QDialog {
    Q_OBJECT

public:
    /// `today` is the earliest expected close that can be chosen.
    ConvertDialog(const QString &leadName, std::vector<QualificationCriterion> checklist, const QDate &today,
                  QWidget *parent = nullptr);

    /// The value in cents (minor units), as stored; the answers in the checklist's order.
    ConversionChoice choice() const;
    /// Every required item is answered yes.
    bool isComplete() const;

    ChecklistAnswersWidget *checklist() const { return m_checklist; }
    QDoubleSpinBox *valueBox() const { return m_value; }
    QDateEdit *expectedCloseEdit() const { return m_expectedClose; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const { return m_ok; }
    /// What still holds the conversion back, or that nothing does.
    QString gateText() const;

private:
    void updateState();

    ChecklistAnswersWidget *m_checklist;
    QDoubleSpinBox *m_value;
    QDateEdit *m_expectedClose;
    QPlainTextEdit *m_note;
    QLabel *m_gate;
    QPushButton *m_ok = nullptr;
};

} // namespace baton
