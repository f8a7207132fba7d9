#include "app/dialogs/EditConflictDialog.h"

#include "app/i18n/Translations.h"
#include "core/text/DisplayFormat.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace careatlas {

QString EditConflictDialog::fieldLabel(ResourceField field)
{
    const auto column = [](const char *text) { return QCoreApplication::translate("ResourceColumns", text); };
    switch (field) {
    case ResourceField::Location: return tr("Location");
    case ResourceField::Category: return column("Category");
    case ResourceField::Name: return column("Name");
    case ResourceField::Kana: return column("Kana");
    case ResourceField::Operator: return column("Operator");
    case ResourceField::OfficialNumber: return column("Official number");
    case ResourceField::Source: return column("Source");
    case ResourceField::SourceDate: return column("Source date");
    case ResourceField::PostalCode: return column("Postal code");
    case ResourceField::Address: return column("Address");
    case ResourceField::Phone: return column("Phone");
    case ResourceField::Fax: return column("Fax");
    case ResourceField::Website: return column("Website");
    case ResourceField::Hours: return column("Hours");
    case ResourceField::ClosedDays: return column("Closed days");
    case ResourceField::Capacity: return column("Capacity");
    case ResourceField::Vacancies: return column("Vacancies");
    case ResourceField::VacanciesDate: return column("Vacancies as of");
    case ResourceField::ServiceArea: return column("Service area");
    case ResourceField::Notes: return column("Notes");
    case ResourceField::Flags: return column("Features");
    }
    return {};
}

QString EditConflictDialog::fieldText(const Resource &r, ResourceField field, const QList<Category> &categories)
{
    const QString none = tr("(empty)");
    const auto text = [&](const QString &value) { return value.isEmpty() ? none : value; };
    const auto number = [&](std::optional<int> value) { return value ? QString::number(*value) : none; };
    const auto date = [&](const QDate &value) { return value.isValid() ? formatDate(value, currentLanguage()) : none; };
    switch (field) {
    case ResourceField::Location:
        return r.hasLocation() ? QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 6).arg(*r.longitude, 0, 'f', 6) : tr("(not placed)");
    case ResourceField::Category:
        for (const Category &category : categories) {
            if (category.code == r.categoryCode)
                return category.label(currentLanguage());
        }
        return text(r.categoryCode);
    case ResourceField::Name: return text(r.name);
    case ResourceField::Kana: return text(r.kana);
    case ResourceField::Operator: return text(r.operatorName);
    case ResourceField::OfficialNumber: return text(r.officialNumber);
    case ResourceField::Source: return text(r.source);
    case ResourceField::SourceDate: return date(r.sourceDate);
    case ResourceField::PostalCode: return text(r.postalCode);
    case ResourceField::Address: return text(r.address);
    case ResourceField::Phone: return text(r.phone);
    case ResourceField::Fax: return text(r.fax);
    case ResourceField::Website: return text(r.website);
    case ResourceField::Hours: return text(r.hours);
    case ResourceField::ClosedDays: return text(r.closedDays);
    case ResourceField::Capacity: return number(r.capacity);
    case ResourceField::Vacancies: return number(r.vacancies);
    case ResourceField::VacanciesDate: return date(r.vacanciesDate);
    case ResourceField::ServiceArea: return text(r.serviceArea);
    case ResourceField::Notes: return text(r.notes);
    case ResourceField::Flags: return text(r.flags.join(QStringLiteral(", ")));
    }
    return {};
}

EditConflictDialog::EditConflictDialog(const ResourceConflict &conflict, const QList<Category> &categories, QWidget *parent)
    : QDialog(parent), m_conflict(conflict)
{
    setWindowTitle(tr("Someone Else Changed This Resource"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("“%1” was changed and saved by someone else (another window or an import) while you were "
                                "editing it. Where you both changed a field, choose which value to keep. Your other changes "
                                "are kept; nothing has been saved yet.").arg(conflict.theirs.name), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Theirs (saved)</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Mine</b>"), this), 0, 2);
    int row = 1;
    for (ResourceField field : conflict.fields) {
        grid->addWidget(new QLabel(fieldLabel(field), this), row, 0);
        auto *theirs = new QRadioButton(fieldText(conflict.theirs, field, categories), this);
        auto *mine = new QRadioButton(fieldText(conflict.mine, field, categories), this);
        theirs->setObjectName(QStringLiteral("theirs_") + resourceFieldName(field));
        mine->setObjectName(QStringLiteral("mine_") + resourceFieldName(field));
        auto *group = new QButtonGroup(this);
        group->addButton(theirs);
        group->addButton(mine);
        mine->setChecked(true);
        grid->addWidget(theirs, row, 1);
        grid->addWidget(mine, row, 2);
        m_mine.insert(int(field), mine);
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep Theirs Only"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void EditConflictDialog::choose(ResourceField field, bool mine)
{
    if (QRadioButton *button = m_mine.value(int(field)))
        button->setChecked(mine);
    if (!mine) {
        for (QRadioButton *other : findChildren<QRadioButton *>(QStringLiteral("theirs_") + resourceFieldName(field)))
            other->setChecked(true);
    }
}

Resource EditConflictDialog::resolved() const
{
    Resource result = mergeResourceChanges(m_conflict.base, m_conflict.mine, m_conflict.theirs).merged;
    for (ResourceField field : m_conflict.fields) {
        if (const QRadioButton *mine = m_mine.value(int(field)); mine && mine->isChecked())
            copyField(result, m_conflict.mine, field);
    }
    return result;
}

} // namespace careatlas
