#include "FuzzBodies.h"
#include "FuzzCheck.h"
#include "agreement/DefinitionJson.h"

#include <QByteArray>

namespace baton::fuzz {

FuzzOutcome definitionJson(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto definition = DefinitionJson::fromJson(json, QStringLiteral("definition.json"));
    if (!definition) {
        check(!definition.error().message.isEmpty(), "a refused definition says why");
        return {false, definition.error().message};
    }
    // What `definition export` writes of it, `definition import` takes back unchanged.
    auto again = DefinitionJson::fromJson(DefinitionJson::toJson(*definition), QStringLiteral("export.json"));
    check(again.ok(), "a definition written out reads back");
    check(*again == *definition, "a definition written out reads back the same");
    return {true, {}};
}

} // namespace baton::fuzz
