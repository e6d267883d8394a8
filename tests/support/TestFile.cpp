#include "support/TestFile.h"

#include "storage/DatabaseOpener.h"

#include <gtest/gtest.h>

namespace baton::test {

TestFile::TestFile()
    : m_folderPath(m_dir.path())
    , m_path(m_dir.filePath(QStringLiteral("test.baton")))
{
    reopen();
}

TestFile::~TestFile() = default;

void TestFile::reopen()
{
    m_db.reset();
    auto opened = DatabaseOpener::open(m_path);
    if (!opened) {
        ADD_FAILURE() << "cannot open test file: " << opened.error().message.toStdString();
        return;
    }
    m_db = std::move(opened).value();
}

} // namespace baton::test
