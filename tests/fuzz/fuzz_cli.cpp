// Fuzz target: activation-lab-cli's argument handling and its reading of standard input. The
// input is the argument list, one argument per line, then (after the first empty line) what
// standard input holds (train reads its data from there with --data=-). Every run ends with status
// 0 or 2, and a failure prints exactly one "error: " line and nothing on stdout.

#include "cli/cli.h"

#include <QBuffer>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf("\n\n");
    QByteArray standardInput = split < 0 ? QByteArray() : bytes.mid(split + 2);
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    QStringList arguments = text.split(QLatin1Char('\n'));
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--input"))
            || argument.startsWith(QLatin1String("--weights"))
            || argument.startsWith(QLatin1String("--grad-output"))
            || argument.startsWith(QLatin1String("--targets"))
            || (argument.startsWith(QLatin1String("--data")) && argument != "--data=-"))
            argument = QStringLiteral("--points"); // no reading of arbitrary files
        // No writing of any file, under either spelling of the option.
        if (argument.startsWith(QLatin1String("--export"))
            || argument.startsWith(QLatin1String("-export")))
            argument = QStringLiteral("--points");
    }
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QBuffer input(&standardInput);
    input.open(QIODevice::ReadOnly);
    const int status = al::cli::run(arguments, outStream, errStream, &input);
    outStream.flush();
    errStream.flush();
    if (status != 0 && status != 2)
        std::abort();
    if (status == 2
        && (!out.isEmpty() || !err.startsWith(QLatin1String("error: "))
            || err.count(QLatin1Char('\n')) != 1))
        std::abort();
    return 0;
}
