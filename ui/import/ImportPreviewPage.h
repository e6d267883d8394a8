#pragma once

#include "import/ImportDraft.h"

#include <QWizardPage>

class QLabel;
class QRadioButton;
class QTableView;

namespace baton {

class ImportPreviewModel;
class Session;

/// The wizard's second page: the file's first rows as Baton would store them (refused rows
/// with their reason), and what to do with leads already known by e-mail. Writes nothing.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    ImportPreviewPage(ImportDraft &draft, Session &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QRadioButton *updateButton() const { return m_update; }
    QRadioButton *skipButton() const { return m_skip; }
    QString message() const;

private:
    ImportDraft &m_draft;
    Session &m_session;
    ImportPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QRadioButton *m_update;
    QRadioButton *m_skip;
    bool m_ready = false;
};

} // namespace baton
