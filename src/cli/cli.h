#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace al::cli {

// Runs one activation-lab-cli command (arguments without the program name). Results go to out,
// errors to err as one line starting with "error: ". Returns the exit status: 0, or 2 on error.
// `in` stands for standard input (the process's own when null).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in = nullptr);

} // namespace al::cli
