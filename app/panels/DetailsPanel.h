#pragma once

#include "core/query/ResourceSnapshot.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace careatlas {

class Workspace;

// Everything about one resource: every attribute, category and flags as labels, telephone and
// web site as links (copy, open), vacancies with their date, the area it lies in at each level,
// and where the record came from.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    // Follows a workspace: the one selected resource, as last read (a multiple selection keeps
    // the one shown; none clears).
    void setWorkspace(Workspace *workspace);

    void showResource(ResourceSnapshotPointer snapshot, qint64 id);
    void clear();
    QString html() const;
    qint64 resourceId() const { return m_id; }
    // A read-only store: Edit, Place and Delete stay off.
    void setEditable(bool editable);

Q_SIGNALS:
    void editRequested(qint64 id);
    void placeRequested(qint64 id);
    void deleteRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QTextBrowser *m_browser = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_delete = nullptr;
    ResourceSnapshotPointer m_snapshot;
    qint64 m_id = 0;
    bool m_editable = true;
};

} // namespace careatlas
