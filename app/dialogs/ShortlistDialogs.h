#pragma once

#include "geo/export/ShortlistSheet.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace careatlas {

// A new shortlist: its label (which must not be the client's name: it is kept in the data
// file) and whether the filter's centre is its centre (kept as the 町丁目 or rounded to ~100 m).
class ShortlistLabelDialog : public QDialog
{
    Q_OBJECT
public:
    ShortlistLabelDialog(bool hasCentre, QWidget *parent = nullptr);
    QString label() const;
    bool useCentre() const;

private:
    QLineEdit *m_label = nullptr;
    QCheckBox *m_centre = nullptr;
};

// What the 紹介候補リスト shows that is typed at print time: title, prepared by (remembered in the
// settings), the client label (printed only: never stored, remembered or logged), the map.
class ShortlistPrintDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortlistPrintDialog(QWidget *parent = nullptr);
    geo::ShortlistPrintOptions options() const;
    void accept() override;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_preparedBy = nullptr;
    QLineEdit *m_client = nullptr;
    QCheckBox *m_map = nullptr;
};

// The compare view of one list: category, distance, features, hours and closed days, capacity
// and vacancies with their date, phone, FAX, operator, official number, source and its date,
// last confirmed, status and note; sortable; a missing value reads as missing (未登録).
class ShortlistCompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortlistCompareDialog(QWidget *parent = nullptr);
    void setSheet(const geo::ShortlistSheet &sheet);
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // The header of each column, in order.
    static QStringList headers();

private:
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace careatlas
