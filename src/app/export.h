#pragma once

// Writing plots and their data to files, atomically (QSaveFile): a failed write leaves any
// existing file untouched and returns a message saying why.

#include <QString>

class QCustomPlot;

namespace al {

// The format follows the suffix: .png, .svg, .pdf or .csv (csv writes `csv`).
bool exportPlotFile(QCustomPlot *plot, const QString &csv, const QString &path, QString *error);
bool writeTextFile(const QString &path, const QByteArray &data, QString *error);

} // namespace al
