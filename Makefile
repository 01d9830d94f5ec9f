# Two commands set everything up on a fresh Debian machine with Python 3.11:
#   make run    - create .venv, install the locked dependencies, start the app
#   make test   - the same set-up, then lint and the whole test suite, headless, and the
#                 service and storage tests again on a throwaway PostgreSQL 15
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.stamp-deps

# Qt's offscreen platform (tests) needs these libraries and a font; a real X11
# window needs the second list too. Installed when missing and we are root on Debian.
QT_LIBS_OFFSCREEN := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core
QT_LIBS_X11       := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
# The tests' PostgreSQL (tests/pg_cluster.py): Debian's server, the client library psycopg
# loads, and openssl for the server's self-signed certificate.
PG_DEBS := postgresql-15 libpq5 openssl

.PHONY: run test test-postgres pgdeps lint bench bench-scale package package-check package-check-frozen package-check-debian \
	package-deb deb-tools demo sysdeps sysdeps-x11 clean translations icons \
	translations-update mutants locks sbom

# Qt translations: .ts sources are kept in git, .qm files are generated from them.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

run: sysdeps sysdeps-x11 $(STAMP) translations
	$(VENV)/bin/ips-desktop

# The whole suite on SQLite (SQLCipher), then the service and storage tests on PostgreSQL;
# both run (a failure in the first does not hide the second), and either failing fails.
# tests/pg_cluster.py starts the throwaway cluster around both and removes it afterwards.
# Bytecode is cached even where PYTHONDONTWRITEBYTECODE is set: each xdist worker imports
# every test module, and compiling them and pytest's assertion rewriting again on each run
# cost about 13 s of CPU per worker (__pycache__ is in .gitignore).
PYTEST := PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --dist loadfile
PG_TESTS := tests/services tests/storage
test: sysdeps pgdeps $(STAMP) translations
	$(VENV)/bin/ruff check .
	$(PY) -m tests.pg_cluster -- sh -c '$(PYTEST); sqlite=$$?; \
		IPS_TEST_BACKEND=postgresql $(PYTEST) $(PG_TESTS); pg=$$?; \
		[ $$sqlite = 0 ] && [ $$pg = 0 ]'

# Only the PostgreSQL half of `make test`.
test-postgres: pgdeps $(STAMP) translations
	$(PY) -m tests.pg_cluster -- env IPS_TEST_BACKEND=postgresql $(PYTEST) $(PG_TESTS)

pgdeps:
	$(call install_debs,$(PG_DEBS))

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The frozen start-up rows (bench/frozen_startup.py) time windows on an Xvfb with xev.
BENCH_DEBS := xvfb x11-utils
bench: sysdeps sysdeps-x11 $(STAMP) translations
	$(call install_debs,$(BENCH_DEBS))
	$(PIP) install --quiet -r requirements/package.txt
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Issue 21's scale: the participant list at ten times the large demo's history, on
# SQLCipher and on a throwaway PostgreSQL (the database is built once, about 25 minutes).
bench-scale: sysdeps sysdeps-x11 pgdeps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.pg_cluster -- $(PY) -m bench --scale 10 \
		--only "participant list"

demo: $(STAMP)
	$(VENV)/bin/ips-desktop demo --size small

$(STAMP): requirements/runtime.txt requirements/dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is needed"' \
		|| { echo "IPS Desktop needs Python 3.11 ($(PYTHON) not found or another version)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements/runtime.txt -r requirements/dev.txt
	$(PIP) install --quiet --no-deps -e .
	touch $@

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After adding tr() strings: refresh the .ts sources, then translate the new entries.
translations-update: $(STAMP)
	for lang in da nb en; do $(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ips_desktop/ui -name '*.py' | sort) \
		-source-language en -target-language $$lang -ts resources/translations/ips_desktop_$$lang.ts; done

