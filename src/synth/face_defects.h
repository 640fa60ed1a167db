#pragma once
// Defects drawn onto the face of the person layer, placed from the synth's recorded geometry (never from a
// detector): head coverings, closed eyes, an open mouth with teeth showing, tinted glasses. Each returns the
// variant it drew.

#include "frame.h"

#include <certphoto/synth/synth.h>

#include <string>

namespace certphoto::synth::defect {

// Clear: a cap, a brimmed hat or a headscarf in a fabric colour, down to the hairline. Borderline: a dark
// knit beanie or a small skullcap over the top of the hair only.
std::string headCovering(Layer& person, const Placement& at, Rng& rng, bool clear);

// Clear: both lids closed (or one, a wink); borderline: both half closed, the lid edge just below the pupil.
std::string closeEyes(Layer& person, const Placement& at, Rng& rng, bool clear);

// Clear: lips apart with the upper teeth showing, or a wide smile of teeth; borderline: lips just parted
// over a thin band of teeth.
std::string openMouth(Layer& person, const Placement& at, Rng& rng, bool clear);

// Clear: sunglasses (30 % of the light through, grey-brown); borderline: a light coloured tint (68 %).
// `ownGlasses`: tint the person's own lenses instead of drawing a frame.
std::string tintGlasses(Layer& person, const Placement& at, Rng& rng, bool clear, bool ownGlasses);

} // namespace certphoto::synth::defect
