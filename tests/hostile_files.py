"""Hostile files, built for real as an attacker would build them (a zip bomb is a small zip of a
huge repeated part): for tests/core/ingest/test_hostile.py and the stress campaign."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import NameObject, NumberObject

MiB = 1024 * 1024
DOCX = "formats/xinwenlianbo-20190927.docx"
PDF = "formats/xinwenlianbo-20190927.pdf"
BULLETIN = "kaifaqu-bulletin-2020-07.txt"
PARAGRAPH = "<w:p><w:r><w:t>要坚持稳中求进工作总基调，确保各项任务落到实处。</w:t></w:r></w:p>"


def docx_with(path: Path, samples: Path, parts: dict[str, Iterable[bytes]]) -> Path:
    """The sample .docx with some parts replaced, each streamed into the zip from its chunks."""
    with (
        zipfile.ZipFile(samples / DOCX) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        names = [info.filename for info in source.infolist()]
        for name in names + [name for name in parts if name not in names]:
            if name not in parts:
                target.writestr(name, source.read(name))
                continue
            with target.open(name, "w", force_zip64=True) as member:
                for chunk in parts[name]:
                    member.write(chunk)
    return path


def document(samples: Path, body: Iterable[str]) -> Iterable[bytes]:
    """The sample's word/document.xml with `body` as its paragraphs."""
    with zipfile.ZipFile(samples / DOCX) as source:
        xml = source.read("word/document.xml").decode("utf-8")
    opening = xml[: xml.index("<w:body>") + len("<w:body>")]
    closing = xml[xml.index("<w:sectPr") :]
    yield opening.encode()
    for text in body:
        yield text.encode()
    yield closing.encode()


def repeated(text: str, megabytes: int) -> Iterable[str]:
    chunk = text * (MiB // len(text.encode()))
    for _ in range(megabytes):
        yield chunk


def styles(megabytes: int) -> list[bytes]:
    """A styles part of `megabytes` of one style repeated."""
    style = '<w:style w:type="paragraph" w:styleId="x"><w:name w:val="x"/></w:style>'
    return (
        [b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">']
        + [chunk.encode() for chunk in repeated(style, megabytes)]
        + [b"</w:styles>"]
    )


def pdf_of_pages(path: Path, pages: int, declared: int | None = None) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if declared is not None:  # the page tree says fewer pages than it holds
        writer.root_object["/Pages"].get_object()[NameObject("/Count")] = NumberObject(declared)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def declare_size(path: Path, name: bytes, size: int, crc: int | None = None) -> None:
    """Make the zip's local header and central directory both say `name` unpacks to `size`."""
    data = bytearray(path.read_bytes())
    for signature, crc_at, name_at in ((b"PK\x03\x04", 14, 30), (b"PK\x01\x02", 16, 46)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                data[at + crc_at + 8 : at + crc_at + 12] = size.to_bytes(4, "little")
                if crc is not None:
                    data[at + crc_at : at + crc_at + 4] = crc.to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def many_attributes(count: int) -> str:
    attributes = " ".join(f'data-a{n}="x"' for n in range(count))
    return f"<html><body><p {attributes}>要坚持稳中求进。</p></body></html>"


def nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "要坚持稳中求进。"


def external_entity_docx(path: Path, samples: Path, secret: Path) -> Path:
    """A .docx whose document declares an entity read from `secret` (XXE) and uses it."""
    body = f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file://{secret}">]>'
    parts = list(document(samples, [PARAGRAPH.replace("要坚持", "&leak;要坚持")]))
    head = parts[0].decode()
    declaration_end = head.index("?>") + 2 if head.startswith("<?xml") else 0
    parts[0] = (head[:declaration_end] + body + head[declaration_end:]).encode()
    return docx_with(path, samples, {"word/document.xml": parts})


def billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE html [' + "".join(entities) + "]>"
        "<html><body><p>&lol9;</p><p>要坚持稳中求进。</p></body></html>"
    )
