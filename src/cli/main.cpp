#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>

// The output is written in one piece after the command has succeeded, with write(2) on the
// standard descriptors: a failed write (a full disk, /dev/full, a closed pipe) is an error
// with exit status 2, never a silent truncation.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString output, errors;
    QTextStream out(&output), err(&errors);
    int status = al::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    QFile standardOutput, standardError;
    standardOutput.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered);
    standardError.open(2, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const QByteArray bytes = output.toUtf8();
    if (!bytes.isEmpty() && standardOutput.write(bytes) != bytes.size()) {
        errors = QStringLiteral("error: could not write the output: %1\n")
                     .arg(standardOutput.errorString());
        status = 2;
    }
    standardError.write(errors.toUtf8());
    return status;
}
