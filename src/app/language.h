#pragma once

// Live language switching: the app's catalogue and Qt's own (qtbase) are swapped in place, and
// every widget retranslates on QEvent::LanguageChange.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace al {

struct LanguageInfo {
    const char *code; // "zh_CN", "en"
    const char *nativeName; // shown untranslated: a reader finds their own language
};

class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);

    static const std::vector<LanguageInfo> &available();
    static QString systemDefault(); // zh_CN for any zh locale, otherwise en
    // Python's number format, whatever the system's locale: the window and every widget in it
    // use it (the system's would show 0,5 in a spin box and read "0.5" as 5 under de_DE).
    static QLocale numberLocale();
    static bool isKnown(const QString &code);

    QString current() const { return current_; }
    // Installs the catalogues of `code`; on failure keeps the current language and says why.
    bool apply(const QString &code, QString *error);

signals:
    void changed(const QString &code);

private:
    QString current_;
    QTranslator app_, qt_;
};

} // namespace al
