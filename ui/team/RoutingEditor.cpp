#include "team/RoutingEditor.h"

#include "routing/RoutingRuleText.h"
#include "services/RoutingService.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace baton {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < table->columnCount(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.value(column)));
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void moveRow(QTableWidget *table, int by)
{
    const int row = table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= table->rowCount())
        return;
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *a = table->takeItem(row, column);
        QTableWidgetItem *b = table->takeItem(to, column);
        table->setItem(row, column, b);
        table->setItem(to, column, a);
    }
    table->setCurrentCell(to, table->currentColumn());
}

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

/// "12", or empty for none; false for anything else.
bool parseOptional(const QString &text, std::optional<int> &into, int max)
{
    if (text.isEmpty()) {
        into.reset();
        return true;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > max)
        return false;
    into = value;
    return true;
}

QString datesText(const std::set<QDate> &dates)
{
    QStringList list;
    for (const QDate &date : dates)
        list << date.toString(Qt::ISODate);
    return list.join(QStringLiteral(", "));
}

QString absencesText(const std::vector<Absence> &absences)
{
    QStringList list;
    for (const Absence &absence : absences)
        list << absence.from.toString(Qt::ISODate) + QStringLiteral("..") + absence.to.toString(Qt::ISODate);
    return list.join(QStringLiteral(", "));
}

} // namespace

RoutingEditor::RoutingEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_teams(makeTable({tr("Team"), tr("Time zone"), tr("Hours"), tr("Holidays"), tr("Warn before (min)"),
                         tr("Reassign after (min)"), tr("Reassign to pool")},
                        this))
    , m_pools(
          makeTable({tr("Pool"), tr("Member (login)"), tr("Weight"), tr("Daily cap"), tr("Open cap")}, this))
    , m_people(makeTable({tr("Person (login)"), tr("Time zone"), tr("Hours"), tr("Out of office")}, this))
    , m_rules(makeTable({tr("Rule"), tr("When"), tr("Assign to")}, this))
    , m_fallback(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save routing"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_message(new QLabel(this))
{
    m_tabs->addTab(
        tablePage(m_rules, tr("Tried in order; the first rule whose condition holds and that finds "
                              "someone decides. When: e.g. “regions: EMEA; sizeBands: enterprise; "
                              "minScore: 80” (empty: every lead). Assign to: “pool: NAME”, "
                              "“person: LOGIN” or “account owner”.")),
        tr("Rules"));
    m_tabs->addTab(tablePage(m_pools, tr("One row per member; a pool is worked round robin by weight. Caps: "
                                         "new leads a day, and open leads held; empty for none.")),
                   tr("Pools"));
    m_tabs->addTab(
        tablePage(m_people, tr("Hours like “mon-fri 09:00-17:00; sat 10:00-14:00” (empty: the "
                               "team's). Out of office: “2026-12-21..2027-01-02”, several with commas.")),
        tr("People"));
    m_tabs->addTab(tablePage(m_teams, tr("Each team's calendar (its leads' response times run in it) and "
                                         "escalation path. Holidays: dates separated by commas.")),
                   tr("Teams"));

    auto *fallbackRow = new QFormLayout;
    fallbackRow->addRow(tr("Fallback pool (catches the rest):"), m_fallback);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(fallbackRow);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &RoutingEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RoutingEditor::reload);
    connect(&m_session, &Session::userChanged, this, &RoutingEditor::updatePermissions);
    reload();
    ReadOnlyLock::apply(m_session.database(), {m_save});
}

