#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace baton {

/// Asks for the words of a review step or a comment; OK stays disabled while words are
/// required and none are written.
class ReviewTextDialog : public QDialog {
    Q_OBJECT

public:
    ReviewTextDialog(const QString &title, const QString &prompt, bool required, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void updateOk();

    QPlainTextEdit *m_editor;
    QDialogButtonBox *m_buttons;
    bool m_required;
};

} // namespace baton
