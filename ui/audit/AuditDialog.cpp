#include "audit/AuditDialog.h"

#include "audit/AuditModel.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace baton {
namespace {

constexpr int systemPerson = -1;

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

AuditDialog::AuditDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new AuditModel(db, this))
    , m_subject(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_older(new QPushButton(tr("Show older entries"), this))
{
    setWindowTitle(tr("Audit log"));
    const std::pair<QString, QString> subjects[] = {
        {tr("Every change"), QString()},
        {tr("Leads"), QStringLiteral("lead")},
        {tr("Lead definition"), QStringLiteral("definition")},
        {tr("Routing"), QStringLiteral("routing")},
        {tr("Response SLA"), QStringLiteral("sla")},
        {tr("Rejection reviews"), QStringLiteral("rejection")},
        {tr("Review decisions"), QStringLiteral("decision")},
        {tr("Action items"), QStringLiteral("action item")},
        {tr("Imports"), QStringLiteral("import")},
        {tr("Scoring"), QStringLiteral("scoring")},
        {tr("Users"), QStringLiteral("user")},
    };
    for (const auto &[label, subject] : subjects)
        m_subject->addItem(label, subject);
    m_person->addItem(tr("Anyone"));
    m_person->addItem(tr("Baton itself"), systemPerson);
    if (auto users = UserRepository(db).all()) {
        for (const User &user : *users) {
            m_person->addItem(user.name, user.id);
            m_names.insert(user.id, user.name);
        }
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_subject);
    filters->addWidget(new QLabel(tr("By:"), this));
    filters->addWidget(m_person);
    filters->addStretch();
    auto *refresh = new QPushButton(tr("Refresh"), this);
    filters->addWidget(refresh);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AuditModel::Summary, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AuditModel::At, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditModel::Who, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditModel::Action, QHeaderView::ResizeToContents);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an entry to see the state before and after it."));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_older, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &AuditDialog::reload);
    connect(m_older, &QPushButton::clicked, this, &AuditDialog::showOlder);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditDialog::showDetails);
    reload();
}

AuditQuery AuditDialog::query() const
{
    AuditQuery query;
    query.subject = m_subject->currentData().toString();
    const QVariant person = m_person->currentData();
    if (person.isValid() && person.toLongLong() == systemPerson)
        query.systemOnly = true;
    else if (person.isValid())
        query.userId = person.toLongLong();
    return query;
}

void AuditDialog::reload()
{
    const QString problem = m_model->setQuery(query());
    m_problem->setText(problem.isEmpty() ? QString()
                                         : tr("The audit log could not be read: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    if (m_model->rowCount() == 0)
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No changes match.").toHtmlEscaped()));
    else
        m_details->clear();
}

void AuditDialog::showOlder()
{
    showProblem(m_model->loadOlder());
}

void AuditDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem.isEmpty() ? QString()
                                         : tr("The audit log could not be read: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    m_older->setEnabled(m_model->hasOlder());
}

void AuditDialog::showDetails()
{
    const AuditEntry *entry = m_model->entry(m_table->currentIndex().row());
    if (entry == nullptr) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b><br>%2 · %3 · %4</p>")
                       .arg(entry->summary.toHtmlEscaped(),
                            (entry->userId ? entry->userName : tr("Baton")).toHtmlEscaped(),
                            QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                            entry->origin.toHtmlEscaped());
    QStringList keys = entry->before.keys();
    for (const QString &key : entry->after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    if (!keys.isEmpty()) {
        html +=
            QStringLiteral("<table cellpadding=\"3\"><tr><th align=\"left\"></th><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th></tr>")
                .arg(tr("Before"), tr("After"));
        const auto shown = [this](const QString &key, const QJsonObject &state) {
            if (!state.contains(key))
                return QString();
            const QJsonValue value = state.value(key);
            if (key == QLatin1String("ownerId") && value.isDouble())
                return m_names.value(value.toInteger(), valueText(value));
            return valueText(value);
        };
        for (const QString &key : keys) {
            const QString before = shown(key, entry->before);
            const QString after = shown(key, entry->after);
            const bool changed = before != after;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3%4%5</td></tr>")
                        .arg(key.toHtmlEscaped(), before.toHtmlEscaped(),
                             changed ? QStringLiteral("<b>") : QString(), after.toHtmlEscaped(),
                             changed ? QStringLiteral("</b>") : QString());
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

} // namespace baton
