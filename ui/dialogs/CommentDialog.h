#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace baton {

/// Asks for a comment on a lead's thread, which both teams read. OK waits for some words.
class CommentDialog : public QDialog {
    Q_OBJECT

public:
    explicit CommentDialog(const QString &leadName, QWidget *parent = nullptr);

    QString body() const;

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *okButton() const { return m_ok; }

private:
    QPlainTextEdit *m_body;
    QPushButton *m_ok = nullptr;
};

} // namespace baton
