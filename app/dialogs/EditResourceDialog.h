#pragma once

#include "core/Catalogue.h"
#include "core/Resource.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace careatlas {

// Every attribute of one resource, for adding a new one or editing one.
class EditResourceDialog : public QDialog
{
    Q_OBJECT
public:
    EditResourceDialog(const Resource &resource, const QList<Category> &categories, const QList<Flag> &flags, QWidget *parent = nullptr);
    Resource resource() const;

private:
    Resource m_original;
    QComboBox *m_category = nullptr;
    QHash<QString, QLineEdit *> m_text;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_vacancies = nullptr;
    QDateEdit *m_vacanciesDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, QCheckBox *> m_flags;
};

} // namespace careatlas
