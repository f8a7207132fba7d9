#pragma once

#include "core/Feedback.h"

namespace careatlas::geo {

// Area jobs take the one feedback type of long tasks (core/Feedback.h).
using JobControl = careatlas::Feedback;

} // namespace careatlas::geo
