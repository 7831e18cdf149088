# Two commands on a fresh machine: `make run` and `make test`. Both create .venv and
# install what they need; `make test` also installs the system packages the suite uses
# (Xvfb, xdotool, poppler, Qt's X11 libraries) with apt-get when run as root.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SYSSTAMP := $(VENV)/.sysdeps

# Qt's xcb/offscreen platform libraries, the X server and tools the e2e tests drive,
# poppler for reading PDFs back, and PostgreSQL for the hub tests.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 \
	libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-shape0 libxcb-xkb1 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libpulse0 xvfb xdotool xclip x11-utils poppler-utils postgresql chromium

.PHONY: run test bench lint build clean translations sysdeps

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@# PySide6-Pdf is 6.12's split-out QtPdf; below 6.12 Addons carries it, and an old
	@# venv's copy would overwrite those files.
	$(PY) -m pip uninstall -y -q PySide6-Pdf 2>/dev/null || true
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The GUI needs Qt's X11 libraries even to start; install them when we can (root).
$(SYSSTAMP): Makefile
	@mkdir -p $(VENV)
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			echo "installing system packages: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		fi; \
	else echo "not root: assuming Qt's system libraries, Xvfb, xdotool and poppler are installed"; fi
	touch $(SYSSTAMP)

sysdeps: $(SYSSTAMP)

run: $(STAMP) $(SYSSTAMP)
	$(PY) -m ui.i18n_build
	$(PY) -m entrypoint run-demo

test: $(STAMP) $(SYSSTAMP)
	$(PY) -m ui.i18n_build
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto -p no:cacheprovider

bench: $(STAMP) $(SYSSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

translations: $(STAMP)
	$(PY) -m ui.i18n_build --update

build: $(STAMP)
	$(PY) -m ui.i18n_build
	$(VENV)/bin/pyinstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache
