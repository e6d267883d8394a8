#pragma once

#include "domain/Reason.h"
#include "rejections/RecycleChoice.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace baton {

/// Takes a rejected lead back to nurture: a reason from the recycling taxonomy, a note (needed
/// for reasons that say so) and the date marketing revisits it, from tomorrow on.
class RecycleDialog : public QDialog {
    Q_OBJECT

public:
    RecycleDialog(const QString &leadName, std::vector<Reason> reasons, const QDate &suggestedRevisit,
                  const QDate &today, QWidget *parent = nullptr);

    RecycleChoice choice() const;
    QComboBox *reasonCombo() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *revisitEdit() const { return m_revisit; }

private:
    void updateOk();

    std::vector<Reason> m_reasons;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QDateEdit *m_revisit;
    QDialogButtonBox *m_buttons;
};

} // namespace baton
