# Unity builds: CMake compiles a library's sources in batches, one translation unit per
# batch. LibTorch's templates are instantiated and optimised once per translation unit, so
# four model files built as one take about a third of the time of the four apart (49 s
# against 159 s, GCC -O3 with the precompiled header); Qt's and OpenCV's headers are parsed
# once per batch instead of once per file. This keeps a cold build, and CI's three of them,
# short. The dev preset turns it off, so that changing one file recompiles that file alone.
# A file's helpers live in an anonymous namespace, which a batch shares: give them names of
# their own (two files' `number()` would clash, or worse, overload each other).
option(SEG_UNITY_BUILD "Compile each library's sources in batches (unity build)" ON)

# seg_unity_build(<target> <files per batch>)
function(seg_unity_build target batch)
  if(SEG_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${batch})
  endif()
endfunction()
