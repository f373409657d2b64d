#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them.
#   pylupdate5 (Debian: pyqt5-dev-tools) extracts tr()/translate()/QT_TRANSLATE_NOOP texts,
#   keeping the translations already in the .ts; lrelease (qttools5-dev-tools) writes the .qm.
# Translate new entries with Qt Linguist (linguist resources/i18n/console_zh_CN.ts) or an editor.
set -euo pipefail
cd "$(dirname "$0")/../.."
pylupdate5 -noobsolete console/widgets/*.py console/maps/*.py -ts resources/i18n/console_zh_CN.ts 2> >(grep -v DeprecationWarning | grep -v getdefaultlocale >&2)
lrelease resources/i18n/console_zh_CN.ts -qm resources/i18n/console_zh_CN.qm
lrelease resources/i18n/qgis_extra_zh_CN.ts -qm resources/i18n/qgis_extra_zh_CN.qm
