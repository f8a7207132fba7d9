#include "app/dialogs/ReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace careatlas {

ReportDialog::ReportDialog(const QString &title, const QStringList &summary, const QList<Issue> &issues, QWidget *parent)
    : QDialog(parent), m_summary(summary), m_issues(issues)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *summaryLabel = new QLabel(summary.join(QLatin1Char('\n')), this);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLabel->setWordWrap(true);
    summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(summaryLabel, issues.isEmpty() ? 1 : 0);
    if (!issues.isEmpty()) {
        auto *tree = new QTreeWidget(this);
        tree->setObjectName(QStringLiteral("issues"));
        tree->setRootIsDecorated(false);
        tree->setAlternatingRowColors(true);
        tree->setHeaderLabels({tr("Where"), tr("What"), tr("Details")});
        for (const Issue &issue : issues)
            tree->addTopLevelItem(new QTreeWidgetItem(QStringList{issue.where, issue.kind, issue.message}));
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        layout->addWidget(tree, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(issues.isEmpty() ? QSize(520, 220) : QSize(820, 520));
}

QString ReportDialog::plainText() const
{
    QStringList lines = m_summary;
    for (const Issue &issue : m_issues)
        lines << QStringLiteral("%1\t%2\t%3").arg(issue.where, issue.kind, issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace careatlas
