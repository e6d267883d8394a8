#include "feedback/CalibrationPanel.h"

#include "agreement/BackgroundTask.h"
#include "feedback/CalibrationModel.h"
#include "feedback/CalibrationResult.h"
#include "feedback/FeedbackLabels.h"
#include "feedback/SuggestionList.h"
#include "services/FeedbackService.h"
#include "session/Session.h"
#include "storage/DatabaseOpener.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace baton {
namespace {

constexpr std::array<FeedbackDimension, 4> dimensions{FeedbackDimension::Band, FeedbackDimension::Campaign,
                                                      FeedbackDimension::Source, FeedbackDimension::Rule};

/// On the task's thread: its own connection, the rows, their reasons' words and the suggestions.
Result<CalibrationResult> count(const QString &path, const Clock &clock, const QDateTime &from,
                                const QDateTime &to, FeedbackDimension by, bool withSuggestions)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::ReadOnly);
    if (!database)
        return database.error();
    FeedbackService feedback(**database, clock);
    CalibrationResult result;
    result.by = by;
    auto rows = feedback.calibration(from, to, by);
    if (!rows)
        return rows.error();
    result.rows = std::move(rows).value();
    auto labels = FeedbackLabels::load(**database);
    if (!labels)
        return labels.error();
    for (const CalibrationRow &row : result.rows) {
        if (!row.topReason.isEmpty())
            result.reasonLabels.emplace(row.topReason, labels->reason(row.topReason));
    }
    if (withSuggestions) {
        auto suggestions = feedback.suggestions(from, to);
        if (!suggestions)
            return suggestions.error();
        result.suggestions = std::move(suggestions).value();
    }
    return result;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

CalibrationPanel::CalibrationPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_by(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_model(new CalibrationModel(this))
    , m_table(new QTableView(this))
    , m_suggestions(new SuggestionList(this))
    , m_message(new QLabel(this))
    , m_task(new BackgroundTask(this))
{
    for (FeedbackDimension by : dimensions)
        m_by->addItem(CalibrationModel::dimensionLabel(by), static_cast<int>(by));
    m_by->setToolTip(tr("Group the period's handoffs by their score band, campaign, source or the rules "
                        "that gave them points"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Choose a period to see how its handoffs fared."));

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents); // never clip a title or a number
    columns->setSectionResizeMode(CalibrationModel::LabelColumn, QHeaderView::Stretch);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *controls = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("&By:"), this);
    byLabel->setBuddy(m_by);
    controls->addWidget(byLabel);
    controls->addWidget(m_by);
    controls->addSpacing(12);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_busy);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_suggestions);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->addWidget(heading(tr("Suggested changes to the definition"), lower));
    lowerLayout->addWidget(scroll, 1);
    lowerLayout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(m_by, &QComboBox::currentIndexChanged, this, &CalibrationPanel::refresh);
    connect(m_suggestions, &SuggestionList::openRequested, this, &CalibrationPanel::openDraft);
    connect(m_task, &BackgroundTask::failed, this,
            [this](const QString &message) { showResult(makeError(ErrorKind::Storage, message)); });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_pending)
            start();
    });
}

FeedbackDimension CalibrationPanel::dimension() const
{
    return static_cast<FeedbackDimension>(m_by->currentData().toInt());
}

void CalibrationPanel::setDimension(FeedbackDimension by)
{
    const int index = m_by->findData(static_cast<int>(by));
    if (index >= 0)
        m_by->setCurrentIndex(index);
}

void CalibrationPanel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_suggestionsStale = true;
    start();
}

void CalibrationPanel::refresh()
{
    m_suggestionsStale = true;
    start();
}

void CalibrationPanel::start()
{
    if (!m_from.isValid() || !m_to.isValid())
        return;
    if (m_task->isRunning()) {
        m_pending = true; // counted again once this count is in
        return;
    }
    m_pending = false;
    const QString path = m_session.filePath();
    const Clock &clock = m_session.clock();
    const QDateTime from = m_from;
    const QDateTime to = m_to;
    const FeedbackDimension by = dimension();
    const bool withSuggestions = m_suggestionsStale;
    m_suggestionsStale = false;
    m_status->setText(tr("Counting the handoffs %1…").arg(periodText()));
    m_busy->show();
    if (withSuggestions)
        m_suggestions->setPlaceholder(tr("Looking for rules whose leads are turned down more often…"));
    m_task->start([this, path, &clock, from, to, by, withSuggestions](const TaskControl &) {
        auto result = count(path, clock, from, to, by, withSuggestions);
        return BackgroundTask::Completion([this, result = std::move(result)] { showResult(result); });
    });
}

void CalibrationPanel::showResult(const Result<CalibrationResult> &result)
{
    if (m_pending)
        return; // a newer count follows at once; these numbers are stale already
    m_busy->hide();
    if (!result) {
        m_model->clear();
        m_status->setText(result.error().message);
        m_suggestions->setPlaceholder(QString());
        m_suggestionsStale = true;
        Q_EMIT calibrationShown();
        return;
    }
    m_model->setRows(result->by, result->rows, result->reasonLabels);
    m_status->setText(result->rows.empty()
                          ? tr("No leads were handed over %1.").arg(periodText())
                          : tr("Handoffs %1, by %2.")
                                .arg(periodText(), CalibrationModel::dimensionLabel(result->by).toLower()));
    if (result->suggestions)
        m_suggestions->setSuggestions(*result->suggestions);
    Q_EMIT calibrationShown();
}

QString CalibrationPanel::periodText() const
{
    const QLocale locale;
    const QDate first = m_from.toLocalTime().date();
    const QDate last = m_to.addSecs(-1).toLocalTime().date();
    return tr("from %1 to %2")
        .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
}

void CalibrationPanel::openDraft(int index)
{
    if (index < 0 || index >= m_suggestions->count())
        return;
    const auto &user = m_session.user();
    if (!user) {
        showMessage(tr("Choose who you are first: drafts are made in a manager's name."), true);
        return;
    }
    FeedbackService feedback(m_session.database(), m_session.clock());
    auto draft = feedback.draftFrom(m_suggestions->suggestion(index), user->id);
    if (!draft) {
        showMessage(draft.error().message, true);
        return;
    }
    showMessage(tr("Draft version %1 is made with this change; it waits on the Agreement page for both "
                   "teams to look at.")
                    .arg(draft->number),
                false);
    Q_EMIT draftCreated(draft->number);
}

void CalibrationPanel::showMessage(const QString &text, bool failure)
{
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b91c1c;") : QStringLiteral("color: #15803d;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CalibrationPanel::statusText() const
{
    return m_status->text();
}

QString CalibrationPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

} // namespace baton
