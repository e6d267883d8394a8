#include "agreement/HistoryPanel.h"

#include "agreement/AgreementText.h"
#include "agreement/DefinitionDiffView.h"
#include "agreement/UserDirectory.h"
#include "agreement/VersionHistoryModel.h"
#include "services/AgreementService.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {
namespace {

QString versionName(int number)
{
    return number == 0 ? HistoryPanel::tr("the built-in defaults (version 0)")
                       : HistoryPanel::tr("version %1").arg(number);
}

} // namespace

HistoryPanel::HistoryPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new VersionHistoryModel(this))
    , m_table(new QTableView(this))
    , m_compareWithEffective(new QPushButton(tr("Compare with &effective"), this))
    , m_error(new QLabel(this))
    , m_diff(new DefinitionDiffView(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_compareWithEffective->setToolTip(tr("What the selected version changes from the effective one"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_compareWithEffective);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_diff);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 480}); // the comparison needs the room more than a few versions do

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::selectionChanged);
    connect(m_compareWithEffective, &QPushButton::clicked, this, &HistoryPanel::compareWithEffective);
    selectionChanged();
}

void HistoryPanel::refresh()
{
    const QList<int> selected = selectedNumbers();
    auto versions = AgreementService(m_session.database(), m_session.clock()).list();
    if (!versions) {
        m_error->setText(versions.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setVersions(std::move(versions).value(), UserDirectory::load(m_session.database()));
    m_table->resizeColumnsToContents();
    selectVersions(selected);
}

void HistoryPanel::selectVersions(const QList<int> &numbers)
{
    QItemSelection selection;
    for (int number : numbers) {
        const int row = m_model->rowOf(number);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, VersionHistoryModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    selectionChanged();
}

QList<int> HistoryPanel::selectedNumbers() const
{
    QList<int> numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        numbers << index.data(VersionHistoryModel::NumberRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void HistoryPanel::selectionChanged()
{
    const QList<int> numbers = selectedNumbers();
    m_compareWithEffective->setEnabled(numbers.size() == 1);
    if (numbers.size() == 2) {
        showDiff(numbers.at(0), numbers.at(1));
    } else if (numbers.size() > 2) {
        m_diff->showMessage(tr("Select just two versions to compare them."));
    } else {
        m_diff->showMessage(tr("Select two versions (Ctrl+click the second) to see what changed between "
                               "them, or select one and press “Compare with effective”."));
    }
}

void HistoryPanel::compareWithEffective()
{
    const QList<int> numbers = selectedNumbers();
    if (numbers.size() != 1)
        return;
    auto effective = AgreementService(m_session.database(), m_session.clock()).effective();
    if (!effective) {
        m_diff->showMessage(effective.error().message);
        return;
    }
    showDiff(effective->number, numbers.constFirst());
}

void HistoryPanel::showDiff(int from, int to)
{
    auto differences = AgreementService(m_session.database(), m_session.clock()).diff(from, to);
    if (!differences) {
        m_diff->showMessage(differences.error().message);
        return;
    }
    const QString fromTitle = versionName(from);
    const QString toTitle = versionName(to);
    m_diff->showDifferences(std::move(differences).value(), fromTitle, toTitle);
}

} // namespace baton
