#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace baton {

class Database;
class UserMemory;
struct LaunchOptions;

/// Decides who works in the file at start: the --user given, else (unattended) the SDR with
/// the longest queue, else the user remembered for this file, else whoever the person picks.
class UserSelection {
    Q_DECLARE_TR_FUNCTIONS(UserSelection)

public:
    /// Empty when the person cancelled the choice.
    static Result<std::optional<User>> choose(Database &database, const LaunchOptions &options,
                                              const UserMemory &memory, QWidget *parent);

private:
    static Result<User> busiestSdr(Database &database);
};

} // namespace baton
