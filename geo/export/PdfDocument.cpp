#include "geo/export/PdfDocument.h"

#include "core/export/SafeFile.h"
#include "geo/export/PdfTextFix.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace careatlas::geo {

Status writePdf(const QString &path, const PageSetup &page, const QString &title,
                const std::function<Status(QPagedPaintDevice &device, QPainter &painter)> &paint)
{
    if (Status s = checkWritableTarget(path); !s)
        return s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(PagePixelsPerInch));
        writer.setPageLayout(page.pageLayout());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CareAtlas"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(ErrorCode::FileWriteFailed, QStringLiteral("QPdfWriter")).inFile(path);
        Status painted = paint(writer, painter);
        painter.end();
        if (!painted)
            return painted;
    }
    buffer.close();
    return writeFileSafely(path, fixPdfRadicals(buffer.data()));
}

bool isPagePixelDevice(const QPaintDevice &device)
{
    return device.logicalDpiX() == int(PagePixelsPerInch) && device.logicalDpiY() == int(PagePixelsPerInch);
}

} // namespace careatlas::geo
