#pragma once

#include "common/Result.h"
#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QString>

namespace baton {

/// The joint review of one week as a PDF on A4, to send to people who were not in the meeting:
/// a header with the week, the filter, the definition and when it was made; the tiles' numbers
/// against the week before and the targets; the Review page's six charts, drawn by the same
/// classes; the tables by owner and by campaign and the rejection reasons; then the week's
/// decisions and action items. Long tables go on over the next pages; each page is numbered.
///
/// The charts are graphics widgets: writing needs a QApplication, and fails without one.
class ReviewPdf {
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    explicit ReviewPdf(const ReviewDocument &document)
        : m_document(document)
    {}

    /// Writes the file at `path` whole, or leaves what was there untouched; returns its pages.
    Result<int> write(const QString &path) const;

    /// "Joint review: week of 9 March 2026".
    QString title() const;

private:
    const ReviewDocument &m_document;
};

} // namespace baton
