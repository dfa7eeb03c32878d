"""The exchange file is a W3C Web Annotation collection that other readers understand, and the
group record built from merged layers is a real Word file naming every member in it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import docx
import pytest

from desktop.core.exchange import webannotation
from desktop.core.library import Library
from desktop.core.notes.export import export_docx
from tests.core.exchange.test_three_members import BULLETIN, first_item_with, note

# the W3C Web Annotation Vocabulary's motivations (https://www.w3.org/TR/annotation-vocab/)
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip
DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
IRI = re.compile(r"[a-z][a-z0-9+.-]*:\S+")


@pytest.fixture
def exported(tmp_path, samples):
    library = Library.open(tmp_path / "library.sqlite3")
    library.import_paths([samples / BULLETIN])
    member = library.members.add("李四")
    note(library, "李四", "钉钉子", comment="要抓落实", category="重点", tags=("作风", "落实"))
    note(library, "李四", "红线")
    gone = note(library, "李四", "三管三必须", comment="删掉的")
    library.annotations.delete(gone.id, member.id)
    path = tmp_path / "李四.jsonld"
    library.exchange.export(member.id, path)
    yield library, json.loads(path.read_text("utf-8"))
    library.close()


def test_the_collection_and_each_annotation_have_the_models_required_fields(exported):
    _library, document = exported
    assert "http://www.w3.org/ns/anno.jsonld" in document["@context"]
    assert document["type"] == "AnnotationCollection" and IRI.fullmatch(document["id"])
    page = document["first"]
    assert page["type"] == "AnnotationPage"
    assert document["total"] == len(page["items"]) == 3
    for annotation in page["items"]:
        assert IRI.fullmatch(annotation["id"]) and annotation["type"] == "Annotation"
        assert (
            IRI.fullmatch(annotation["creator"])
            and annotation["creator"] == document["creator"]["id"]
        )
        assert DATETIME.fullmatch(annotation["created"]) and DATETIME.fullmatch(
            annotation["modified"]
        )
        motivations = annotation["motivation"]
        motivations = motivations if isinstance(motivations, list) else [motivations]
        assert set(motivations) <= MOTIVATIONS and "highlighting" in motivations
        for body in annotation.get("body", []):
            assert body["type"] == "TextualBody" and isinstance(body["value"], str)
            assert body["purpose"] in MOTIVATIONS
        [target] = annotation["target"]
        assert IRI.fullmatch(target["source"])
    [tagged] = [a for a in page["items"] if "tagging" in a["motivation"]]
    purposes = sorted((b["purpose"], b["value"]) for b in tagged["body"])
    assert purposes == [
        ("classifying", "重点"), ("commenting", "要抓落实"), ("tagging", "作风"), ("tagging", "落实"),
    ]  # fmt: skip
    assert [a.get("yandu:deleted", False) for a in page["items"]] == [False, False, True]


def hypothesis_style(annotation: dict) -> dict:
    """As a Hypothesis-style client reads an annotation: the first target's selectors by type."""
    selectors = {s["type"]: s for s in annotation["target"][0]["selector"]}
    quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
    return {
        "exact": quote["exact"], "prefix": quote["prefix"], "suffix": quote["suffix"],
        "start": position["start"], "end": position["end"],
    }  # fmt: skip


def test_a_hypothesis_style_reader_finds_the_quote_and_the_position(exported):
    library, document = exported
    for annotation in document["first"]["items"]:
        found = hypothesis_style(annotation)
        body = library.db.one(
            "SELECT body FROM items WHERE id = ?", [first_item_with(library, found["exact"])]
        )
        start, end = found["start"], found["end"]
        assert body[start:end] == found["exact"]
        assert body[:start].endswith(found["prefix"]) and body[end:].startswith(found["suffix"])
        assert found["prefix"] and found["suffix"]


def test_reading_what_was_written_gives_the_same_layer(exported):
    _library, document = exported
    layer = webannotation.read(document)
    again = webannotation.write(layer, document["generated"])
    assert again == document


def test_the_group_record_names_every_member_and_opens_everywhere(tmp_path, samples):
    """The secretary's record of a session, from her notes and two members' merged files."""
    shared = tmp_path / "共享"
    shared.mkdir()
    libraries = {}
    for name in ("王书记", "李四", "张三"):
        folder = tmp_path / name
        folder.mkdir()
        library = Library.open(folder / "library.sqlite3")
        library.import_paths([samples / BULLETIN])
        library.members.add(name)
        libraries[name] = library
    secretary = libraries["王书记"]
    lead = first_item_with(secretary, "钉钉子")
    session = secretary.sessions.add("七月中心组学习", item_ids=(lead,)).id
    note(secretary, "王书记", "钉钉子", comment="王书记的批注", session_id=session)
    secretary.exchange.sync(shared)
    for name, quote in (("李四", "红线"), ("张三", "三管三必须")):
        library = libraries[name]
        library.exchange.sync(shared)
        shared_session = library.db.one("SELECT id FROM sessions WHERE title = '七月中心组学习'")
        note(library, name, quote, comment=f"{name}的批注", session_id=shared_session)
        who = library.members.named(name)
        library.reflections.save(who.id, f"{name}的心得", item_id=first_item_with(library, quote))
        library.exchange.sync(shared)
    secretary.exchange.sync(shared)
    record = export_docx(secretary, tmp_path / "学习记录.docx", session_id=session)
    for library in libraries.values():
        library.close()
    text = "\n".join(p.text for p in docx.Document(str(record)).paragraphs)
    for table in docx.Document(str(record)).tables:
        text += "\n".join(cell.text for row in table.rows for cell in row.cells)
    for name in ("王书记", "李四", "张三"):
        assert name in text and f"{name}的批注" in text
    if shutil.which("pandoc") is None or shutil.which("soffice") is None:
        pytest.fail("pandoc and LibreOffice are needed: `make test` installs them")
    plain = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "plain", str(record)], capture_output=True, text=True,
        check=True,
    ).stdout  # fmt: skip
    assert "李四的批注" in plain and "张三的批注" in plain
    out = tmp_path / "pdf"
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{out}/profile",
         "--convert-to", "pdf", "--outdir", str(out), str(record)],
        check=True, capture_output=True, timeout=240, env={**os.environ, "HOME": str(out)},
    )  # fmt: skip
    flat = "".join(
        subprocess.run(
            ["pdftotext", str(out / "学习记录.pdf"), "-"], capture_output=True, text=True,
            check=True,
        ).stdout.split()
    )  # fmt: skip
    assert all(name in flat for name in ("王书记", "李四", "张三"))
