#pragma once

// Live language switching: the app's catalogue and Qt's own (qtbase) are swapped in place, and
// every widget retranslates on QEvent::LanguageChange.

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
