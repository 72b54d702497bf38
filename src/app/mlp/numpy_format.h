#pragma once

// NumPy's default printing of float32 arrays (np.set_printoptions defaults: precision 8,
// floatmode "maxprec", linewidth 75), so that the app's console reads exactly like the output of
// the seed document's Python program: "[ 0.20812213  0.5780554  ... -0.03092796]".

#include <string>
#include <vector>

namespace al {

// A 1-D array (columns = values.size()) or a row-major 2-D array of rows x columns.
std::string numpyArray(const std::vector<float> &values, int rows, int columns);
// Python's repr of a float32 turned into a Python float: "0.9999999403953552", "1.0".
std::string pythonFloat(float value);

} // namespace al
