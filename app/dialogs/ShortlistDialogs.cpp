#include "app/dialogs/ShortlistDialogs.h"

#include "core/export/ResourceColumns.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace careatlas {

namespace {
constexpr int SortRole = Qt::UserRole + 1;
const char *const PreparedByKey = "shortlist/preparedBy";
}

ShortlistLabelDialog::ShortlistLabelDialog(bool hasCentre, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortlistLabelDialog"));
    setWindowTitle(tr("New Shortlist"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("shortlistLabel"));
    m_label->setMaxLength(ShortlistLabelMaxLength);
    m_label->setPlaceholderText(tr("e.g. April home-visit nursing A"));
    form->addRow(tr("Label:"), m_label);
    layout->addLayout(form);
    auto *warning = new QLabel(tr("Do not use the client's name or address as the label: the label is kept in the data file. "
                                  "Use a case number or a word only you can match, e.g. 「ケースA」."),
                               this);
    warning->setObjectName(QStringLiteral("privacyNote"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    m_centre = new QCheckBox(tr("Use the filter's centre (kept as the 町丁目, or rounded to about 100 m)"), this);
    m_centre->setChecked(hasCentre);
    m_centre->setEnabled(hasCentre);
    layout->addWidget(m_centre);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_label, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    layout->addWidget(buttons);
}

QString ShortlistLabelDialog::label() const { return m_label->text().trimmed(); }
bool ShortlistLabelDialog::useCentre() const { return m_centre->isChecked(); }

ShortlistPrintDialog::ShortlistPrintDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortlistPrintDialog"));
    setWindowTitle(tr("Referral Shortlist Sheet"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    m_title->setPlaceholderText(QCoreApplication::translate("ShortlistSheet", "Referral shortlist"));
    m_preparedBy = new QLineEdit(this);
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    m_preparedBy->setText(QSettings().value(QLatin1String(PreparedByKey)).toString());
    m_client = new QLineEdit(this);
    m_client->setObjectName(QStringLiteral("clientLabel"));
    m_map = new QCheckBox(tr("Map of the centre with numbered markers"), this);
    m_map->setChecked(true);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Prepared by:"), m_preparedBy);
    form->addRow(tr("Client:"), m_client);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The client is printed on the sheet only: it is not kept in the data file or anywhere else."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_map);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

geo::ShortlistPrintOptions ShortlistPrintDialog::options() const
{
    geo::ShortlistPrintOptions options;
    options.title = m_title->text().trimmed();
    options.preparedBy = m_preparedBy->text().trimmed();
    options.clientLabel = m_client->text().trimmed();
    options.map = m_map->isChecked();
    return options;
}

void ShortlistPrintDialog::accept()
{
    // Who prepared it is the care manager's own (office) name: remembered for next time.
    QSettings().setValue(QLatin1String(PreparedByKey), m_preparedBy->text().trimmed());
    QDialog::accept();
}

ShortlistCompareDialog::ShortlistCompareDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortlistCompareDialog"));
    setWindowTitle(tr("Compare Candidates"));
    resize(1100, 420);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    layout->addWidget(m_title);
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("compareTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList ShortlistCompareDialog::headers()
{
    return {QCoreApplication::translate("ShortlistSheet", "No."), resourceColumnHeader(ResourceColumn::Name),
            resourceColumnHeader(ResourceColumn::Category), QCoreApplication::translate("ShortlistSheet", "Distance"),
            resourceColumnHeader(ResourceColumn::Flags), resourceColumnHeader(ResourceColumn::Hours),
            resourceColumnHeader(ResourceColumn::ClosedDays), resourceColumnHeader(ResourceColumn::Capacity),
            resourceColumnHeader(ResourceColumn::Vacancies), resourceColumnHeader(ResourceColumn::Phone),
            resourceColumnHeader(ResourceColumn::Fax), resourceColumnHeader(ResourceColumn::Operator),
            resourceColumnHeader(ResourceColumn::OfficialNumber), resourceColumnHeader(ResourceColumn::Source),
            tr("Last confirmed"), QCoreApplication::translate("ShortlistSheet", "Status"),
            QCoreApplication::translate("ShortlistSheet", "Note")};
}

void ShortlistCompareDialog::setSheet(const geo::ShortlistSheet &sheet)
{
    m_title->setText(tr("%1: %n candidate(s)", nullptr, int(sheet.entries.size())).arg(sheet.list.label));
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers());
    const QLocale locale;
    const QString missing = geo::missingValueText();
    auto item = [&](const QString &text, const QVariant &sortKey = {}) {
        auto *it = new QStandardItem(text.trimmed().isEmpty() ? missing : text);
        if (text.trimmed().isEmpty()) {
            it->setForeground(QColor(0x75, 0x75, 0x75));
            it->setData(QStringLiteral("\U0010FFFF"), SortRole);   // missing values sort last
        } else {
            it->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
        }
        return it;
    };
    auto date = [&](const QDate &d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString(); };
    for (const ShortlistEntry &e : sheet.entries) {
        const Resource *r = sheet.resourceOf(e);
        QList<QStandardItem *> row;
        row << item(QString::number(e.position), e.position);
        if (!r) {
            row << item(QCoreApplication::translate("ShortlistSheet", "(deleted resource %1)").arg(e.resourceId));
            for (int c = 2; c < headers().size() - 2; ++c)
                row << item(QString());
        } else {
            const auto distance = sheet.data.distanceOf.constFind(r->id);
            const bool hasDistance = distance != sheet.data.distanceOf.constEnd() && !std::isnan(*distance);
            row << item(r->name) << item(sheet.data.categoryLabel(r->categoryCode))
                << item(hasDistance ? geo::distanceText(*distance) : QString(), hasDistance ? QVariant(*distance) : QVariant())
                << item(sheet.data.cell(*r, ResourceColumn::Flags)) << item(r->hours) << item(r->closedDays)
                << item(r->capacity ? locale.toString(*r->capacity) : QString(), r->capacity ? QVariant(*r->capacity) : QVariant())
                << item(r->vacancies ? (r->vacanciesDate.isValid() ? tr("%1 (as of %2)").arg(*r->vacancies).arg(date(r->vacanciesDate))
                                                                   : QString::number(*r->vacancies))
                                     : QString(),
                        r->vacancies ? QVariant(*r->vacancies) : QVariant())
                << item(r->phone) << item(r->fax) << item(r->operatorName) << item(r->officialNumber)
                << item(r->source.isEmpty() ? QString() : (r->sourceDate.isValid() ? tr("%1 (as of %2)").arg(r->source, date(r->sourceDate)) : r->source))
                << item(date(sheet.lastConfirmed.value(r->id)), sheet.lastConfirmed.value(r->id));
        }
        row << item(shortlistStatusLabel(e.status), int(e.status)) << item(e.note);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 220));
    m_view->resizeRowsToContents();
}

} // namespace careatlas
