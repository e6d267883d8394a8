#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace baton::test {

/// A fresh, migrated Baton file in a temporary folder, removed afterwards.
class TestFile {
public:
    TestFile();
    TestFile(const TestFile &) = delete;
    TestFile &operator=(const TestFile &) = delete;
    ~TestFile();

    Database &db() { return *m_db; }
    const QString &path() const { return m_path; }
    const QString &folder() const { return m_folderPath; }
    /// Closes the connection (e.g. before another process opens the file).
    void close() { m_db.reset(); }
    /// Opens it again through DatabaseOpener.
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_folderPath;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace baton::test
