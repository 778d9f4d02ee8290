"""Regenerate docs/screenshot.svg (the README's picture): python docs/screenshot.py"""

from __future__ import annotations

import asyncio
from pathlib import Path

from scaletui.app import ScaleTUIApp
from scaletui.story import load_story, resolve_pack

HERE = Path(__file__).parent


async def main() -> None:
    app = ScaleTUIApp(load_story(resolve_pack(None)))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.save_screenshot(str(HERE / "screenshot.svg"))


if __name__ == "__main__":
    asyncio.run(main())
