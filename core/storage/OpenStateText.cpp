#include "storage/OpenStateText.h"

namespace baton {

QString OpenStateText::storage(const OpenState &state)
{
    QString where = QStringLiteral("local disk");
    if (state.mount.isNetwork()) {
        where = state.mount.typeName.isEmpty()
                    ? QStringLiteral("network share")
                    : QStringLiteral("network share (%1)").arg(state.mount.typeName);
    }
    if (!state.isRollbackJournal())
        return QStringLiteral("%1: WAL").arg(where);
    QString journal = QStringLiteral("%1: rollback journal").arg(where);
    if (!state.memoryMapped)
        journal += QStringLiteral(", no memory mapping");
    return journal;
}

QString OpenStateText::readOnlyReason(const OpenState &state)
{
    switch (state.readOnly) {
    case OpenState::ReadOnlyReason::None:
        return {};
    case OpenState::ReadOnlyReason::Requested:
        return QStringLiteral("opened for reading only");
    case OpenState::ReadOnlyReason::ReadOnlyMount:
        return QStringLiteral("the drive it is on is mounted read-only");
    case OpenState::ReadOnlyReason::File:
        return QStringLiteral("the file is not writable");
    case OpenState::ReadOnlyReason::Folder:
        return QStringLiteral("its folder is not writable");
    }
    return {};
}

QString OpenStateText::readOnlyBanner(const OpenState &state)
{
    const QString reason = readOnlyReason(state);
    if (reason.isEmpty())
        return {};
    return QStringLiteral("Read-only: %1. Changes are off.").arg(reason);
}

} // namespace baton
