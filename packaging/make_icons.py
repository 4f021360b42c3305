"""Make the app icon's PNG, ICO and ICNS files from resources/icons/gapkit.svg.

Run after editing the SVG: `.venv/bin/python packaging/make_icons.py`. Qt's SVG renderer draws
each size (so small sizes are drawn, not shrunk from a big bitmap); Pillow, which reportlab
already brings, packs the Windows .ico and the macOS .icns.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICON_DIR / "gapkit.svg"
# Linux hicolor theme sizes and the Qt window icon; 1024 is for the macOS .icns.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    assert app is not None
    rendered = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        (ICON_DIR / f"gapkit-{size}.png").write_bytes(rendered[size])
    images = {size: Image.open(io.BytesIO(rendered[size])) for size in rendered}
    # Pillow writes every size listed from the largest image; give it the drawn sizes instead.
    biggest_ico = images[max(ICO_SIZES)]
    biggest_ico.save(
        ICON_DIR / "gapkit.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[max(ICNS_SIZES)].save(
        ICON_DIR / "gapkit.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    written = sorted(p.name for p in ICON_DIR.iterdir() if p.suffix in {".png", ".ico", ".icns"})
    print("wrote", ", ".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
