"""The phone page: plain HTML, one small inline script, nothing loaded from anywhere else.

Every piece of text from the project or a phone goes through ``html.escape``; the script only keeps
the nickname in the phone's storage, so the page works without it too. No Qt.
"""
from __future__ import annotations

from html import escape
from urllib.parse import quote

from .box import BallotBox, Tap

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;
background:#f4f5f7;color:#111}
header{background:#1f3a5f;color:#fff;padding:14px 16px}
h1{font-size:21px;margin:0 0 2px}
header p{margin:0;opacity:.9}
main{padding:12px 12px 40px}
.who{display:flex;gap:8px;margin:0 0 12px}
.who input{flex:1;min-width:0;font-size:17px;padding:10px;border:1px solid #9aa3ad;border-radius:8px}
.who button{font-size:16px;padding:10px 12px;border-radius:8px;border:0;background:#1f3a5f;color:#fff}
.left{font-size:18px;margin:6px 2px 12px}
.dot{display:inline-block;width:14px;height:14px;border-radius:50%;background:#d9480f;margin-right:3px;
vertical-align:-1px}
.dot.off{background:#fff;border:2px solid #d9480f}
ol{list-style:none;margin:0;padding:0}
li{background:#fff;border-radius:10px;margin:0 0 10px;padding:12px;display:flex;align-items:center;gap:10px;
box-shadow:0 1px 2px rgba(0,0,0,.12)}
li .t{flex:1;min-width:0;overflow-wrap:anywhere}
li .n{min-width:2.2em;text-align:center;font-weight:700;font-size:20px}
li form{margin:0;display:flex;gap:6px}
li button{width:48px;height:48px;font-size:26px;border-radius:10px;border:0;background:#d9480f;color:#fff}
li button.minus{background:#e6e8eb;color:#111}
li button:disabled{opacity:.35}
.msg{background:#fff3bf;border-radius:8px;padding:10px 12px;margin:0 0 12px}
.closed{padding:40px 20px;text-align:center;font-size:20px}
"""

SCRIPT = """
(function(){var k="journeymap-nickname",p=new URLSearchParams(location.search).get("p");
try{if(p){localStorage.setItem(k,p)}else{var s=localStorage.getItem(k);
if(s){location.replace(location.pathname+"?p="+encodeURIComponent(s));return}
var f=document.getElementById("nick");if(f)localStorage.setItem(k,f.value)}}catch(e){}})();
"""


def _head(title: str, nonce: str) -> str:
    return ("<!doctype html><html lang=en><head><meta charset=utf-8>"
            "<meta name=viewport content=\"width=device-width,initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>")


def _script(nonce: str) -> str:
    # At the end of the body, so the nickname field exists when it runs.
    return f"<script nonce=\"{nonce}\">{SCRIPT}</script>"


def _dots(used: int, total: int) -> str:
    return "<span class=dot></span>" * used + "<span class=\"dot off\"></span>" * max(0, total - used)


def ballot_page(box: BallotBox, who: str, tap: Tap, *, nonce: str, message: str = "") -> str:
    """The round's choices with this participant's dots and a + / - per choice."""
    base = f"/v/{box.token}"
    used = box.dots - tap.left
    rows = []
    for c in box.candidates:
        n = tap.mine.get(c.id, 0)
        full = tap.left <= 0 or (box.max_per_item is not None and n >= box.max_per_item)
        rows.append(
            f"<li><span class=t>{escape(c.title)}</span><span class=n>{n}</span>"
            f"<form method=post action=\"{base}/vote\"><input type=hidden name=p value=\"{escape(who)}\">"
            f"<input type=hidden name=pp value=\"{escape(c.id)}\">"
            f"<button class=minus name=op value=remove aria-label=\"one dot less\"{' disabled' if not n else ''}>"
            "\u2212</button>"
            f"<button name=op value=add aria-label=\"one dot more\"{' disabled' if full else ''}>+</button>"
            "</form></li>")
    question = f"<p>{escape(box.question)}</p>" if box.question else ""
    note = f"<p class=msg role=status>{escape(message)}</p>" if message else ""
    return (_head(box.name, nonce) + "<body><header>"
            f"<h1>{escape(box.name)}</h1>{question}</header><main>{note}"
            f"<form class=who method=get action=\"{base}\"><input id=nick name=p maxlength=60 "
            f"value=\"{escape(who)}\" aria-label=\"your name or nickname\"><button>Use name</button></form>"
            f"<p class=left>{_dots(used, box.dots)} {tap.left} of {box.dots} dots left</p>"
            f"<ol>{''.join(rows)}</ol></main>{_script(nonce)}</body></html>")


def closed_page(nonce: str) -> str:
    return (_head("Voting closed", nonce) +
            "<body><p class=closed>This round is closed. Thank you for voting.</p></body></html>")


def page_url(box: BallotBox, who: str) -> str:
    return f"/v/{box.token}?p={quote(who)}"
