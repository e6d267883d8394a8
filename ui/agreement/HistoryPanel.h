#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class DefinitionDiffView;
class Session;
class VersionHistoryModel;

/// The "History" tab: every version with its time to agreement; select two versions to see what
/// changed between them, or one and compare it with the effective version.
class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(Session &session, QWidget *parent = nullptr);

    /// Reads the versions again, keeping the selected ones where they still exist.
    void refresh();

    VersionHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DefinitionDiffView *diffView() const { return m_diff; }
    QPushButton *compareWithEffectiveButton() const { return m_compareWithEffective; }

    /// Selects the rows of these version numbers (for the person and for tests).
    void selectVersions(const QList<int> &numbers);
    /// Shows the differences from the effective version to the one selected.
    void compareWithEffective();

private:
    QList<int> selectedNumbers() const;
    void selectionChanged();
    void showDiff(int from, int to);

    Session &m_session;
    VersionHistoryModel *m_model;
    QTableView *m_table;
    QPushButton *m_compareWithEffective;
    QLabel *m_error;
    DefinitionDiffView *m_diff;
};

} // namespace baton
