#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace baton::test {

/// While it lives, QSettings keeps the user's settings in a temporary folder, so a test never
/// reads or writes the real configuration; afterwards they go back to the default folder.
class SettingsSandbox {
public:
    SettingsSandbox() { setUserFolder(m_dir.path()); }
    SettingsSandbox(const SettingsSandbox &) = delete;
    SettingsSandbox &operator=(const SettingsSandbox &) = delete;
    ~SettingsSandbox()
    {
        setUserFolder(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    bool isValid() const { return m_dir.isValid(); }
    QString folder() const { return m_dir.path(); }

private:
    static void setUserFolder(const QString &folder)
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    }

    QTemporaryDir m_dir;
};

} // namespace baton::test
