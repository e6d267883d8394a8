#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace baton {

/// Creates a demo file on first run: the generator works on its own connection in a worker
/// thread while a progress dialog shows how far it got and offers to cancel. The file is
/// written under a temporary name and renamed when complete, so a cancelled or failed run
/// leaves nothing behind.
class DemoFileBuilder {
    Q_DECLARE_TR_FUNCTIONS(DemoFileBuilder)

public:
    enum class Outcome { Created, Cancelled };

    static Result<Outcome> build(const QString &path, qint64 leads, const QDateTime &now, QWidget *parent);

private:
    static void removeWithCompanions(const QString &path);
};

} // namespace baton
