#pragma once

namespace baton {

/// What an import file holds: leads (a CRM's export) or engagement events.
enum class ImportKind { Leads, Events };

} // namespace baton
