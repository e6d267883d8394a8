#include "team/RouteTester.h"

#include "services/AgreementService.h"
#include "services/RoutingService.h"
#include "session/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/UserRepository.h"
#include "team/RoutingEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baton {

RouteTester::RouteTester(Session &session, const RoutingEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(editor)
    , m_email(new QLineEdit(QStringLiteral("alex.kim@northwind.test"), this))
    , m_domain(new QLineEdit(QStringLiteral("northwind.test"), this))
    , m_country(new QLineEdit(QStringLiteral("DE"), this))
    , m_region(new QLineEdit(QStringLiteral("EMEA"), this))
    , m_industry(new QLineEdit(QStringLiteral("Software"), this))
    , m_employees(new QSpinBox(this))
    , m_revenueMillions(new QSpinBox(this))
    , m_campaign(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_result(new QLabel(this))
{
    m_employees->setRange(0, 1'000'000);
    m_employees->setValue(800);
    m_revenueMillions->setRange(0, 1'000'000);
    m_revenueMillions->setSuffix(tr(" M"));
    m_revenueMillions->setValue(120);
    m_score->setRange(0, 1000);
    m_score->setValue(85);
    if (auto effective = AgreementService(session.database(), session.clock()).effective()) {
        for (const SlaTier &tier : effective->definition.slaTiers)
            m_tier->addItem(tier.name);
    }
    m_campaign->setPlaceholderText(tr("campaign name (optional)"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(4 * fontMetrics().height());
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Company domain"), m_domain);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Industry"), m_industry);
    form->addRow(tr("Employees"), m_employees);
    form->addRow(tr("Annual revenue"), m_revenueMillions);
    form->addRow(tr("Campaign"), m_campaign);
    form->addRow(tr("SLA tier"), m_tier);
    form->addRow(tr("Score at handoff"), m_score);
    auto *button = new QPushButton(tr("Route this sample lead"), this);
    connect(button, &QPushButton::clicked, this, &RouteTester::run);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Try the rules</b> (the tables as they are now, saved or not)"), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(button);
    layout->addWidget(m_result, 1);
}

void RouteTester::run()
{
    QString problem;
    const auto config = m_editor.current(&problem);
    if (!config) {
        m_result->setText(problem);
        return;
    }
    Lead lead;
    lead.id = -1;
    lead.person.email = m_email->text().trimmed();
    lead.company.domain = m_domain->text().trimmed().toLower();
    lead.company.country = m_country->text().trimmed();
    lead.company.region = m_region->text().trimmed();
    lead.company.industry = m_industry->text().trimmed();
    lead.company.employees = m_employees->value();
    lead.company.annualRevenue = qint64{m_revenueMillions->value()} * 1'000'000;
    if (auto campaigns = CampaignRepository(m_session.database()).all()) {
        for (const Campaign &campaign : *campaigns) {
            if (campaign.name.compare(m_campaign->text().trimmed(), Qt::CaseInsensitive) == 0)
                lead.campaignId = campaign.id;
        }
    }
    auto decision = RoutingService(m_session.database(), m_session.clock())
                        .trial(*config, lead, m_tier->currentText(), m_score->value());
    if (!decision) {
        m_result->setText(decision.error().message);
        return;
    }
    QString who = tr("nobody: it would wait unassigned");
    if (decision->assigneeId) {
        if (auto user = UserRepository(m_session.database()).find(*decision->assigneeId))
            who = user->name;
    }
    m_result->setText(tr("<b>To %1.</b><br>%2").arg(who.toHtmlEscaped(), decision->reason.toHtmlEscaped()));
}

QString RouteTester::result() const
{
    return m_result->text();
}

} // namespace baton
