#pragma once

// What the window tests share: a window on a copy of the demo store, and a dialog acceptor.

#include "app/canvas/MapCanvas.h"
#include "app/models/FilterController.h"
#include "app/window/MainWindow.h"

#include "TestData.h"
#include "WindowTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace careatlas::test {

// Opens a copy of the built demo store in `window` and waits for its map and snapshot.
inline QString openDemoCopy(MainWindow &window, const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    window.show();
    window.openStore(store);
    REQUIRE(waitFor([&] { return window.canvas()->hasScene() && window.filterController()->snapshot(); }));
    return store;
}

// Accepts every modal dialog that opens (except progress dialogs) and records its class;
// `prepare` may set the dialog up first (choose an export kind, say).
class DialogAcceptor
{
public:
    explicit DialogAcceptor(std::function<void(QDialog *)> prepare = {}) : m_prepare(std::move(prepare))
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || qobject_cast<QProgressDialog *>(dialog) || !dialog->isVisible())
                return;
            seen << QString::fromLatin1(dialog->metaObject()->className());
            // For people checking the dialogs by eye: CAREATLAS_TEST_GRAB_DIR=/tmp/x saves each one.
            if (const QString folder = qEnvironmentVariable("CAREATLAS_TEST_GRAB_DIR"); !folder.isEmpty())
                dialog->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder).arg(seen.size()).arg(seen.last().section(QLatin1Char(':'), -1)));
            if (m_prepare)
                m_prepare(dialog);
            dialog->accept();
        });
        m_timer.start();
    }
    QStringList seen;

private:
    std::function<void(QDialog *)> m_prepare;
    QTimer m_timer;
};

} // namespace careatlas::test
