#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace al {

Language::Language(QObject *parent)
    : QObject(parent)
{
}

const std::vector<LanguageInfo> &Language::available()
{
    static const std::vector<LanguageInfo> languages {{"zh_CN", "中文"}, {"en", "English"}};
    return languages;
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool Language::isKnown(const QString &code)
{
    for (const LanguageInfo &language : available())
        if (code == QLatin1String(language.code))
            return true;
    return false;
}

bool Language::apply(const QString &code, QString *error)
{
    if (!isKnown(code)) {
        *error = tr("Unknown language \"%1\" (available: zh_CN, en).").arg(code);
        return false;
    }
    if (code == current_)
        return true;
    QCoreApplication::removeTranslator(&app_);
    QCoreApplication::removeTranslator(&qt_);
    if (!app_.load(QStringLiteral(":/i18n/activation_lab_%1.qm").arg(code))) {
        *error
            = tr("The %1 catalogue could not be loaded; the language stays as it was.").arg(code);
        if (!current_.isEmpty()
            && app_.load(QStringLiteral(":/i18n/activation_lab_%1.qm").arg(current_)))
            QCoreApplication::installTranslator(&app_);
        return false;
    }
    // Qt's own strings (dialog buttons, context menus); English needs none.
    if (code != QLatin1String("en")
        && qt_.load(
            QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt_);
    QCoreApplication::installTranslator(&app_);
    current_ = code;
    emit changed(code);
    return true;
}

QLocale Language::numberLocale()
{
    // One number format in every language, Python's: '.' as the decimal point and no group
    // separators, shown and typed alike ("1,000.5" reads as two numbers in a list).
    QLocale numbers = QLocale::c();
    numbers.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return numbers;
}

} // namespace al
