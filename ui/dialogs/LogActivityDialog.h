#pragma once

#include "actions/ActivityChoice.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace baton {

/// Asks what was done with a lead: the type (call, email, …), its outcome and a note.
class LogActivityDialog : public QDialog {
    Q_OBJECT

public:
    explicit LogActivityDialog(const QString &leadName, QWidget *parent = nullptr);

    ActivityChoice choice() const;

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void fillOutcomes();

    QComboBox *m_type;
    QComboBox *m_outcome;
    QPlainTextEdit *m_note;
};

} // namespace baton
