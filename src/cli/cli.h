#pragma once

#include <QStringList>
#include <QTextStream>

namespace al::cli {

// Runs one activation-lab-cli command (arguments without the program name). Results go to out,
// errors to err as one line starting with "error: ". Returns the exit status: 0, or 2 on error.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace al::cli
