#pragma once
// The C locale for this thread while the core writes texts ("head centre off by 0.2% of width"): Qt sets
// the process's C library locale from the environment, and printf's %.1f follows it ("0,2" under de_DE).
// POSIX per-thread locale, so other threads (the window's) keep theirs.

#include <locale.h>

namespace certphoto::core::detail {

class ScopedCLocale {
public:
    ScopedCLocale() : c_(newlocale(LC_ALL_MASK, "C", locale_t(nullptr))) {
        if (c_)
            previous_ = uselocale(c_);
    }
    ~ScopedCLocale() {
        if (!c_)
            return;
        uselocale(previous_);
        freelocale(c_);
    }
    ScopedCLocale(const ScopedCLocale&) = delete;
    ScopedCLocale& operator=(const ScopedCLocale&) = delete;

private:
    locale_t c_;
    locale_t previous_ = LC_GLOBAL_LOCALE;
};

} // namespace certphoto::core::detail
