#pragma once

#include "actions/ConversionChoice.h"

#include <QDialog>

class QDoubleSpinBox;
class QPlainTextEdit;

namespace baton {

/// Asks for the value of the opportunity an accepted lead becomes, and a note.
class ConvertDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConvertDialog(const QString &leadName, QWidget *parent = nullptr);

    /// The value in cents (minor units), as stored.
    ConversionChoice choice() const;

    QDoubleSpinBox *valueBox() const { return m_value; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QDoubleSpinBox *m_value;
    QPlainTextEdit *m_note;
};

} // namespace baton
