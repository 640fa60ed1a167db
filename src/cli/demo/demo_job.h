#pragma once

#include <QString>
#include <cstdint>

namespace certphoto::demo {

struct DemoOptions {
    QString database;
    int count = 3000;
    std::uint64_t seed = 1;
    bool createUsers = true;
    int historyDays = 0; // decided history for this many past days (needs count >= 1: it copies their photos)
};

// 0 done, 1 the database refused something, 3 the database cannot be reached.
int runDemo(const DemoOptions& options);

} // namespace certphoto::demo
