#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QTreeWidget;

namespace careatlas {

// What an import did: a summary and the per-row or per-feature issues, which the user can
// copy (e.g. into a mail to whoever published the file).
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Issue {
        QString where;      // "line 12, 緯度", "feature 3 (S01)"
        QString kind;       // "rejected", "repaired", "warning", …, in the user's language
        QString message;
    };

    ReportDialog(const QString &title, const QStringList &summary, const QList<Issue> &issues, QWidget *parent = nullptr);

    QString plainText() const;

private:
    QStringList m_summary;
    QList<Issue> m_issues;
};

} // namespace careatlas
