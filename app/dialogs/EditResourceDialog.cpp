#include "app/dialogs/EditResourceDialog.h"

#include "app/i18n/Translations.h"
#include "core/text/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace careatlas {

EditResourceDialog::EditResourceDialog(const Resource &resource, const QList<Category> &categories, const QList<Flag> &flags, QWidget *parent)
    : QDialog(parent), m_original(resource)
{
    setWindowTitle(resource.id ? tr("Edit Resource") : tr("Add Resource"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    const QString language = currentLanguage();

    m_category = new QComboBox(this);
    for (const Category &category : categories)
        m_category->addItem(category.label(language), category.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(resource.categoryCode)));
    auto addText = [&](const QString &key, const QString &label, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(key);
        m_text.insert(key, edit);
        form->addRow(label, edit);
    };
    addText(QStringLiteral("name"), tr("&Name:"), resource.name);
    addText(QStringLiteral("kana"), tr("&Kana:"), resource.kana);
    form->addRow(tr("&Category:"), m_category);
    addText(QStringLiteral("operator"), tr("&Operator:"), resource.operatorName);
    addText(QStringLiteral("officialNumber"), tr("Official n&umber:"), resource.officialNumber);
    addText(QStringLiteral("postalCode"), tr("&Postal code:"), resource.postalCode);
    addText(QStringLiteral("address"), tr("&Address:"), resource.address);
    addText(QStringLiteral("phone"), tr("&Telephone:"), resource.phone);
    addText(QStringLiteral("fax"), tr("&Fax:"), resource.fax);
    addText(QStringLiteral("website"), tr("&Web site:"), resource.website);
    m_latitude = new QLineEdit(resource.latitude ? QString::number(*resource.latitude, 'f', 7) : QString(), this);
    m_longitude = new QLineEdit(resource.longitude ? QString::number(*resource.longitude, 'f', 7) : QString(), this);
    m_latitude->setValidator(new QDoubleValidator(-90, 90, 8, this));
    m_longitude->setValidator(new QDoubleValidator(-180, 180, 8, this));
    m_latitude->setPlaceholderText(tr("empty: not placed yet"));
    form->addRow(tr("&Latitude:"), m_latitude);
    form->addRow(tr("Lon&gitude:"), m_longitude);
    addText(QStringLiteral("hours"), tr("&Hours:"), resource.hours);
    addText(QStringLiteral("closedDays"), tr("Closed &days:"), resource.closedDays);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(-1, 100000);
    m_capacity->setSpecialValueText(tr("not given"));
    m_capacity->setValue(resource.capacity.value_or(-1));
    form->addRow(tr("Capacit&y:"), m_capacity);
    m_vacancies = new QSpinBox(this);
    m_vacancies->setRange(-1, 100000);
    m_vacancies->setSpecialValueText(tr("not given"));
    m_vacancies->setValue(resource.vacancies.value_or(-1));
    form->addRow(tr("&Vacancies:"), m_vacancies);
    m_vacanciesDate = new QDateEdit(resource.vacanciesDate.isValid() ? resource.vacanciesDate : QDate::currentDate(), this);
    m_vacanciesDate->setCalendarPopup(true);
    m_vacanciesDate->setDisplayFormat(dateFieldFormat(currentLanguage()));
    form->addRow(tr("Vacanc&ies as of:"), m_vacanciesDate);
    addText(QStringLiteral("serviceArea"), tr("&Service area:"), resource.serviceArea);
    m_notes = new QPlainTextEdit(resource.notes, this);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("Not&es:"), m_notes);
    auto *flagBox = new QGroupBox(tr("Features"), this);
    auto *grid = new QGridLayout(flagBox);
    for (int i = 0; i < flags.size(); ++i) {
        auto *box = new QCheckBox(flags[i].label(language), flagBox);
        box->setChecked(resource.flags.contains(flags[i].code));
        m_flags.insert(flags[i].code, box);
        grid->addWidget(box, i / 2, i % 2);
    }
    form->addRow(flagBox);
    addText(QStringLiteral("source"), tr("Sou&rce:"), resource.source);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_text.value(QStringLiteral("name"))->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("A resource needs a name."));
            return;
        }
        if (m_latitude->text().isEmpty() != m_longitude->text().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Give both latitude and longitude, or neither."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resize(720, 760);   // wide enough for the Japanese labels and the 対応 check boxes without scrolling sideways
}

Resource EditResourceDialog::resource() const
{
    Resource r = m_original;
    auto text = [this](const char *key) { return m_text.value(QLatin1String(key))->text().trimmed(); };
    r.name = text("name");
    r.kana = text("kana");
    r.categoryCode = m_category->currentData().toString();
    r.operatorName = text("operator");
    r.officialNumber = text("officialNumber");
    r.postalCode = text("postalCode");
    r.address = text("address");
    r.phone = text("phone");
    r.fax = text("fax");
    r.website = text("website");
    bool latOk = false, lonOk = false;
    const double lat = QLocale::c().toDouble(m_latitude->text(), &latOk);
    const double lon = QLocale::c().toDouble(m_longitude->text(), &lonOk);
    if (latOk && lonOk) {
        r.latitude = lat;
        r.longitude = lon;
    } else {
        r.latitude.reset();
        r.longitude.reset();
    }
    r.hours = text("hours");
    r.closedDays = text("closedDays");
    r.capacity = m_capacity->value() >= 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    r.vacancies = m_vacancies->value() >= 0 ? std::optional<int>(m_vacancies->value()) : std::nullopt;
    r.vacanciesDate = r.vacancies ? m_vacanciesDate->date() : QDate();
    r.serviceArea = text("serviceArea");
    r.notes = m_notes->toPlainText().trimmed();
    r.flags.clear();
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        if (it.value()->isChecked())
            r.flags.push_back(it.key());
    std::sort(r.flags.begin(), r.flags.end());
    r.source = text("source");
    return r;
}

} // namespace careatlas
