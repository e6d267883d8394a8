#pragma once

namespace baton::cli {

/// What batonctl's exit status means; `batonctl --help` documents the same list.
enum class ExitCode : int {
    Ok = 0,          ///< done
    Failed = 1,      ///< the action failed: Baton refused it, or something named is not in the file
    Usage = 2,       ///< the command line is wrong: unknown command or option, bad or missing value
    FileRefused = 3, ///< the file was refused or cannot be opened
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace baton::cli
