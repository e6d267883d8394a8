#include "demo/DemoLeadBuilder.h"

#include "demo/DemoContactMaker.h"
#include "demo/DemoContext.h"
#include "demo/DemoEngagement.h"
#include "demo/DemoHandoffs.h"
#include "demo/DemoJourney.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoOutcomes.h"
#include "demo/DemoRandom.h"
#include "demo/DemoReviews.h"
#include "demo/DemoSalesWork.h"
#include "demo/DemoSla.h"

namespace baton {

void DemoLeadBuilder::build(qint64 index, qint64 id, DemoLeadRecord &record) const
{
    DemoRandom random(m_context.seed, static_cast<quint64>(index) + 1);
    record.id = id;
    const DemoContactFacts contact = DemoContactMaker::make(m_context, random, record);
    const DemoJourney journey = DemoJourney::make(m_context, contact, random, record);
    DemoEngagement::make(m_context, journey, random, record);
    DemoHandoffs::make(m_context, record);
    DemoSalesWork::make(m_context, contact, journey, random, record);
    DemoSla::make(m_context, record);
    DemoReviews::make(m_context, random, record);
    DemoOutcomes::make(record);
}

} // namespace baton
