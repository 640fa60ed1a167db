#pragma once
// The portraits and masks compiled into the library (see embed_assets.cmake).

#include <cstddef>
#include <string_view>

namespace certphoto::synth::assets {

struct Asset {
    const char* name;
    const unsigned char* data;
    std::size_t size;
};

const Asset* find(std::string_view name); // nullptr when not embedded

} // namespace certphoto::synth::assets
