#include "import/ImportHeader.h"

#include "import/CsvReader.h"
#include "import/ImportValues.h"

namespace baton {

Result<QStringList> ImportHeader::read(CsvReader &reader, CsvRecord &record)
{
    for (;;) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more) {
            return makeError(ErrorKind::InvalidInput,
                             QStringLiteral("The file is empty: it needs a header row naming its columns."));
        }
        if (record.isEmpty())
            continue;
        QStringList header;
        for (size_t i = 0; i < record.count; ++i)
            header << ImportValues::text(record.fields[i]);
        return header;
    }
}

} // namespace baton
