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
    if (!isWritableTarget(file.fileName(), error))
        return false;
    if (file.open(QIODevice::WriteOnly))
        return true;
    *error = Export::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace

bool isWritableTarget(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = Export::tr("%1 is not a regular file; nothing was written.").arg(path);
        return false;
    }
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir()) {
        *error = Export::tr("Could not write %1: the folder %2 does not exist.")
                     .arg(path, info.absolutePath());
        return false;
    }
    return true;
}

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

QSize exportSize(const QCustomPlot *plot)
{
    const int width = std::max(plot->width(), 960);
    return QSize(width, width * 9 / 16);
}

namespace {

// A title row above the plot for as long as it lives: exports render it, the screen never does.
class TitleRow {
public:
    TitleRow(QCustomPlot *plot, const QString &title)
        : layout_(plot->plotLayout())
    {
        if (title.isEmpty() || !plot->axisRect())
            return;
        const QCPAxis *axis = plot->axisRect()->axis(QCPAxis::atBottom);
        QFont font = axis->labelFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        layout_->insertRow(0);
        element_ = new QCPTextElement(plot, title, font);
        element_->setTextColor(axis->labelColor());
        layout_->addElement(0, 0, element_);
    }
    ~TitleRow()
    {
        if (!element_)
            return;
        layout_->remove(element_);
        layout_->simplify();
        layout_->parentPlot()->replot(QCustomPlot::rpQueuedReplot);
    }
    TitleRow(const TitleRow &) = delete;
    TitleRow &operator=(const TitleRow &) = delete;

private:
    QCPLayoutGrid *layout_;
    QCPTextElement *element_ = nullptr;
};

} // namespace

bool exportPlotFile(QCustomPlot *plot, const QString &csv, const QString &path,
    const QString &title, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeTextFile(path, csv.toUtf8(), error);
    const QSize size = exportSize(plot);
    const int width = size.width(), height = size.height();
    const TitleRow titleRow(plot, title);
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
