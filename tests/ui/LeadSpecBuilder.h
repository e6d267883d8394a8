#pragma once

#include "support/TestData.h"

namespace baton::test {

/// Reads better than a LeadSpec filled field by field:
/// `fixture.addLead(aLead("Jane Doe").company("Acme").stage(Stage::Sal))`.
class LeadSpecBuilder {
public:
    explicit LeadSpecBuilder(const QString &name) { m_spec.name = name; }

    LeadSpecBuilder &company(const QString &company)
    {
        m_spec.company = company;
        return *this;
    }
    LeadSpecBuilder &stage(Stage stage)
    {
        m_spec.stage = stage;
        return *this;
    }
    LeadSpecBuilder &owner(qint64 ownerId)
    {
        m_spec.ownerId = ownerId;
        return *this;
    }
    LeadSpecBuilder &handoffAt(const QDateTime &at)
    {
        m_spec.handoffAt = at;
        return *this;
    }
    operator LeadSpec() const { return m_spec; } // NOLINT(google-explicit-constructor)

private:
    LeadSpec m_spec;
};

inline LeadSpecBuilder aLead(const QString &name = QStringLiteral("Jane Doe"))
{
    return LeadSpecBuilder(name);
}

} // namespace baton::test
