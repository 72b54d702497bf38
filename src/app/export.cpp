#include "app/export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace al {

namespace {

class Export {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    *error = Export::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool open(QSaveFile &file, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    *error = Export::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace

bool writeTextFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (file.write(data) != data.size()) {
        *error = Export::tr("Could not write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return commit(file, error);
}

bool exportPlotFile(QCustomPlot *plot, const QString &csv, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeTextFile(path, csv.toUtf8(), error);
    const int width = plot->width() > 0 ? plot->width() : 1200;
    const int height = plot->height() > 0 ? plot->height() : 800;
    QSaveFile file(path);
    if (suffix == QLatin1String("png")) {
        if (!open(file, error))
            return false;
        // Twice the screen resolution: crisp on slides.
        if (!plot->toPixmap(width, height, 2.0).save(&file, "PNG")) {
            *error = Export::tr("Could not encode the PNG image for %1.").arg(path);
            file.cancelWriting();
            return false;
        }
        return commit(file, error);
    }
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
        if (!open(file, error))
            return false;
        auto render = [&](QPaintDevice *device) {
            QCPPainter painter(device);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot->toPainter(&painter, width, height);
        };
        if (suffix == QLatin1String("svg")) {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(QSize(width, height));
            svg.setViewBox(QRect(0, 0, width, height));
            svg.setTitle(QStringLiteral("Activation Lab"));
            render(&svg);
        } else {
            QPdfWriter pdf(&file);
            pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(72);
            pdf.setCreator(QStringLiteral("Activation Lab"));
            render(&pdf);
        }
        return commit(file, error);
    }
    *error = Export::tr("Unknown file type \"%1\": use .png, .svg, .pdf or .csv.").arg(suffix);
    return false;
}

} // namespace al
