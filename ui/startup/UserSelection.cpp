#include "startup/UserSelection.h"

#include "dialogs/UserPickerDialog.h"
#include "session/UserMemory.h"
#include "startup/LaunchOptions.h"
#include "storage/Database.h"
#include "storage/QueueRepository.h"
#include "storage/UserRepository.h"

namespace baton {
namespace {

QString noUsers(const Database &database)
{
    return UserSelection::tr("%1 has no users yet, so there is nobody to work as. Add the team with "
                             "`batonctl --db \"%1\" user add LOGIN --name NAME --role sdr`, then open "
                             "it again.")
        .arg(database.path());
}

} // namespace

Result<std::optional<User>> UserSelection::choose(Database &database, const LaunchOptions &options,
                                                  const UserMemory &memory, QWidget *parent)
{
    UserRepository users(database);
    if (!options.userLogin.isEmpty()) {
        auto found = users.findByLogin(options.userLogin);
        if (!found)
            return found.error();
        return std::optional<User>(*found);
    }
    if (options.unattended()) {
        auto busiest = busiestSdr(database);
        if (!busiest)
            return busiest.error();
        return std::optional<User>(*busiest);
    }
    if (const auto remembered = memory.recall(database.path())) {
        if (auto found = users.find(*remembered))
            return std::optional<User>(*found);
    }
    auto all = users.all();
    if (!all)
        return all.error();
    if (all->empty()) {
        return makeError(ErrorKind::NotFound,
                         tr("%1 has no users yet, so there is nobody to work as. Add the team with "
                            "`batonctl --db %1 user add LOGIN --name NAME --role sdr`, then open it again.")
                             .arg(database.path()));
    }
    UserPickerDialog dialog(std::move(all).value(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::optional<User>();
    return dialog.chosenUser();
}

Result<User> UserSelection::busiestSdr(Database &database)
{
    auto all = UserRepository(database).all();
    if (!all)
        return all.error();
    if (all->empty())
        return makeError(ErrorKind::NotFound, noUsers(database));
    QueueRepository queue(database);
    std::optional<User> busiest;
    qint64 longest = -1;
    for (const User &user : *all) {
        if (user.role != Role::Sdr)
            continue;
        QueueFilter filter;
        filter.ownerId = user.id;
        auto counted = queue.count(filter);
        if (!counted)
            return counted.error();
        if (*counted > longest) {
            longest = *counted;
            busiest = user;
        }
    }
    return busiest ? *busiest : all->front();
}

} // namespace baton
