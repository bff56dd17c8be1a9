#pragma once
// Tells ThreadSanitizer about hand-overs between threads that Qt synchronises inside its own
// libraries (QtConcurrent's task queue, QFuture's result store), which ThreadSanitizer cannot
// see into: without this every such hand-over is reported as a data race. Compiles to
// nothing in other builds. Any thread.

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SEG_TSAN_HANDOFF 1
#endif
#endif
#if !defined(SEG_TSAN_HANDOFF) && defined(__SANITIZE_THREAD__)
#define SEG_TSAN_HANDOFF 1
#endif

#ifdef SEG_TSAN_HANDOFF
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
#endif

#include <utility>

namespace seg::ui {

// Everything this thread did before is visible to whatever another thread does after its
// own handOff() that Qt ordered after this one (a queued task starting, a result being
// read). Cheap and global: it orders only the hand-overs that really happen in that order.
inline void handOff() {
#ifdef SEG_TSAN_HANDOFF
    static char token;
    __tsan_acquire(&token);
    __tsan_release(&token);
#endif
}

// A member that hands over at every construction, copy, move and destruction of the object
// it is part of. Declared first, it is made before the other members and destroyed after
// them; the owner's constructors and destructor call handOff() in their bodies too, so that
// the members' writes come before the hand-over and their destruction after it.
struct HandOffMark {
    HandOffMark() { handOff(); }
    HandOffMark(const HandOffMark&) { handOff(); }
    HandOffMark& operator=(const HandOffMark&) {
        handOff();
        return *this;
    }
    ~HandOffMark() { handOff(); }
};

// A callable handed to another thread: every copy and move of it (made by the queue that
// carries it) hands over after writing, every call hands over before running and after it
// returns. The last: Qt may destroy the callable on the thread that posted it, when that
// thread drops its reference after the receiver has run it; the destruction then follows
// the call's reads.
template <typename Function>
class HandedOver {
public:
    explicit HandedOver(Function f) : m_function(std::move(f)) { handOff(); }
    HandedOver(const HandedOver& other) : m_function(other.m_function) { handOff(); }
    HandedOver(HandedOver&& other) noexcept : m_function(std::move(other.m_function)) {
        handOff();
    }
    HandedOver& operator=(const HandedOver&) = delete;
    HandedOver& operator=(HandedOver&&) = delete;
    ~HandedOver() { handOff(); }

    decltype(auto) operator()() {
        handOff();
        struct AfterCall {
            ~AfterCall() { handOff(); }
        } afterCall;
        return m_function();
    }

private:
    HandOffMark m_mark;  // first: see HandOffMark
    Function m_function;
};

}  // namespace seg::ui
