# Sanitizer and fuzzing builds (the asan and tsan presets; see docs/testing.md).
#   SEG_SANITIZER=address   AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite
#   SEG_SANITIZER=thread    ThreadSanitizer, for the tests that run work on other threads
#   SEG_FUZZ=ON             libFuzzer targets for every reader (tests/fuzz; needs clang)
set(SEG_SANITIZER "" CACHE STRING "Sanitizer to build with: address, thread or empty")
set_property(CACHE SEG_SANITIZER PROPERTY STRINGS "" address thread)
option(SEG_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)

if(SEG_SANITIZER STREQUAL "address")
  # Any report fails the process (and so the test) instead of scrolling past.
  set(seg_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all)
elseif(SEG_SANITIZER STREQUAL "thread")
  set(seg_sanitize_flags -fsanitize=thread)
elseif(NOT SEG_SANITIZER STREQUAL "")
  message(FATAL_ERROR "SEG_SANITIZER must be address, thread or empty, not '${SEG_SANITIZER}'")
endif()

# What every test of a sanitizer build runs with: reports end the process with a stack that
# names files and lines, and the suppressions (third-party libraries only) in tests/sanitizers.
set(seg_supp ${PROJECT_SOURCE_DIR}/tests/sanitizers)
if(SEG_SANITIZER STREQUAL "address")
  set(SEG_SANITIZER_ENV
      "ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=0:strict_init_order=1"
      "LSAN_OPTIONS=suppressions=${seg_supp}/lsan.supp:print_suppressions=0"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${seg_supp}/ubsan.supp")
elseif(SEG_SANITIZER STREQUAL "thread")
  set(SEG_SANITIZER_ENV
      "TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=${seg_supp}/tsan.supp")
endif()

if(seg_sanitize_flags)
  # Line tables are enough for the reports' stack traces and much cheaper to build than
  # full debug information; -O1 keeps the instrumented tests fast.
  add_compile_options(${seg_sanitize_flags} -fno-omit-frame-pointer -gline-tables-only)
  add_link_options(${seg_sanitize_flags})
endif()

if(SEG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SEG_FUZZ needs clang (libFuzzer): configure with the asan preset")
  endif()
  # core's readers are instrumented for coverage here; the fuzz targets link libFuzzer.
  set(SEG_FUZZ_COVERAGE_FLAGS -fsanitize=fuzzer-no-link)
endif()
