#pragma once

#include "domain/EngagementEvent.h"
#include "domain/Lead.h"
#include "import/ImportRefusal.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace baton {

/// One row of the preview: the row, and the lead or event as Baton would store it.
struct PreviewRow {
    qint64 row = 0;
    Lead lead;             ///< for a leads file
    EngagementEvent event; ///< for an events file (its leadId is 0 when no lead has the e-mail)
    QString email;         ///< the event's e-mail
    QString campaign;      ///< the campaign as named in the file
};

/// What an import did (or, for a dry run, would do).
struct ImportResult {
    qint64 rows = 0;    ///< data rows read, empty rows not counted
    qint64 added = 0;   ///< new leads, or events stored
    qint64 updated = 0; ///< existing leads given the row's values
    qint64 skipped = 0; ///< duplicates left as they were
    qint64 handedOver = 0;
    qint64 routed = 0; ///< handed over and given an owner by the routing rules
    bool dryRun = false;
    QString encoding = QStringLiteral("UTF-8"); ///< how the file was read: UTF-8, UTF-16, Windows-1252
    std::vector<ImportRefusal> refusals;
    std::vector<PreviewRow> preview;

    /// A sentence for a file that was not UTF-8 and had to be guessed at; empty otherwise.
    QString encodingNote() const
    {
        if (encoding != QStringLiteral("Windows-1252"))
            return {};
        return QStringLiteral(
            "The file is not UTF-8, so it was read as Windows-1252, as older spreadsheets "
            "write it. If letters such as \u00e9 or \u00fc look wrong, save it as \"CSV UTF-8\" "
            "and import that instead.");
    }

    qint64 refused() const
    {
        qint64 rowsRefused = 0;
        qint64 last = -1;
        for (const ImportRefusal &refusal : refusals) {
            if (refusal.row != last)
                ++rowsRefused;
            last = refusal.row;
        }
        return rowsRefused;
    }
};

} // namespace baton
