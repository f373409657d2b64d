# Set-up is idempotent: each step leaves a stamp, and a second run installs nothing that is there.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP_APT := $(VENV)/.apt-done
STAMP_PIP := $(VENV)/.pip-done
STAMP_FIELD := console/field/vendor/.build-done
APT_PACKAGES := python3-qgis qgis-providers libsqlite3-mod-spatialite python3-venv xvfb \
	postgresql-15 postgresql-15-postgis-3 xauth fonts-noto-cjk chromium chromium-driver \
	python3-pyqt5.qtchart python3-pyqt5.qtmultimedia poppler-utils

.PHONY: run test bench screenshots setup lint demo

setup: $(STAMP_PIP) $(STAMP_FIELD)

# the package list lives here: a change of it checks again (only missing packages are installed)
$(STAMP_APT): Makefile
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	@touch $@

$(STAMP_PIP): $(STAMP_APT) pyproject.toml requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[test]'
	@touch $@

# 城管通's npm libraries, bundled into console/field/vendor/ (scripts/build-field.sh)
$(STAMP_FIELD): console/field/package-lock.json console/field/src/ol-entry.js scripts/build-field.sh
	@bash scripts/build-field.sh
	@touch $@

run: setup
	@bash scripts/run-demo.sh

test: setup
	@bash scripts/run-tests.sh

bench: setup
	@bash scripts/run-bench.sh

screenshots: setup
	@bash scripts/screenshots.sh

lint: setup
	$(VENV)/bin/ruff check console tests bench
	$(VENV)/bin/lint-imports
