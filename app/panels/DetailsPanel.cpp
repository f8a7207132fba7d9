#include "app/panels/DetailsPanel.h"

#include "app/i18n/Translations.h"
#include "app/models/Workspace.h"
#include "core/export/ResourceColumns.h"
#include "core/import/SourceFormat.h"
#include "core/text/DisplayFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace careatlas {

QUrl mhlwPublicationUrl(const QString &officialNumber)
{
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    const QString number = officialNumber.trimmed();
    if (!tenDigits.match(number).hasMatch())
        return {};
    const int prefecture = number.left(2).toInt();
    if (prefecture < 1 || prefecture > 47)
        return {};
    return QUrl(QStringLiteral("https://www.kaigokensaku.mhlw.go.jp/%1/index.php").arg(number.left(2)));
}

DetailsPanel::DetailsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("details"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 0, 4, 4);
    m_edit = new QPushButton(this);
    m_place = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_shortlist = new QPushButton(this);
    m_shortlist->setObjectName(QStringLiteral("detailsAddToShortlist"));
    buttons->addWidget(m_shortlist);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_place);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_place, &QPushButton::clicked, this, [this] { Q_EMIT placeRequested(m_id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_id); });
    connect(m_shortlist, &QPushButton::clicked, this, [this] { Q_EMIT shortlistRequested(m_id); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // copy:TEXT puts the text on the clipboard; web sites open in the browser; mhlw:NUMBER
        // copies the official number and opens its prefecture's 介護サービス情報公表 page.
        if (url.scheme() == QLatin1String("copy")) {
            QApplication::clipboard()->setText(url.path());
        } else if (url.scheme() == QLatin1String("mhlw")) {
            QApplication::clipboard()->setText(url.path());
            QDesktopServices::openUrl(mhlwPublicationUrl(url.path()));
        } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    render();
}

void DetailsPanel::setWorkspace(Workspace *workspace)
{
    auto follow = [this, workspace] {
        const QSet<qint64> &selection = workspace->selection();
        if (selection.size() == 1)
            showResource(workspace->snapshot(), *selection.begin());
        else if (selection.isEmpty())
            clear();
        else if (m_id != 0)
            showResource(workspace->snapshot(), m_id);   // the record as now read
    };
    connect(workspace, &Workspace::selectionChanged, this, follow);
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void DetailsPanel::showResource(ResourceSnapshotPointer snapshot, qint64 id)
{
    m_snapshot = std::move(snapshot);
    m_id = id;
    render();
}

void DetailsPanel::clear()
{
    m_id = 0;
    render();
}

QString DetailsPanel::html() const { return m_browser->toHtml(); }

void DetailsPanel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    render();
}

void DetailsPanel::render()
{
    const int index = m_snapshot ? m_snapshot->indexOfId.value(m_id, -1) : -1;
    m_edit->setText(tr("Edit…"));
    m_place->setText(tr("Place on Map"));
    m_place->setToolTip(tr("Then click the map where the resource is"));
    m_delete->setText(tr("Delete"));
    m_shortlist->setText(tr("Add to Shortlist"));
    m_shortlist->setToolTip(tr("Adds the resource to the list shown in the Shortlist panel (Ctrl+Shift+L)"));
    // A shortlist is kept in the store: like an edit, it needs a store that can be written.
    for (QPushButton *button : {m_edit, m_place, m_delete, m_shortlist})
        button->setEnabled(index >= 0 && m_editable);
    if (index < 0) {
        m_browser->setHtml(QStringLiteral("<p style='color:#607d8b'>%1</p>").arg(tr("Click a resource on the map or in the list to see its details.").toHtmlEscaped()));
        return;
    }
    const ResourceSnapshot &s = *m_snapshot;
    const Resource &r = s.resources[index];
    const QString language = currentLanguage();
    const QLocale locale;
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3 style='margin-bottom:0'>%1</h3>").arg(esc(r.name));
    if (!r.kana.isEmpty())
        html += QStringLiteral("<div style='color:#607d8b'>%1</div>").arg(esc(r.kana));
    html += QStringLiteral("<p>");
    if (const int c = s.categoryOf[index]; c >= 0)
        html += QStringLiteral("<span style='background:%1;color:white'>&nbsp;%2&nbsp;</span> ").arg(s.categories[c].color, esc(s.categories[c].label(language)));
    for (const QString &code : r.flags)
        if (const int f = s.flagIndex(code); f >= 0)
            html += QStringLiteral("<span style='background:#eceff1'>&nbsp;%1&nbsp;</span> ").arg(esc(s.flags[f].label(language)));
    html += QStringLiteral("</p><table cellspacing='4'>");
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:#546e7a' valign='top'>%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    auto copyLink = [&](const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("%1 <a href='copy:%2'>%3</a>").arg(esc(value), esc(value), esc(tr("copy")));
    };
    row(resourceColumnHeader(ResourceColumn::Address), (r.postalCode.isEmpty() ? QString() : QStringLiteral("〒%1 ").arg(esc(r.postalCode))) + copyLink(r.address));
    row(resourceColumnHeader(ResourceColumn::Phone), copyLink(r.phone));
    row(resourceColumnHeader(ResourceColumn::Fax), copyLink(r.fax));
    if (!r.website.isEmpty())
        row(tr("Web site"), QStringLiteral("<a href='%1'>%2</a>").arg(esc(r.website), esc(r.website)));
    row(resourceColumnHeader(ResourceColumn::Operator), esc(r.operatorName));
    row(resourceColumnHeader(ResourceColumn::OfficialNumber), copyLink(r.officialNumber));
    if (mhlwPublicationUrl(r.officialNumber).isValid())
        row(tr("Care service information (MHLW)"), QStringLiteral("<a href='mhlw:%1'>%2</a>").arg(esc(r.officialNumber), esc(tr("open (the number is copied)"))));
    row(resourceColumnHeader(ResourceColumn::Hours), esc(r.hours));
    row(resourceColumnHeader(ResourceColumn::ClosedDays), esc(r.closedDays));
    if (r.capacity)
        row(resourceColumnHeader(ResourceColumn::Capacity), locale.toString(*r.capacity));
    if (r.vacancies)
        row(resourceColumnHeader(ResourceColumn::Vacancies),
            r.vacanciesDate.isValid() ? tr("%1 (%2)").arg(locale.toString(*r.vacancies), formatAsOf(r.vacanciesDate, language))
                                      : locale.toString(*r.vacancies));
    row(resourceColumnHeader(ResourceColumn::ServiceArea), esc(r.serviceArea));
    row(resourceColumnHeader(ResourceColumn::Notes), esc(r.notes));
    if (r.hasLocation())
        row(tr("Location"), QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 6).arg(*r.longitude, 0, 'f', 6));
    else
        row(tr("Location"), QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(esc(tr("not placed yet"))));
    for (int l = 0; l < s.levels.size(); ++l)
        if (const int a = s.areaOf[l][index]; a >= 0)
            row(s.levels[l].level.label(language), esc(s.levels[l].areas[a].name));
    row(resourceColumnHeader(ResourceColumn::Source), esc(sourceDisplayName(r.source)) + (r.sourceDate.isValid() ? tr(" (%1)").arg(formatAsOf(r.sourceDate, language)) : QString()));
    if (const QDate retired = s.retiredAt.value(r.id); retired.isValid())
        row(tr("Retired"), QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                               .arg(esc(tr("Left its source's list on %1 (kept, not current)").arg(formatDate(retired, language)))));
    if (const QDate confirmed = s.lastConfirmed.value(r.id); confirmed.isValid())
        row(tr("Last confirmed by an import"), formatDate(confirmed, language));
    if (r.updatedAt.isValid())
        row(tr("Last changed"), formatDateTime(r.updatedAt, language));
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);
}

} // namespace careatlas
