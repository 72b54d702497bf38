#pragma once

// A workspace's whole state as keys and values (docs/lessons.md lists them): what a start
// restores from the settings and what a lesson slide holds. Values come from JSON (numbers,
// booleans, arrays) or from the settings file (strings, string lists), and are read alike.

#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <cmath>
#include <optional>

namespace al {

// How a workspace takes a state.
enum class StateMode {
    Apply, // every key checked; any refusal changes nothing
    Check, // every key checked; nothing changes
    Lenient, // a damaged settings file: refused keys keep their defaults, the rest is taken
};

// Reads the keys of a state, each at most once, and collects what it refuses. A key that is
// present but malformed or out of range gives nothing and a refusal naming it; keys that nothing
// asked for are refused as unknown by problems().
class StateReader {
public:
    explicit StateReader(const QVariantMap &state)
        : state_(state)
    {
    }

    bool has(const QString &key) const { return state_.contains(key); }
    // Any double when no bounds are given (the state's own setter then checks it).
    std::optional<double> number(
        const QString &key, double low = -INFINITY, double high = INFINITY);
    std::optional<qint64> integer(const QString &key, qint64 low, qint64 high);
    std::optional<bool> boolean(const QString &key);
    std::optional<QString> text(const QString &key);
    // A JSON array of strings or numbers, or the settings' form: a string list, or one string
    // with the items separated by commas or spaces.
    std::optional<QStringList> list(const QString &key);
    // The raw value, for a workspace that parses it itself (marked as read).
    QVariant value(const QString &key);

    void refuse(const QString &key, const QString &why);
    QStringList problems() const; // the refusals, then every key not read, as unknown

private:
    const QVariant *take(const QString &key);

    const QVariantMap state_; // a shared copy: readers are built from temporaries
    QSet<QString> read_;
    QStringList problems_;
};

// A state's value as the settings file keeps it: a nested list (the softmax logits) as its JSON
// text, which list() and the workspaces read back (QSettings would write an unreadable binary
// blob); any other value as it is.
QVariant settingsValue(const QVariant &value);

} // namespace al
