#pragma once

#include "common/Result.h"
#include "feedback/FeedbackDimension.h"
#include "feedback/Suggestion.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace baton {

class BackgroundTask;
class CalibrationModel;
class Session;
class SuggestionList;
struct CalibrationResult;

/// "Calibration": how the handoffs of a period fared by score band, campaign, source or rule
/// (handed over, accepted, rejected, disqualified, converted, the rates and the reason they were
/// most often turned down for), and below, the changes to the definition the numbers point at,
/// each of which a manager can open as a draft. The numbers are counted off the UI thread on a
/// connection of their own; the screen stays usable meanwhile.
class CalibrationPanel : public QWidget {
    Q_OBJECT

public:
    explicit CalibrationPanel(Session &session, QWidget *parent = nullptr);

    FeedbackDimension dimension() const;
    void setDimension(FeedbackDimension by);

    QComboBox *byCombo() const { return m_by; }
    CalibrationModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SuggestionList *suggestionList() const { return m_suggestions; }
    BackgroundTask *task() const { return m_task; }
    /// The period and what is being counted, or why nothing is shown.
    QString statusText() const;
    /// What came of the last "Open as draft", or an empty string.
    QString messageText() const;

public Q_SLOTS: // NOLINT(readability-redundant-access-specifiers): Q_SLOTS is empty to the compiler
    /// Counts the handoffs of [from, to) again (UTC, `to` excluded).
    void setPeriod(const QDateTime &from, const QDateTime &to);
    /// Counts the current period again, e.g. after leads changed.
    void refresh();

Q_SIGNALS:
    /// "Open as draft" made the draft with this number.
    void draftCreated(int number);
    /// A count finished and its numbers (or why there are none) are shown.
    void calibrationShown();

private:
    void start();
    void showResult(const Result<CalibrationResult> &result);
    void openDraft(int index);
    void showMessage(const QString &text, bool failure);
    QString periodText() const;

    Session &m_session;
    QComboBox *m_by;
    QLabel *m_status;
    QProgressBar *m_busy;
    CalibrationModel *m_model;
    QTableView *m_table;
    SuggestionList *m_suggestions;
    QLabel *m_message;
    BackgroundTask *m_task;
    QDateTime m_from;
    QDateTime m_to;
    bool m_pending = false;         ///< asked for again while a count ran
    bool m_suggestionsStale = true; ///< the period changed since the suggestions were counted
};

} // namespace baton
