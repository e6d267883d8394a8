#include "CommandContext.h"

#include "storage/Database.h"

namespace baton::cli {

int CommandContext::fail(ExitCode code, const QString &message)
{
    m_err << "batonctl: " << message << Qt::endl;
    return toInt(code);
}

ExitCode CommandContext::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::NotADatabase:
    case ErrorKind::NotABatonFile:
    case ErrorKind::NewerSchema:
    case ErrorKind::Damaged:
    case ErrorKind::ReadOnly:
    case ErrorKind::Busy:
    case ErrorKind::Io:
        return ExitCode::FileRefused;
    case ErrorKind::NotFound:
    case ErrorKind::InvalidInput:
    case ErrorKind::InvalidTransition:
    case ErrorKind::ReasonRequired:
    case ErrorKind::PermissionDenied:
    case ErrorKind::Conflict:
    case ErrorKind::Storage:
    case ErrorKind::Cancelled:
        break;
    }
    return ExitCode::Failed;
}

Result<std::unique_ptr<Database>> CommandContext::openFile(DatabaseOpener::Mode mode) const
{
    return DatabaseOpener::open(m_databasePath, mode);
}

} // namespace baton::cli
