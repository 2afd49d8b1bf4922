// A test hook, not a feature. The service tests must show that a main loop
// which stalls stops the WATCHDOG=1 pings (so systemd kills and restarts the
// program) while the other threads go on; nothing else can make the real
// binary's main loop stall on demand from outside.
//
// Armed only when SIGNPOST_TEST_STALL_ON_SIGUSR1=1 is in the environment at
// start (read once, by arm_stall_hook_from_environment()). Unarmed, SIGUSR1
// keeps its default action (the process ends, as before) and
// stall_requested() is always false, so production never stalls by it.
// Armed, SIGUSR1 only sets a flag; the main loop sees it at its next wake-up
// (at least once per watchdog period) and then stalls (see kiosk.cpp).
#pragma once

namespace signpost {

// Call once on the main thread before other threads start. Returns whether
// the hook is armed (and logs a warning saying so, as it must never be on a board).
bool arm_stall_hook_from_environment();

// True once an armed hook has received SIGUSR1.
bool stall_requested();

}  // namespace signpost
