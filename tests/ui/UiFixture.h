#pragma once

#include "common/FixedClock.h"
#include "domain/EventType.h"
#include "domain/Lead.h"
#include "session/Session.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <memory>

namespace baton::test {

/// A test file with the small team, a fixed clock at referenceTime() and a session in which
/// the team's SDR ("sam.sdr") is the current user.
class UiFixture {
public:
    UiFixture();

    Database &db() { return m_file.db(); }
    Session &session() { return *m_session; }
    const Team &team() const { return m_team; }
    FixedClock &clock() { return m_clock; }

    /// A lead owned by the SDR unless the spec names another owner.
    qint64 addLead(LeadSpec spec);
    /// `count` MQLs owned by the SDR, "Lead 0000" first, handed over a minute apart.
    void addLeads(int count);
    void addEvent(qint64 leadId, EventType type, const QString &detail, qint64 hoursAgo);
    Lead lead(qint64 id);

private:
    TestFile m_file;
    Team m_team;
    FixedClock m_clock;
    std::unique_ptr<Session> m_session;
};

} // namespace baton::test
