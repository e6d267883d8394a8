#pragma once

#include "agreement/DefinitionVersion.h"
#include "agreement/UserDirectory.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

/// Every stored version of the lead definition, newest first: kind, team, status, who made it
/// and when, when it took effect, the time to agreement, and the signatures.
class VersionHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        KindColumn,
        TeamColumn,
        StatusColumn,
        CreatedColumn,
        CreatedByColumn,
        EffectiveFromColumn,
        TimeToAgreementColumn,
        SignaturesColumn,
        ColumnCount
    };
    enum Role {
        NumberRole = Qt::UserRole, ///< int, the version number
        StatusRole,                ///< int(VersionStatus)
        KindRole,                  ///< int(VersionKind)
    };

    explicit VersionHistoryModel(QObject *parent = nullptr);

    /// The versions as AgreementService::list() gives them (oldest first); shown newest first.
    void setVersions(std::vector<DefinitionVersion> versions, UserDirectory users);

    /// The version on a row; nullptr out of range.
    const DefinitionVersion *versionAt(int row) const;
    /// The row of a version number; -1 when it is not listed.
    int rowOf(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DefinitionVersion &version, int column) const;

    std::vector<DefinitionVersion> m_versions; ///< newest first
    UserDirectory m_users;
};

} // namespace baton
