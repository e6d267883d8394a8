# Installs the build into a scratch prefix and checks that every installed file is where the
# desktop, the menu and software centres look for it.
# cmake -DBUILD_DIR=... -DPREFIX=... -DWITH_GUI=ON|OFF -P InstallCheck.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
  RESULT_VARIABLE exit_code
  OUTPUT_QUIET
  ERROR_VARIABLE errors)
if(NOT exit_code EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${exit_code}): ${errors}")
endif()

set(expected bin/batonctl)
if(WITH_GUI)
  list(APPEND expected
    bin/baton
    share/applications/io.github.baton.Baton.desktop
    share/metainfo/io.github.baton.Baton.metainfo.xml
    share/icons/hicolor/scalable/apps/baton.svg
    share/icons/hicolor/256x256/apps/baton.png)
endif()
set(missing "")
foreach(relative IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${relative}")
    list(APPEND missing "${relative}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "Not installed: ${missing}")
endif()

if(WITH_GUI)
  file(READ "${PREFIX}/share/applications/io.github.baton.Baton.desktop" desktop)
  if(NOT desktop MATCHES "\nExec=baton" OR NOT desktop MATCHES "\nIcon=baton\n")
    message(FATAL_ERROR "The desktop entry does not start baton with its icon")
  endif()
  file(READ "${PREFIX}/share/metainfo/io.github.baton.Baton.metainfo.xml" metainfo)
  if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">io.github.baton.Baton.desktop</launchable>")
    message(FATAL_ERROR "The AppStream metadata does not name the desktop entry")
  endif()
  # The PNG is installed under the size it has: bytes 16-23 of a PNG are its width and height.
  file(READ "${PREFIX}/share/icons/hicolor/256x256/apps/baton.png" size OFFSET 16 LIMIT 8 HEX)
  if(NOT size STREQUAL "0000010000000100")
    message(FATAL_ERROR "baton.png is not 256x256 (header ${size})")
  endif()
endif()
file(REMOVE_RECURSE "${PREFIX}")
