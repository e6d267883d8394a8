#pragma once

#include <QDateTime>

namespace baton {

/// What one re-evaluation of the leads marketing holds did.
struct Reevaluation {
    int definitionNumber = 0; ///< the effective version applied
    QDateTime at;
    qint64 evaluated = 0;  ///< nurture (and due recycled) leads scored
    qint64 handedOver = 0; ///< of those, the ones that met the MQL rule and became MQLs
};

} // namespace baton
