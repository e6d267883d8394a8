#pragma once

#include "common/Result.h"

#include <QStringList>

namespace baton {

class CsvReader;
struct CsvRecord;

/// The header of an import file: its first record that is not empty, as column names.
class ImportHeader {
public:
    static Result<QStringList> read(CsvReader &reader, CsvRecord &record);
};

} // namespace baton
