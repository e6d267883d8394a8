#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace baton::fuzz {

/// What a fuzz body made of one input: whether the parser took it, and otherwise the message
/// of its typed error. A body that finds a broken promise of the code aborts (FuzzCheck).
struct FuzzOutcome {
    bool accepted = false;
    QString error;
};

/// The CSV reader over the bytes in memory, in one big chunk and in tiny ones: both read the
/// same records, or fail on the same line.
FuzzOutcome csvReader(const uint8_t *data, size_t size);

/// A column mapping and a CSV file in one input, split at the first line "====": before it the
/// mapping's JSON (or a preset's name: hubspot, salesforce, marketo, events), after it the file.
/// The mapping is parsed, resolved against the file's header for leads and for events, and every
/// row is mapped as an import would, without a database.
FuzzOutcome columnMapping(const uint8_t *data, size_t size);

/// The definition JSON import; a definition it takes is written out and must read back.
FuzzOutcome definitionJson(const uint8_t *data, size_t size);

/// The routing configuration JSON import (`batonctl routing import`); a configuration it takes
/// is written out and must read back.
FuzzOutcome routingConfig(const uint8_t *data, size_t size);

} // namespace baton::fuzz
