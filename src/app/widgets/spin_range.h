#pragma once

// QSpinBox::setRange asks for a new layout pass even when the range is the same, and a pass
// over a workspace costs milliseconds of text shaping. Controls refreshed on every step of a
// drag set their range through this instead.

#include <QSpinBox>

namespace al {

inline void setSpinRange(QSpinBox *spin, int minimum, int maximum)
{
    if (spin->minimum() != minimum || spin->maximum() != maximum)
        spin->setRange(minimum, maximum);
}

} // namespace al
