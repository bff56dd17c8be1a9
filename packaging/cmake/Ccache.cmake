# Use ccache when present. base_dir makes the absolute paths of this checkout relative, so a
# fresh clone elsewhere (as CI makes) hits the cache of the last one. Precompiled headers
# need the pch_defines and time_macros sloppiness to hit at all.
option(SEG_USE_CCACHE "Compile through ccache when it is installed" ON)
find_program(SEG_CCACHE ccache)
if(SEG_USE_CCACHE AND SEG_CCACHE)
  set(launcher ${CMAKE_COMMAND} -E env
      "CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}"
      "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      ${SEG_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${launcher})
  message(STATUS "Compiling through ccache: ${SEG_CCACHE}")
endif()
