#include "CommandContext.h"

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

TEST(CommandContext, ExitCodeFor_ProblemsOfTheFile_IsThree)
{
    for (ErrorKind kind : {ErrorKind::NotADatabase, ErrorKind::NotABatonFile, ErrorKind::NewerSchema,
                           ErrorKind::ReadOnly, ErrorKind::Busy, ErrorKind::Io}) {
        EXPECT_EQ(CommandContext::exitCodeFor(Error{kind, {}}), ExitCode::FileRefused);
    }
}

TEST(CommandContext, ExitCodeFor_RefusedActions_IsOne)
{
    for (ErrorKind kind :
         {ErrorKind::NotFound, ErrorKind::InvalidInput, ErrorKind::InvalidTransition,
          ErrorKind::ReasonRequired, ErrorKind::PermissionDenied, ErrorKind::Conflict, ErrorKind::Storage}) {
        EXPECT_EQ(CommandContext::exitCodeFor(Error{kind, {}}), ExitCode::Failed);
    }
}

} // namespace
} // namespace baton::cli::test
