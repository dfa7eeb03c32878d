# The two commands: `make run` opens Yandu, `make test` runs every test.
# Both install what a fresh Debian/Ubuntu machine lacks: system packages, then a virtual environment.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint system venv translations bench bench-system stress package package-system clean

run: system venv translations
	$(BIN)/yandu

test: system venv translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# lint, formatting and types: part of `make test`
lint: venv
	$(BIN)/ruff check desktop tests bench packaging
	$(BIN)/ruff format --check desktop tests bench packaging
	$(BIN)/mypy

system:
	@packaging/install-system-packages.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,ocr]'
	touch $(STAMP)

translations: venv
	@$(BIN)/python packaging/translations.py build


bench: system bench-system venv translations
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/python packaging/build.py --frozen-only --bare
	$(BIN)/python -m bench

# the reliability campaign (several minutes; CI runs its --quick slice inside `make test`)
stress: system venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.stress

# the installable program: a PyInstaller build, a .deb and a user archive in build/dist (see README)
package: system package-system venv translations
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/python packaging/build.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke.py

bench-system:
	@packaging/install-system-packages.sh packaging/system-packages.txt packaging/bench-system-packages.txt

package-system:
	@packaging/install-system-packages.sh packaging/system-packages.txt packaging/package-system-packages.txt

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
