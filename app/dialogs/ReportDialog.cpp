#include "app/dialogs/ReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace careatlas {

ReportDialog::ReportDialog(const QString &title, const QStringList &summary, const QList<Issue> &issues, QWidget *parent)
    : QDialog(parent), m_summary(summary), m_issues(issues)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *summaryLabel = new QLabel(summary.join(QLatin1Char('\n')), this);
    summaryLabel->setObjectName(QStringLiteral("summary"));
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLabel->setWordWrap(true);
    summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A long summary (a category per line) scrolls on its own, so the issue list keeps its room.
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setWidget(summaryLabel);
    if (issues.isEmpty()) {
        layout->addWidget(summaryScroll, 1);
    } else {
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(summaryScroll);
        auto *tree = new QTreeWidget(splitter);
        tree->setObjectName(QStringLiteral("issues"));
        tree->setRootIsDecorated(false);
        tree->setAlternatingRowColors(true);
        tree->setUniformRowHeights(true);   // thousands of issues are not measured one by one
        tree->setHeaderLabels({tr("Where"), tr("What"), tr("Details")});
        QList<QTreeWidgetItem *> items;
        items.reserve(issues.size());
        for (const Issue &issue : issues)
            items << new QTreeWidgetItem(QStringList{issue.where, issue.kind, issue.message});
        tree->addTopLevelItems(items);
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
        splitter->addWidget(tree);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        layout->addWidget(splitter, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(issues.isEmpty() ? QSize(560, 260) : QSize(900, 640));
}

QString ReportDialog::plainText() const
{
    QStringList lines = m_summary;
    for (const Issue &issue : m_issues)
        lines << QStringLiteral("%1\t%2\t%3").arg(issue.where, issue.kind, issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace careatlas
