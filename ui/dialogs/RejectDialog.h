#pragma once

#include "actions/RejectionChoice.h"
#include "domain/Reason.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace baton {

/// Asks why a lead is rejected. No reason is preselected: OK stays disabled until one is
/// chosen and, for a reason that needs words, a note is written.
class RejectDialog : public QDialog {
    Q_OBJECT

public:
    RejectDialog(const QString &leadName, std::vector<Reason> reasons, QWidget *parent = nullptr);

    RejectionChoice choice() const;
    /// A reason is chosen and, where it needs one, a note written.
    bool isComplete() const;

    QComboBox *reasonCombo() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateState();
    const Reason *chosenReason() const;

    std::vector<Reason> m_reasons;
    QComboBox *m_reason;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_ok;
};

} // namespace baton