# Mutation testing (mutmut, configured in pyproject.toml): not part of `make test` or CI.
# CPU-heavy: runs niced; limit it with e.g. MUTANTS='ips_desktop.domain.cpr*' and
# MUTANT_JOBS=1. Survivors are listed at the end and explained in README.md.
MUTANTS ?=
MUTANT_JOBS ?= 2
mutants: $(STAMP)
	nice -n 19 $(VENV)/bin/mutmut run --max-children $(MUTANT_JOBS) $(MUTANTS)
	$(VENV)/bin/mutmut results

# Installs the missing Debian packages when root, else prints the command to run.
define install_debs
	@missing=""; for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if ! command -v apt-get >/dev/null 2>&1; then echo "Not Debian: install the equivalents of$$missing"; \
		elif [ "$$(id -u)" = 0 ]; then echo "Installing$$missing"; \
			(apt-get install -y -qq --no-install-recommends $$missing >/dev/null 2>&1 || \
			 { apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; }) || exit 1; \
		else echo "System packages are missing. Run:  sudo apt-get install --no-install-recommends$$missing"; exit 1; fi; \
	fi
endef

sysdeps:
	$(call install_debs,$(QT_LIBS_OFFSCREEN))

sysdeps-x11:
	$(call install_debs,$(QT_LIBS_X11))

# The app icon rendered for the installers: build/icons/ips-desktop-<size>.png
# (16 ... 512), ips-desktop.ico and ips-desktop.icns, from resources/icons/ips-desktop.svg.
ICON_SVG := resources/icons/ips-desktop.svg
icons: build/icons/.stamp-icons
build/icons/.stamp-icons: $(ICON_SVG) packaging/icons.py $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/icons.py --out build/icons
	touch $@

# The Windows and macOS locks, requirements/windows.txt and macos.txt: all that CI needs
# there (runtime, tests, packaging), resolved for that platform by uv, which pip-compile
# cannot do, with the Linux locks as constraints so each platform gets the same versions.
# Wheels only, so a package with no wheel for the platform fails here, not on the runner.
# macOS means Apple silicon, macOS 15 or later: pyicu-wheels has no wheel for older ones.
# Regenerate after changing requirements/*.in and the Linux locks (pip-compile).
UV_COMPILE = $(VENV)/bin/uv pip compile --quiet requirements/runtime.in requirements/dev.in \
	-c requirements/runtime.txt -c requirements/dev.txt --python-version 3.11 --only-binary :all: \
	--no-emit-index-url --no-emit-find-links --custom-compile-command "make locks"
locks: $(STAMP)
	$(UV_COMPILE) --python-platform x86_64-pc-windows-msvc -o requirements/windows.txt
	MACOSX_DEPLOYMENT_TARGET=15.0 $(UV_COMPILE) --python-platform aarch64-apple-darwin \
		-o requirements/macos.txt

# The CycloneDX SBOM of the bundle, dist/ips-desktop-<version>.cdx.json (packaging/sbom.py):
# the Python distributions the app needs on this platform, by cyclonedx-py, plus Qt, SQLCipher,
# SQLite, OpenSSL, ICU, HarfBuzz, CPython and the fonts; validated against the CycloneDX schema.
sbom: $(STAMP)
	$(PY) packaging/sbom.py

# One-folder executable in dist/ips-desktop (PyInstaller; build/ is its work folder).
# The build cuts ICU's data and links Qt to PyICU's ICU (icu-devtools, gcc), and
# points Pillow at Debian's image libraries and drops the build machine's RUNPATHs
# (patchelf; the libraries must be here to be found): packaging/bundle_icu.py,
# packaging/runpaths.py and ips_desktop.spec say why.
PACKAGE_BUILD_DEBS := icu-devtools gcc binutils patchelf libjpeg62-turbo libtiff6 libopenjp2-7 \
	libxcb1
package: sysdeps $(STAMP) translations
	$(call install_debs,$(PACKAGE_BUILD_DEBS))
	$(PIP) install --quiet -r requirements/package.txt
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache $(VENV)/bin/pyinstaller \
		--noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
		ips_desktop.spec

