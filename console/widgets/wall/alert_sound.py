"""The wall's alert sound: a two-tone chime through Qt Multimedia's ``QSoundEffect`` (Debian
``python3-pyqt5.qtmultimedia``), written once as a small WAV; without that module, or when
the effect cannot load (no audio device), ``QApplication.beep()``."""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QUrl
from qgis.PyQt.QtWidgets import QApplication

from console.widgets.qt_binding import extra_module

RATE = 22_050


def write_chime(path: Path) -> Path:
    """Two tones (880 Hz, 660 Hz), 0.35 s each, with a soft edge: clearly an alert, not a
    squeal, in a 16-bit mono WAV."""
    frames = bytearray()
    for freq in (880.0, 660.0, 880.0, 660.0):
        n = int(RATE * 0.35)
        for i in range(n):
            edge = min(1.0, i / 400, (n - i) / 400)
            frames += struct.pack("<h", int(12_000 * edge * math.sin(2 * math.pi * freq * i / RATE)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


def sound_effect_class():
    """``QSoundEffect`` of the binding QGIS runs on (``qgis.PyQt`` has no Qt Multimedia
    wrapper; ``qt_binding`` finds it), or None."""
    multimedia = extra_module("QtMultimedia")
    return multimedia.QSoundEffect if multimedia is not None else None


class AlertSound(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.effect = None
        self.kind = "beep"
        self.played = 0
        QSoundEffect = sound_effect_class()  # noqa: N806 (a class)
        if QSoundEffect is None:  # no Qt Multimedia: the system bell
            return
        self._dir = tempfile.TemporaryDirectory(prefix="console-wall-")
        path = write_chime(Path(self._dir.name) / "alert.wav")
        self.effect = QSoundEffect(self)
        self.effect.setSource(QUrl.fromLocalFile(str(path)))
        self.effect.setVolume(0.9)
        self.kind = "QSoundEffect"

    def play(self) -> None:
        self.played += 1
        if self.effect is not None and self.effect.status() != self.effect.Error:
            self.effect.play()
        else:
            QApplication.beep()
