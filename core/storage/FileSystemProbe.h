#pragma once

#include "storage/MountInfo.h"

#include <QString>

namespace baton {

/// Finds out what kind of filesystem a folder lives on, from statfs(2)'s filesystem type and
/// statvfs(3)'s read-only flag. The environment variable BATON_FILESYSTEM=network|local
/// overrides the kind (for tests, and for a share the system reports as local).
class FileSystemProbe {
public:
    static MountInfo probe(const QString &folder);

    /// The name of a network filesystem type (statfs's f_type), or empty for any other.
    static QString networkTypeName(unsigned long type);
};

} // namespace baton
