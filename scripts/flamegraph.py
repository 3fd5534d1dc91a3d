#!/usr/bin/env python3
"""Collapsed stacks ("frame;frame;frame count" per line, as async-profiler writes them) on stdin → a flame graph
SVG on stdout: one box per frame, as wide as its share of the samples, callers below callees, hover for the
name and the share. A self-contained file a browser opens as it is; no scripts. Boxes narrower than 3 px
(under ~0.2 % of the samples) are left out, which keeps a file of deep reactive stacks small enough to commit.

    python3 scripts/flamegraph.py --title "gateway" < gateway.collapsed > gateway.svg
"""
import argparse
import hashlib
import html
import sys

WIDTH, ROW, FONT, MIN_PX = 1400, 17, 11, 3


def parse(lines):
    root = {"name": "all", "count": 0, "children": {}}
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            continue
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        root["count"] += n
        node = root
        for frame in stack.split(";"):
            node = node["children"].setdefault(frame, {"name": frame, "count": 0, "children": {}})
            node["count"] += n
    return root


def colour(name):
    # Java frames green, JIT-compiled/native C++ and kernel frames warm: the same name keeps its colour
    h = int(hashlib.md5(name.encode()).hexdigest()[:4], 16) / 0xFFFF
    if name.endswith("_[j]") or name.endswith("_[i]") or "/" in name or "." in name:
        return f"rgb({50 + int(60 * h)},{160 + int(60 * h)},{50 + int(40 * h)})"
    if name.endswith("_[k]"):
        return f"rgb({200 + int(55 * h)},{120 + int(60 * h)},50)"
    return f"rgb({220 + int(35 * h)},{80 + int(90 * h)},{40 + int(30 * h)})"


def depth_of(node):
    return 1 + max((depth_of(c) for c in node["children"].values()), default=0)


def render(root, title):
    total = max(root["count"], 1)
    depth = depth_of(root)
    height = (depth + 3) * ROW
    scale = (WIDTH - 20) / total
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'font-family="monospace" font-size="{FONT}">',
           f'<rect width="100%" height="100%" fill="#fdfdf6"/>',
           f'<text x="{WIDTH / 2}" y="{ROW}" text-anchor="middle" font-size="{FONT + 4}">'
           f'{html.escape(title)} ({total} samples)</text>']

    def draw(node, x, level):
        width = node["count"] * scale
        if width < MIN_PX:
            return
        y = height - (level + 1) * ROW
        label = html.escape(node["name"])
        share = 100.0 * node["count"] / total
        out.append(f'<g><title>{label} ({node["count"]} samples, {share:.2f}%)</title>'
                   f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{ROW - 1}" rx="2" '
                   f'fill="{colour(node["name"])}"/>')
        chars = int(width / (FONT * 0.62))
        if chars >= 3:
            text = node["name"] if len(node["name"]) <= chars else node["name"][:chars - 2] + ".."
            out.append(f'<text x="{x + 3:.1f}" y="{y + ROW - 5}">{html.escape(text)}</text>')
        out.append('</g>')
        child_x = x
        for child in sorted(node["children"].values(), key=lambda c: c["name"]):
            draw(child, child_x, level + 1)
            child_x += child["count"] * scale

    draw(root, 10, 0)
    out.append('</svg>')
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--title", default="CPU flame graph")
    args = parser.parse_args()
    sys.setrecursionlimit(10000)
    print(render(parse(sys.stdin), args.title))


if __name__ == "__main__":
    main()
