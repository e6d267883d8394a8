#pragma once

#include "feedback/CalibrationRow.h"
#include "feedback/FeedbackDimension.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace baton {

/// The calibration table: per score band, campaign, source or rule, how many leads were handed
/// over, what sales made of them, the acceptance and conversion rates, and the reason they were
/// most often turned down for with its share of those turned down.
class CalibrationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        HandedOverColumn,
        AcceptedColumn,
        AcceptanceColumn,
        RejectedColumn,
        DisqualifiedColumn,
        ConvertedColumn,
        ConversionColumn,
        TopReasonColumn,
        ColumnCount
    };
    enum Role {
        ValueRole =
            Qt::UserRole, ///< the number behind a cell (int, or a rate 0–1 as double); the key for the label
    };

    explicit CalibrationModel(QObject *parent = nullptr);

    /// Shows these rows (a reset); `reasonLabels` turns top reason codes into words.
    void setRows(FeedbackDimension by, std::vector<CalibrationRow> rows,
                 std::map<QString, QString> reasonLabels = {});
    void clear();
    FeedbackDimension dimension() const { return m_by; }
    const CalibrationRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "67%", or "4.5%" below ten: as the table shows a rate.
    static QString percent(double rate);
    /// "Score band", "Campaign", "Source", "Rule": what the calibration groups by, in words.
    static QString dimensionLabel(FeedbackDimension by);

private:
    QVariant display(const CalibrationRow &row, int column) const;
    QVariant value(const CalibrationRow &row, int column) const;
    QVariant toolTip(const CalibrationRow &row, int column) const;
    QString reasonLabel(const QString &code) const;

    FeedbackDimension m_by = FeedbackDimension::Band;
    std::vector<CalibrationRow> m_rows;
    std::map<QString, QString> m_reasonLabels;
};

} // namespace baton
