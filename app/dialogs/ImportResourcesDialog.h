#pragma once

#include "core/Catalogue.h"
#include "core/import/ColumnMappingFile.h"
#include "core/import/RecordTable.h"
#include "core/import/ResourceImporter.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace careatlas {

// "Import resources…": the file's layout and text encoding (detected by default), the column
// mapping (each header → a field; saved to and loaded from a file), what rows of an unknown
// type become, whether only to check the file — and a preview of the first rows as they will
// be read, refreshed as the choices change.
class ImportResourcesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportResourcesDialog(const QString &path, const QString &storePath, const QList<Category> &categories, QWidget *parent = nullptr);

    ImportOptions options() const;
    QString layer() const;
    // The preview as last computed (rows shown), for tests.
    int previewRowCount() const;

private:
    void readTable();          // the file again (encoding or layer changed)
    void refreshPreview();     // the preview with the current choices
    void fillMapping(const QStringList &headers);
    void loadMapping();
    void saveMapping();
    void proposeColumn(const ColumnProposal &proposal);   // a column proposed for the name, chosen for the user to check
    ColumnMapping mapping() const;

    QString m_path;
    QString m_storePath;
    QList<Category> m_categories;
    std::optional<RecordTable> m_table;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_defaultCategory = nullptr;
    QLineEdit *m_layer = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_completeSource = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    bool m_updating = false;
    QString m_proposal;   // the proposal and its evidence, shown under the preview
};

} // namespace careatlas