QWidget *RoutingEditor::tablePage(QTableWidget *table, const QString &hint)
{
    auto *page = new QWidget(this);
    auto *note = new QLabel(hint, page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *add = new QPushButton(tr("Add"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    auto *up = new QPushButton(tr("Up"), page);
    auto *down = new QPushButton(tr("Down"), page);
    connect(add, &QPushButton::clicked, table, [table] {
        addRow(table, {});
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    connect(up, &QPushButton::clicked, table, [table] { moveRow(table, -1); });
    connect(down, &QPushButton::clicked, table, [table] { moveRow(table, 1); });
    auto *row = new QHBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        row->addWidget(button);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    return page;
}

void RoutingEditor::reload()
{
    auto loaded = RoutingService(m_session.database(), m_session.clock()).load();
    if (!loaded) {
        show(loaded.error().message);
        return;
    }
    m_version = loaded->version;
    setConfig(loaded->config);
    show(m_version == 0 ? tr("No routing is set up yet: every handed-over lead waits unassigned.")
                        : tr("Version %1 of the routing.").arg(m_version));
    updatePermissions();
}

void RoutingEditor::setConfig(const RoutingConfig &config)
{
    for (QTableWidget *table : {m_teams, m_pools, m_people, m_rules})
        table->setRowCount(0);
    for (const TeamSettings &team : config.teams) {
        addRow(m_teams,
               {team.team, team.timeZone, team.hours.toText(), datesText(team.holidays),
                QString::number(team.escalation.warnBeforeMinutes),
                QString::number(team.escalation.reassignAfterMinutes), team.escalation.reassignPool});
    }
    for (const RoutingPool &pool : config.pools) {
        if (pool.members.empty())
            addRow(m_pools, {pool.name});
        for (const PoolMember &member : pool.members)
            addRow(m_pools, {pool.name, member.login, QString::number(member.weight),
                             optionalNumber(member.dailyCap), optionalNumber(member.openCap)});
    }
    for (const PersonAvailability &person : config.people)
        addRow(m_people, {person.login, person.timeZone, person.hours ? person.hours->toText() : QString(),
                          absencesText(person.outOfOffice)});
    for (const RoutingRule &rule : config.rules)
        addRow(m_rules,
               {rule.name, RoutingRuleText::condition(rule.when), RoutingRuleText::action(rule.action)});
    m_fallback->setText(config.fallbackPool);
    m_accounts = config.accounts;
}

std::optional<RoutingConfig> RoutingEditor::current(QString *error) const
{
    const auto fail = [error](const QString &table, int row, const QString &message) {
        if (error != nullptr)
            *error = tr("%1, row %2: %3").arg(table).arg(row + 1).arg(message);
        return std::optional<RoutingConfig>();
    };
    RoutingConfig config;
    for (int row = 0; row < m_teams->rowCount(); ++row) {
        TeamSettings team;
        team.team = cell(m_teams, row, 0);
        if (team.team.isEmpty())
            return fail(tr("Teams"), row, tr("the team needs a name"));
        team.timeZone = cell(m_teams, row, 1).isEmpty() ? QStringLiteral("UTC") : cell(m_teams, row, 1);
        if (!QTimeZone(team.timeZone.toUtf8()).isValid())
            return fail(tr("Teams"), row,
                        tr("“%1” is not a time zone such as Europe/London").arg(team.timeZone));
        QString problem;
        if (!cell(m_teams, row, 2).isEmpty()) {
            const auto hours = WeeklyHours::parse(cell(m_teams, row, 2), &problem);
            if (!hours)
                return fail(tr("Teams"), row, problem);
            team.hours = *hours;
        }
        for (const QString &text : cell(m_teams, row, 3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
            if (!date.isValid())
                return fail(tr("Teams"), row, tr("“%1” is not a date (YYYY-MM-DD)").arg(text.trimmed()));
            team.holidays.insert(date);
        }
        std::optional<int> warn;
        std::optional<int> reassign;
        if (!parseOptional(cell(m_teams, row, 4), warn, 10'080) ||
            !parseOptional(cell(m_teams, row, 5), reassign, 10'080))
            return fail(tr("Teams"), row, tr("minutes are whole numbers from 0 to 10,080"));
        team.escalation.warnBeforeMinutes = warn.value_or(team.escalation.warnBeforeMinutes);
        team.escalation.reassignAfterMinutes = reassign.value_or(team.escalation.reassignAfterMinutes);
        team.escalation.reassignPool = cell(m_teams, row, 6);
        config.teams.push_back(team);
    }
    for (int row = 0; row < m_pools->rowCount(); ++row) {
        const QString name = cell(m_pools, row, 0);
        if (name.isEmpty())
            return fail(tr("Pools"), row, tr("the pool needs a name"));
        RoutingPool *pool = nullptr;
        for (RoutingPool &existing : config.pools) {
            if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
                pool = &existing;
        }
        if (pool == nullptr) {
            config.pools.push_back(RoutingPool{name, {}});
            pool = &config.pools.back();
        }
        if (cell(m_pools, row, 1).isEmpty())
            continue;
        PoolMember member;
        member.login = cell(m_pools, row, 1);
        std::optional<int> weight;
        if (!parseOptional(cell(m_pools, row, 2), weight, 100) || (weight && *weight < 1))
            return fail(tr("Pools"), row, tr("the weight is a whole number from 1 to 100"));
        member.weight = weight.value_or(1);
        if (!parseOptional(cell(m_pools, row, 3), member.dailyCap, 100'000) ||
            !parseOptional(cell(m_pools, row, 4), member.openCap, 1'000'000))
            return fail(tr("Pools"), row, tr("a cap is a whole number, or empty for none"));
        pool->members.push_back(member);
    }
    for (int row = 0; row < m_people->rowCount(); ++row) {
        PersonAvailability person;
        person.login = cell(m_people, row, 0);
        if (person.login.isEmpty())
            return fail(tr("People"), row, tr("give the person's login"));
        person.timeZone = cell(m_people, row, 1);
        if (!person.timeZone.isEmpty() && !QTimeZone(person.timeZone.toUtf8()).isValid())
            return fail(tr("People"), row,
                        tr("“%1” is not a time zone such as Europe/London").arg(person.timeZone));
        QString problem;
        if (!cell(m_people, row, 2).isEmpty()) {
            person.hours = WeeklyHours::parse(cell(m_people, row, 2), &problem);
            if (!person.hours)
                return fail(tr("People"), row, problem);
        }
        for (const QString &range : cell(m_people, row, 3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = range.trimmed().split(QStringLiteral(".."));
            const QDate from = QDate::fromString(ends.value(0).trimmed(), Qt::ISODate);
            const QDate to = QDate::fromString(ends.value(ends.size() - 1).trimmed(), Qt::ISODate);
            if (!from.isValid() || !to.isValid() || to < from)
                return fail(tr("People"), row,
                            tr("“%1” is not a range such as 2026-12-21..2027-01-02").arg(range.trimmed()));
            person.outOfOffice.push_back(Absence{from, to});
        }
        config.people.push_back(person);
    }
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        RoutingRule rule;
        rule.name = cell(m_rules, row, 0);
        if (rule.name.isEmpty())
            return fail(tr("Rules"), row, tr("the rule needs a name"));
        QString problem;
        const auto when = RoutingRuleText::parseCondition(cell(m_rules, row, 1), &problem);
        if (!when)
            return fail(tr("Rules"), row, problem);
        const auto action = RoutingRuleText::parseAction(cell(m_rules, row, 2), &problem);
        if (!action)
            return fail(tr("Rules"), row, problem);
        rule.when = *when;
        rule.action = *action;
        config.rules.push_back(rule);
    }
    config.fallbackPool = m_fallback->text().trimmed();
    config.accounts = m_accounts;
    return config;
}

bool RoutingEditor::save()
{
    if (!m_session.user())
        return false;
    QString problem;
    const auto config = current(&problem);
    if (!config) {
        show(problem);
        return false;
    }
    auto version = RoutingService(m_session.database(), m_session.clock())
                       .save(*config, m_version, m_session.user()->id);
    if (!version) {
        show(version.error().message);
        return false;
    }
    m_version = *version;
    show(tr("Saved: version %1 of the routing. New handoffs are routed by it.").arg(m_version));
    Q_EMIT saved();
    return true;
}

void RoutingEditor::updatePermissions()
{
    const auto &user = m_session.user();
    const bool manager = user && (user->role == Role::SalesManager || user->role == Role::Admin);
    m_save->setEnabled(manager);
    m_save->setToolTip(manager ? QString() : tr("Only a sales manager or an admin changes routing."));
}

void RoutingEditor::show(const QString &message)
{
    m_message->setText(message);
}

QString RoutingEditor::message() const
{
    return m_message->text();
}

} // namespace baton
