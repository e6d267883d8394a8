#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace baton {

/// Asks how an opportunity ended: won, with an optional word on why; or lost, with the reason
/// it was lost (required: OK stays disabled until it is written).
class CloseOpportunityDialog : public QDialog {
    Q_OBJECT

public:
    CloseOpportunityDialog(const QString &leadName, bool won, QWidget *parent = nullptr);

    bool won() const { return m_won; }
    QString reason() const;
    bool isComplete() const;

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateState();

    bool m_won;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace baton
