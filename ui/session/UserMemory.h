#pragma once

#include <QString>

#include <optional>

namespace baton {

/// Remembers, per Baton file, which user last worked in it (in QSettings).
class UserMemory {
public:
    std::optional<qint64> recall(const QString &filePath) const;
    void remember(const QString &filePath, qint64 userId);

private:
    static QString key(const QString &filePath);
};

} // namespace baton
