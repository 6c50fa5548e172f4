#!/usr/bin/env python3
"""Replays the checklist uploads that once held the server for minutes, at their full size, against a running server.

Each attack is posted on its own thread while a probe searches every 100 ms; then an honest protocol is checked.
Prints, per attack, the HTTP status, the error code and the seconds it held its slot; the probe's slowest search and
how many searches failed; the server's peak resident memory. Used by bench/attacks.sh, which starts the server.
    attacks.py PORT PID [HONEST_PROTOCOL]
"""
import io
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
import zlib
import zipfile


def markdown(paragraphs):
    out = io.StringIO()
    out.write("# Study protocol\n\n## 6 Treatment\n\n")
    for i in range(paragraphs):
        out.write(f"Patients receive dose {i} mg.\n\n")
    return out.getvalue().encode()


def docx(paragraphs):
    body = io.StringIO()
    body.write('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
               'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>6 Treatment</w:t></w:r></w:p>')
    for i in range(paragraphs):
        body.write(f"<w:p><w:r><w:t>Patients receive dose {i} mg.</w:t></w:r></w:p>")
    body.write("</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
                   'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", body.getvalue())
    return buf.getvalue()


def pdf(inflated_bytes):
    op = b"BT /F1 12 Tf 72 700 Td (Patients receive dose) Tj ET\n"
    block = op * 1024
    z = zlib.compressobj(9)
    parts, n = [], 0
    while n < inflated_bytes:
        parts.append(z.compress(block))
        n += len(block)
    parts.append(z.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def post(port, name, data, results, key):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/checklists?format=json", data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=900) as r:
            status, code = r.status, ""
            r.read()
    except urllib.error.HTTPError as e:
        status = e.code
        try:
            code = json.loads(e.read()).get("error", "")
        except ValueError:
            code = ""
    results[key] = (status, code, time.monotonic() - start, len(data))


def peak_rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return -1


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    honest = sys.argv[3] if len(sys.argv) > 3 else None
    attacks = [
        ("markdown-128k-paragraphs.md", markdown(128_000)),
        ("markdown-49k-paragraphs.md", markdown(49_000)),   # 98,000 lines: under the line limit, so it is checked
        ("docx-95mb-document-xml.docx", docx(1_700_000)),
        ("pdf-inflating-to-2gb.pdf", pdf(2_000_000_000)),
    ]
    for name, data in attacks:
        print(f"{name}: {len(data) / 1e6:.1f} MB uploaded")
    stop, probes = threading.Event(), []

    def probe():
        while not stop.is_set():
            start = time.monotonic()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=%E6%B4%97%E8%84%B1%E6%9C%9F&size=5",
                                            timeout=30) as r:
                    r.read()
                    probes.append((time.monotonic() - start, r.status))
            except Exception:  # noqa: BLE001 - a failed probe is what is being counted
                probes.append((time.monotonic() - start, 0))
            time.sleep(0.1)

    prober = threading.Thread(target=probe, daemon=True)
    prober.start()
    results = {}
    # Two at a time: the default number of checklist slots.
    for batch in (attacks[:2], attacks[2:4]):
        threads = [threading.Thread(target=post, args=(port, n, d, results, n)) for n, d in batch]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    stop.set()
    prober.join()
    for name, _ in attacks:
        status, code, seconds, size = results[name]
        print(f"{name}: HTTP {status} {code} after {seconds:.1f} s")
    slow = max(p[0] for p in probes) if probes else float("nan")
    failed = sum(1 for p in probes if p[1] != 200)
    over = sum(1 for p in probes if p[0] > 1.0)
    print(f"searches meanwhile: {len(probes)}, failed {failed}, slowest {slow * 1000:.0f} ms, over 1 s: {over}")
    if honest:
        with open(honest, "rb") as f:
            data = f.read()
        post(port, honest.rsplit("/", 1)[-1], data, results, "honest")
        status, code, seconds, _ = results["honest"]
        print(f"honest protocol afterwards ({honest.rsplit('/', 1)[-1]}): HTTP {status} {code} in {seconds:.1f} s")
    print(f"server peak resident memory: {peak_rss_mb(pid)} MB")


if __name__ == "__main__":
    main()
