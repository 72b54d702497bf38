#pragma once

// Writing plots and their data to files, atomically (QSaveFile): a failed write leaves any
// existing file untouched and returns a message saying why.

#include <QSize>
#include <QString>

class QCustomPlot;

namespace al {

// The format follows the suffix: .png, .svg, .pdf or .csv (csv writes `csv`). Pictures are 16:9
// landscape (for slides), as wide as the plot on screen (so text keeps its on-screen size) and at
// least 960 px, with `title` as a line above the plot.
bool exportPlotFile(QCustomPlot *plot, const QString &csv, const QString &path,
    const QString &title, QString *error);
QSize exportSize(const QCustomPlot *plot);
bool writeTextFile(const QString &path, const QByteArray &data, QString *error);
// Whether a file may be written at path through QSaveFile: a regular file or a new name in an
// existing folder. A FIFO, a device or a folder is refused: QSaveFile would rename a new file
// over it (as root, over /dev/null itself). On refusal, *error says why.
bool isWritableTarget(const QString &path, QString *error);

} // namespace al
