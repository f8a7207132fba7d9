#pragma once

#include "core/Feedback.h"

namespace careatlas {

// Exports take the one feedback type of long tasks (core/Feedback.h).
using ExportControl = Feedback;

} // namespace careatlas
