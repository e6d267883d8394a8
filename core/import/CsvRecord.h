#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace baton {

/// One record of a CSV file as read: its fields in UTF-8, and where it stands in the file, for
/// the report of refused rows. The reader reuses a record's buffers from one record to the next.
struct CsvRecord {
    qint64 line = 0;   ///< the file's line the record starts on (1 is the first line)
    qint64 number = 0; ///< the record's number (1 is the header)
    std::vector<std::string> fields;
    size_t count = 0; ///< fields in use; fields past it are spare buffers

    std::string_view field(size_t index) const
    {
        return index < count ? std::string_view(fields[index]) : std::string_view();
    }
    /// A line with nothing on it, or only separators and blanks.
    bool isEmpty() const
    {
        for (size_t i = 0; i < count; ++i) {
            for (char c : fields[i]) {
                if (c != ' ' && c != '\t')
                    return false;
            }
        }
        return true;
    }
};

} // namespace baton
