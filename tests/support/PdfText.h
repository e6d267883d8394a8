#pragma once

#include <QString>

namespace baton::test {

/// What a PDF holds, read back with poppler-utils (pdfinfo, pdftotext; see scripts/install-deps.sh).
class PdfText {
public:
    /// The number of pages; 0 when the file is not a PDF or pdfinfo is missing.
    static int pageCount(const QString &path);
    /// The text of every page, in reading order; empty when it cannot be read.
    static QString text(const QString &path);
    /// The text of one page (from 1).
    static QString page(const QString &path, int page);
};

} // namespace baton::test
