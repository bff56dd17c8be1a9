// The one source of the targets that build the tests' shared precompiled headers
// (tests/CMakeLists.txt): they need something to compile.
