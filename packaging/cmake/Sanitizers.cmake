# -DSEG_SANITIZE=ON builds everything with AddressSanitizer and UBSan (the asan preset).
option(SEG_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SEG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
