#pragma once
// The reason codes a finding may name: the same list as the database's reason table (the store seeds it
// and its test compares the two). A finding naming any other code is a bug.

#include <string_view>
#include <vector>

namespace certphoto::core {

const std::vector<std::string_view>& knownReasonCodes();
bool isKnownReasonCode(std::string_view code);

} // namespace certphoto::core
