#pragma once

// The Train workspace's data as CSV: one point per row, `x1,x2,label`, numbers as Python writes
// them ('.' decimal point in every locale), labels classes from 0 to 3. A first row that is not
// numbers is a header and is skipped; empty rows are skipped.

#include "core/datasets.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace al {

constexpr qint64 kMaxCsvBytes = 16 * 1024 * 1024;

// The points, or nullopt and *error naming the first bad row (counted from 1) and what is wrong.
std::optional<Dataset> parseDatasetCsv(const QByteArray &text, QString *error);
QByteArray datasetToCsv(const Dataset &data); // with the header x1,x2,label

} // namespace al
