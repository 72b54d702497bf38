#include "view_state.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace al {

namespace {

QString shown(const QVariant &value)
{
    const QString text = value.toString();
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace

const QVariant *StateReader::take(const QString &key)
{
    read_.insert(key);
    const auto found = state_.constFind(key);
    return found == state_.constEnd() ? nullptr : &*found;
}

QVariant StateReader::value(const QString &key)
{
    const QVariant *v = take(key);
    return v ? *v : QVariant();
}

void StateReader::refuse(const QString &key, const QString &why)
{
    problems_ << QStringLiteral("%1: %2").arg(key, why);
}

std::optional<double> StateReader::number(const QString &key, double low, double high)
{
    const QVariant *v = take(key);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const double x = v->typeId() == QMetaType::Bool ? NAN : v->toDouble(&ok);
    if (ok && x >= low && x <= high)
        return x;
    refuse(key,
        std::isinf(low) && std::isinf(high)
            ? QCoreApplication::translate("StateReader", "%1 is not a number.").arg(shown(*v))
            : QCoreApplication::translate("StateReader", "%1 is not a number from %2 to %3.")
                  .arg(shown(*v), QString::number(low), QString::number(high)));
    return std::nullopt;
}

std::optional<qint64> StateReader::integer(const QString &key, qint64 low, qint64 high)
{
    const QVariant *v = take(key);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const double x = v->typeId() == QMetaType::Bool ? NAN : v->toDouble(&ok);
    if (ok && x == std::floor(x) && x >= static_cast<double>(low) && x <= static_cast<double>(high))
        return static_cast<qint64>(x);
    refuse(key,
        QCoreApplication::translate("StateReader", "%1 is not a whole number from %2 to %3.")
            .arg(shown(*v))
            .arg(low)
            .arg(high));
    return std::nullopt;
}

std::optional<bool> StateReader::boolean(const QString &key)
{
    const QVariant *v = take(key);
    if (!v)
        return std::nullopt;
    if (v->typeId() == QMetaType::Bool)
        return v->toBool();
    const QString text = v->toString();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    refuse(key,
        QCoreApplication::translate("StateReader", "%1 is neither true nor false.").arg(shown(*v)));
    return std::nullopt;
}

std::optional<QString> StateReader::text(const QString &key)
{
    const QVariant *v = take(key);
    if (!v)
        return std::nullopt;
    if (v->typeId() == QMetaType::QString)
        return v->toString();
    refuse(key, QCoreApplication::translate("StateReader", "a name in quotes is expected here."));
    return std::nullopt;
}

std::optional<QStringList> StateReader::list(const QString &key)
{
    const QVariant *v = take(key);
    if (!v)
        return std::nullopt;
    if (!v->isValid()) // how QSettings keeps an empty list
        return QStringList();
    if (v->typeId() == QMetaType::QString && v->toString().startsWith(QLatin1Char('['))) {
        // A JSON array written as text (by hand, in a settings file).
        const QJsonDocument json = QJsonDocument::fromJson(v->toString().toUtf8());
        if (!json.isArray()) {
            refuse(key, QCoreApplication::translate("StateReader", "a list is expected here."));
            return std::nullopt;
        }
        QStringList items;
        for (const QJsonValue &item : json.array())
            items << item.toVariant().toString();
        return items;
    }
    if (v->typeId() == QMetaType::QString) {
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        return v->toString().split(separators, Qt::SkipEmptyParts);
    }
    if (v->typeId() == QMetaType::QStringList)
        return v->toStringList();
    if (v->typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : v->toList()) {
            if (item.typeId() != QMetaType::QString && item.typeId() != QMetaType::Double
                && item.typeId() != QMetaType::Int && item.typeId() != QMetaType::LongLong) {
                refuse(key,
                    QCoreApplication::translate(
                        "StateReader", "a list of names or numbers is expected here."));
                return std::nullopt;
            }
            items << item.toString();
        }
        return items;
    }
    refuse(key, QCoreApplication::translate("StateReader", "a list is expected here."));
    return std::nullopt;
}

QStringList StateReader::problems() const
{
    QStringList all = problems_;
    for (auto it = state_.constBegin(); it != state_.constEnd(); ++it)
        if (!read_.contains(it.key()))
            all << QCoreApplication::translate("StateReader", "%1: no such setting here.")
                       .arg(it.key());
    return all;
}

QVariant settingsValue(const QVariant &value)
{
    const QVariantList items = value.toList();
    const bool nested = value.typeId() == QMetaType::QVariantList
        && std::any_of(items.begin(), items.end(),
            [](const QVariant &item) { return item.typeId() == QMetaType::QVariantList; });
    return nested ? QVariant(QString::fromUtf8(
               QJsonDocument(QJsonArray::fromVariantList(items)).toJson(QJsonDocument::Compact)))
                  : value;
}

} // namespace al
