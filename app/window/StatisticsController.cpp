#include "app/window/StatisticsController.h"

#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/i18n/PopulationReportText.h"
#include "app/jobs/JobRunner.h"
#include "app/models/Workspace.h"
#include "app/panels/StatisticsPanel.h"
#include "core/text/DisplayFormat.h"
#include "core/population/PopulationStore.h"
#include "core/store/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace careatlas {

StatisticsController::StatisticsController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, QDockWidget *tableDock,
                                           QMenu *fileMenu, QAction *before, QMenu *panelsMenu)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(jobs), m_tableDock(tableDock)
{
    m_panel = new StatisticsPanel(workspace, window);
    m_panel->setJobRunner(jobs);
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("statisticsDock"));
    m_dock->setWidget(m_panel);
    // A tab beside the resource list (both want the width of the window): a click on a cell
    // brings the list forward with those resources.
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->tabifyDockWidget(tableDock, m_dock);
    tableDock->raise();
    panelsMenu->addAction(m_dock->toggleViewAction());
    connect(m_panel, &StatisticsPanel::resourcesShown, this, [this] {
        m_tableDock->show();
        m_tableDock->raise();
    });

    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importPopulationAction"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, [this] { importPopulation(); });
    fileMenu->insertAction(before, m_importAction);
    connect(workspace, &Workspace::dataChanged, this, [this] { m_importAction->setEnabled(m_workspace->hasData()); });
    window->installEventFilter(this);
    retranslate();
}

bool StatisticsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void StatisticsController::retranslate()
{
    m_dock->setWindowTitle(tr("Statistics"));
    m_importAction->setText(tr("Import Pop&ulation…"));
    m_importAction->setStatusTip(tr("Import population per area (total, aged 65+, aged 75+) for rates per 1,000 older residents"));
}

void StatisticsController::importPopulation(const QString &givenPath, const QString &givenLevel, std::optional<QDate> asOf)
{
    const ResourceSnapshotPointer snapshot = m_workspace->snapshot();
    if (m_workspace->storePath().isEmpty() || !snapshot)
        return;
    QSettings settings;
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Import Population"), settings.value(QStringLiteral("populationFolder")).toString(),
                                            tr("Population tables (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("populationFolder"), QFileInfo(path).absolutePath());
    }
    QString level = givenLevel;
    if (level.isEmpty()) {
        // The level the figures are for, and their date when the file does not state it.
        const QString language = currentLanguage();
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Import Population"));
        auto *form = new QFormLayout(&dialog);
        auto *levels = new QComboBox(&dialog);
        levels->setObjectName(QStringLiteral("populationLevel"));
        for (const auto &l : snapshot->levels)
            if (!l.areas.isEmpty())
                levels->addItem(l.level.label(language), l.level.code);
        const int daily = levels->findData(QStringLiteral("daily_life_area"));
        levels->setCurrentIndex(daily >= 0 ? daily : levels->count() - 1);
        auto *useDate = new QCheckBox(tr("The figures are as of:"), &dialog);
        auto *date = new QDateEdit(QDate::currentDate(), &dialog);
        date->setDisplayFormat(dateFieldFormat(currentLanguage()));
        date->setCalendarPopup(true);
        date->setEnabled(false);
        connect(useDate, &QCheckBox::toggled, date, &QDateEdit::setEnabled);
        form->addRow(tr("Area level:"), levels);
        form->addRow(useDate, date);
        form->addRow(new QLabel(tr("Without a date, the date the file states (調査年月日, 「令和6年3月末現在」) is used."), &dialog));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted || levels->currentIndex() < 0)
            return;
        level = levels->currentData().toString();
        if (useDate->isChecked())
            asOf = date->date();
    }
    const QString storePath = m_workspace->storePath();
    m_jobs->run<PopulationImportReport>(
        tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [storePath, path, level, asOf](const Feedback &) -> Result<PopulationImportReport> {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            return careatlas::importPopulation(**store, path, level, asOf);
        },
        [this](Result<PopulationImportReport> report) {
            if (!report) {
                QMessageBox::warning(m_window, tr("Import Population"), errorMessage(report.error()));
                return;
            }
            m_panel->reloadPopulation();
            m_dock->show();
            m_dock->raise();
            QMessageBox::information(m_window, tr("Import Population"), populationReportText(*report));
        });
}

} // namespace careatlas
