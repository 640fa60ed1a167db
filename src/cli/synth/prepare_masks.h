#pragma once
#include <string>

namespace certphoto::synthcli {
// Cut the person out of a portrait with grabCut seeded by a face cascade; writes the mask PNG (255 = person)
// and prints the cascade's geometry guesses for the hand-checked table in src/synth/portraits.cpp.
int prepareMask(const std::string& portrait, const std::string& maskOut);
} // namespace certphoto::synthcli
