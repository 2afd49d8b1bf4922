# Install layout and the Debian package.
#   cmake --install build --prefix /usr     (or: cpack --config build/CPackConfig.cmake)
# puts the binary in /usr/bin, the unit in /usr/lib/systemd/system, data in
# /usr/share/signpost, an example config in /etc/signpost.
set(SIGNPOST_DATA_DEST "${CMAKE_INSTALL_DATADIR}/signpost")

install(FILES systemd/signpost@.service DESTINATION lib/systemd/system)
install(FILES systemd/signpost.sysusers DESTINATION lib/sysusers.d RENAME signpost.conf)
install(FILES systemd/signpost.tmpfiles DESTINATION lib/tmpfiles.d RENAME signpost.conf)
install(FILES systemd/kmsdrm.conf systemd/software-renderer.conf
        DESTINATION "${SIGNPOST_DATA_DEST}/systemd")
install(FILES fonts/manifest.txt DESTINATION "${SIGNPOST_DATA_DEST}/fonts")
install(FILES assets/demo-feed.json DESTINATION "${SIGNPOST_DATA_DEST}/assets")
install(DIRECTORY config/schema DESTINATION "${SIGNPOST_DATA_DEST}")
install(FILES config/example.json DESTINATION /etc/signpost)
install(FILES README.md docs/architecture.md docs/config.md docs/feed-format.md
              docs/feed-client.md docs/importers.md docs/deploy.md
              docs/live-format.md docs/operations.md
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME signpost)
set(CPACK_PACKAGE_VENDOR "Signpost developers")
set(CPACK_PACKAGE_CONTACT "Signpost developers <signpost@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Kiosk signage for venue wayfinding (now/next, directory)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Shared libraries are found by dpkg-shlibdeps; fonts and time zones are data
# that no ELF file names, so they are listed by hand: a Korean-capable font.
# procps gives /bin/kill, the unit's ExecReload; a minimal Debian root lacks it
# and `systemctl reload` then fails with 203/EXEC. ca-certificates is the CA
# bundle libcurl opens for an HTTPS feed: without it every fetch fails (curl 77).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-noto-cjk | fonts-nanum, fonts-dejavu-core, tzdata, systemd, procps, ca-certificates")
# Maintainer scripts: the unit's groups (sysusers), daemon-reload, restart
# on upgrade, stop on removal, state and enablement forgotten on purge.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/cmake/debian/conffiles" "${PROJECT_SOURCE_DIR}/cmake/debian/postinst"
    "${PROJECT_SOURCE_DIR}/cmake/debian/prerm" "${PROJECT_SOURCE_DIR}/cmake/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
