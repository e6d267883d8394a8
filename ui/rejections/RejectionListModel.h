#pragma once

#include "domain/RejectionReview.h"
#include "storage/ReviewQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace baton {

class Session;

/// The rejections of a ReviewQuery, newest first, read in pages of `pageSize` as the view
/// scrolls: each page continues after the last row of the one before (ReviewQuery::before),
/// so no page costs more than the first.
class RejectionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        LeadColumn,
        CompanyColumn,
        StageColumn,
        ReasonColumn,
        OwnerColumn, ///< who rejected it
        StatusColumn,
        ColumnCount
    };
    enum Role {
        ReviewIdRole = Qt::UserRole, ///< qint64
        LeadIdRole,                  ///< qint64
        StatusRole,                  ///< int(ReviewStatus)
        VersionRole,                 ///< qint64, for the optimistic check of a review step
    };
    static constexpr int pageSize = 200;

    explicit RejectionListModel(Session &session, QObject *parent = nullptr);

    /// Lists another query (a reset); pages are read at once until `atLeast` rows (at least
    /// the first page) are held. The query's limit is replaced by the page size.
    void setQuery(const ReviewQuery &query, int atLeast = 0);
    const ReviewQuery &query() const { return m_query; }
    /// Reads the list again from the top, as many rows as were loaded (a reset).
    void reload();

    const RejectionReview *reviewAt(int row) const;
    std::optional<int> rowOfReview(qint64 reviewId) const;
    /// Pages read since the last reset.
    int pagesRead() const { return m_pagesRead; }
    /// The text of the last failure to read; empty when the last read worked.
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    /// The page after `last` (the first page without it); empty when it could not be read.
    std::optional<std::vector<RejectionReview>> readPageAfter(const RejectionReview *last);
    /// Adds the page after the last of `rows`; false when it could not be read.
    bool appendPage(std::vector<RejectionReview> &rows);
    void loadReasonLabels();
    QString reasonLabel(const QString &code) const;
    QVariant display(const RejectionReview &review, int column) const;

    Session &m_session;
    ReviewQuery m_query;
    std::vector<RejectionReview> m_rows;
    bool m_exhausted = true;
    int m_pagesRead = 0;
    QString m_lastError;
    QHash<QString, QString> m_reasonLabels;
};

} // namespace baton
