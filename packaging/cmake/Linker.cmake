# Link with lld when it is installed: every test executable links the static core and
# LibTorch, and GNU ld takes several seconds over each of them.
option(SEG_USE_LLD "Link with lld when it is installed" ON)
find_program(SEG_LLD ld.lld)
if(SEG_USE_LLD AND SEG_LLD)
  add_link_options(-fuse-ld=lld)
  message(STATUS "Linking with lld: ${SEG_LLD}")
endif()
