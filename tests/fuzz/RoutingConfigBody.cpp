#include "FuzzBodies.h"
#include "FuzzCheck.h"
#include "routing/RoutingConfigJson.h"

#include <QByteArray>

namespace baton::fuzz {

FuzzOutcome routingConfig(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto config = RoutingConfigJson::fromJson(json, QStringLiteral("routing.json"));
    if (!config) {
        check(!config.error().message.isEmpty(), "a refused configuration says why");
        return {false, config.error().message};
    }
    // What `routing export` writes of it, `routing import` takes back unchanged.
    auto again =
        RoutingConfigJson::fromJson(RoutingConfigJson::toJson(*config), QStringLiteral("export.json"));
    check(again.ok(), "a routing configuration written out reads back");
    check(*again == *config, "a routing configuration written out reads back the same");
    return {true, {}};
}

} // namespace baton::fuzz
