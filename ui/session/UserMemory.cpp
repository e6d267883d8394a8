#include "session/UserMemory.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace baton {

std::optional<qint64> UserMemory::recall(const QString &filePath) const
{
    const QVariant value = QSettings().value(key(filePath));
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

void UserMemory::remember(const QString &filePath, qint64 userId)
{
    QSettings().setValue(key(filePath), userId);
}

QString UserMemory::key(const QString &filePath)
{
    // Paths contain slashes, which QSettings reads as groups: key by a hash of the full path.
    // The same file through another path or a symlink is the same file.
    const QFileInfo info(filePath);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("currentUser/") + QString::fromLatin1(hash.toHex());
}

} // namespace baton
