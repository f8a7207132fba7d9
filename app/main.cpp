// careatlas: the desktop application.
#include "app/i18n/Translations.h"

#include <QApplication>
#include <QMainWindow>

#include <gdal.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    GDALAllRegister();
    careatlas::installTranslations(careatlas::chooseLanguage());
    QMainWindow window;
    window.show();
    return app.exec();
}
