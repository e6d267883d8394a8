#pragma once

#include <QtGlobal>

namespace baton {

struct DemoContext;
struct DemoLeadRecord;

/// Builds one demo lead with its whole history. A lead depends only on the context and its
/// number, so leads can be built in any order, on any thread, with the same result.
class DemoLeadBuilder {
public:
    explicit DemoLeadBuilder(const DemoContext &context)
        : m_context(context)
    {}

    /// Fills record (reusing its buffers) with lead number index, stored as id.
    void build(qint64 index, qint64 id, DemoLeadRecord &record) const;

private:
    const DemoContext &m_context;
};

} // namespace baton
