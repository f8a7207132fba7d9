#pragma once

#include "core/Catalogue.h"
#include "core/ResourceChange.h"

#include <QDialog>
#include <QHash>

class QRadioButton;

namespace careatlas {

// Someone else saved the resource while the user was editing it, and changed some of the
// same fields: their value and the user's side by side, field by field; the user chooses.
// Fields only one side changed are taken from that side. Nothing is written until the user
// saves the choice (ResourceEditor::editResource(conflict.theirs, resolved())).
class EditConflictDialog : public QDialog
{
    Q_OBJECT
public:
    EditConflictDialog(const ResourceConflict &conflict, const QList<Category> &categories, QWidget *parent = nullptr);
    // Their row with my changes that did not clash and, for each clash, the value chosen.
    Resource resolved() const;
    // Chooses mine (true) or theirs for a clashing field (what the radio buttons do).
    void choose(ResourceField field, bool mine);

    static QString fieldLabel(ResourceField field);
    static QString fieldText(const Resource &resource, ResourceField field, const QList<Category> &categories);

private:
    ResourceConflict m_conflict;
    QHash<int, QRadioButton *> m_mine;   // by ResourceField
};

} // namespace careatlas
