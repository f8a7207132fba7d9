#pragma once

#include "core/Catalogue.h"
#include "core/import/ResourceImporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace careatlas {

// "Import resources…": the file's layout (detected by default), its text encoding (detected
// by default), the category for rows of an unknown type, and whether only to check the file.
class ImportResourcesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportResourcesDialog(const QString &path, const QList<Category> &categories, QWidget *parent = nullptr);

    ImportOptions options() const;
    QString layer() const;

private:
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_defaultCategory = nullptr;
    QLineEdit *m_layer = nullptr;
    QCheckBox *m_dryRun = nullptr;
};

} // namespace careatlas
