#pragma once

#include <QString>

namespace baton {

/// What kind of filesystem holds a Baton file, as far as SQLite's locking cares: a local disk,
/// or a network share (NFS, SMB/CIFS, FUSE, AFS, Ceph, 9P) where WAL's shared memory does not
/// work and memory mapping is unsafe.
struct MountInfo {
    enum class Kind { Local, Network };

    Kind kind = Kind::Local;
    QString typeName;        ///< "NFS", "SMB", "CIFS", "FUSE", ...; empty for a local disk or an override
    bool readOnly = false;   ///< mounted read-only
    bool overridden = false; ///< the kind came from BATON_FILESYSTEM, not from the system

    bool isNetwork() const { return kind == Kind::Network; }
};

} // namespace baton
