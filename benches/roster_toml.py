"""Writes a roster as TOML, the way the benchmarks make their inputs."""


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, cctlds):
    """Writes the ccTLDs (dicts as tomllib reads a roster) to `path`."""
    lines = []
    for c in cctlds:
        lines += ["[[cctld]]", f"code = {q(c['code'])}"]
        for k in ("registry", "emergency_phone"):
            if k in c:
                lines.append(f"{k} = {q(c[k])}")
        for p in c["contact"]:
            lines.append("[[cctld.contact]]")
            for k, v in p.items():
                lines.append(f"{k} = [{', '.join(q(x) for x in v)}]" if isinstance(v, list) else f"{k} = {q(v)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
