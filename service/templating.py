"""The Jinja2 environments: HTML pages (autoescaped) and plain-text summaries and prompts."""

from pathlib import Path

import jinja2
from starlette.templating import Jinja2Templates

TEMPLATES = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=TEMPLATES)
text_templates = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES / "summary"), autoescape=False,
                                    undefined=jinja2.StrictUndefined)
