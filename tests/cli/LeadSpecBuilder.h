#pragma once

#include "support/TestData.h"

namespace baton::cli::test {

/// Reads better than a half-filled LeadSpec: LeadSpecBuilder("Jane
/// Doe").stage(Stage::Sal).owner(id).
class LeadSpecBuilder {
public:
    explicit LeadSpecBuilder(const QString &name) { m_spec.name = name; }

    LeadSpecBuilder &company(const QString &company)
    {
        m_spec.company = company;
        return *this;
    }
    LeadSpecBuilder &title(const QString &title)
    {
        m_spec.title = title;
        return *this;
    }
    LeadSpecBuilder &stage(Stage stage)
    {
        m_spec.stage = stage;
        return *this;
    }
    LeadSpecBuilder &owner(qint64 userId)
    {
        m_spec.ownerId = userId;
        return *this;
    }
    LeadSpecBuilder &campaign(qint64 campaignId)
    {
        m_spec.campaignId = campaignId;
        return *this;
    }
    const baton::test::LeadSpec &spec() const { return m_spec; }

private:
    baton::test::LeadSpec m_spec;
};

} // namespace baton::cli::test