# The frozen-app tests need a Secret Service (gnome-keyring in a private D-Bus
# session, never the user's keyring), an X server for the real xcb window, and
# xdotool to type and press keys in it as a user would.
FROZEN_TEST_DEBS := gnome-keyring dbus xvfb xauth xdotool
FROZEN := dist/ips-desktop/ips-desktop
BUNDLE_MAX_DISK_MB := 120
BUNDLE_MAX_XZ_MB := 50

# Everything about the packaged app: size and the frozen-app tests, then the .deb on a
# bare Debian (install, upgrade).
package-check: package-check-frozen package-check-debian

# Size (on disk and compressed, printed; fails above the limits), then the frozen
# app's tests: every CLI command, the window, the print preview, the keyring.
package-check-frozen: package sysdeps-x11
	$(call install_debs,$(FROZEN_TEST_DEBS))
	$(PY) packaging/bundle_size.py dist/ips-desktop \
		--max-disk-mb $(BUNDLE_MAX_DISK_MB) --max-xz-mb $(BUNDLE_MAX_XZ_MB)
	dbus-run-session -- sh -c 'printf frozen-test | gnome-keyring-daemon --unlock \
		--components=secrets >/dev/null && QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q \
		tests/packaging --frozen $(FROZEN) --secret-service'

# --- The Debian package (packaging/linux/) -------------------------------------
# dist/ips-desktop_<version>_amd64.deb from the one-folder app, with dpkg-deb only;
# Depends is computed from the bundle (build_deb.py says how). objdump is binutils;
# Xvfb lets package-check-debian open the installed app's window on a real X server.
APP_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' ips_desktop/__init__.py)
DEB         := dist/ips-desktop_$(APP_VERSION)_amd64.deb
DEB_TOOLS   := binutils debootstrap xvfb

package-deb: package icons sysdeps-x11 deb-tools
	nice python3 packaging/linux/build_deb.py --bundle dist/ips-desktop --out dist

deb-tools:
	$(call install_debs,$(DEB_TOOLS))

# The build an upgrade starts from: a commit of main whose newest migration is
# older than ours (0009_privacy, before 0010_erasure_index), built in a git
# worktree of its own and packaged as version 0.0.9 so dpkg sees an upgrade.
# Cached by commit under build/old-build/; the worktree is removed afterwards.
UPGRADE_FROM         ?= a3694feac9798e1ad2915a224f1634ba7de4c04d
UPGRADE_FROM_VERSION ?= 0.0.9
OLD_BUILD := build/old-build/$(UPGRADE_FROM)
OLD_DEB   := $(OLD_BUILD)/ips-desktop_$(UPGRADE_FROM_VERSION)_amd64.deb

$(OLD_DEB): | icons deb-tools sysdeps-x11
	rm -rf $(OLD_BUILD)/src && git worktree prune
	git worktree add --detach $(OLD_BUILD)/src $(UPGRADE_FROM)
	nice $(MAKE) -C $(OLD_BUILD)/src package
	nice python3 packaging/linux/build_deb.py --bundle $(OLD_BUILD)/src/dist/ips-desktop \
		--version $(UPGRADE_FROM_VERSION) --out $(OLD_BUILD) --work build/deb
	git worktree remove --force $(OLD_BUILD)/src

# Installs the .deb into a minimal Debian 12 without Python (debootstrap, once,
# cached in build/debian-root/) and runs it there as a new user; then upgrades
# the older build to it and shows the data, keyring entry and settings survive.
# Needs root. packaging/linux/check_deb.py says what is checked.
package-check-debian: package-deb $(OLD_DEB) $(STAMP)
	$(PY) packaging/linux/check_deb.py --deb $(DEB) --old-deb $(OLD_DEB)

clean:
	rm -rf $(VENV) build/pyinstaller dist .pytest_cache .ruff_cache .mypy_cache
