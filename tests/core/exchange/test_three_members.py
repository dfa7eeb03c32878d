"""A study group on three computers: the same bulletin imported from differently wrapped files,
each member's notes exchanged through a shared folder as W3C Web Annotation files."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.core.errors import YanduError
from desktop.core.exchange.keys import article_key
from desktop.core.exchange.merge import ExchangeRefused
from desktop.core.library import Library

BULLETIN = "kaifaqu-bulletin-2020-07.txt"
TRANSCRIPT = "xinwenlianbo/20240126.md"


def rewrapped(text: str, width: int) -> str:
    """The bulletin as another layout would have cut its lines: every paragraph's line cut
    at `width` characters, mid-sentence (the repair joins them again), with CRLF line ends."""
    lines = []
    for line in text.splitlines():
        lines += [line[at : at + width] for at in range(0, len(line), width)] or [""]
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture
def group(tmp_path, samples):
    """Three computers, each with its own library and member, the bulletin imported from a
    file wrapped its own way; one shared folder."""
    text = (samples / BULLETIN).read_text(encoding="utf-8")
    computers = {}
    for name, member, width in (
        ("secretary", "王书记", None),
        ("b", "李四", 40),
        ("c", "张三", 31),
    ):
        folder = tmp_path / name
        folder.mkdir()
        source = folder / BULLETIN
        if width is None:
            source.write_text(text, encoding="utf-8")
        else:
            source.write_bytes(rewrapped(text, width).encode("gb18030"))
        library = Library.open(folder / "library.sqlite3")
        [result] = library.import_paths([source])
        assert result.status == "imported", result.problem
        library.members.add(member)
        computers[name] = library
    shared = tmp_path / "共享文件夹"
    shared.mkdir()
    yield computers, shared
    for library in computers.values():
        library.close()


def keys(library) -> set[str]:
    return {row[0] for row in library.db.execute("SELECT content_key FROM items")}


def first_item_with(library, quote: str) -> int:
    return library.db.one(
        "SELECT id FROM items WHERE instr(body, ?) > 0 ORDER BY id LIMIT 1", [quote]
    )


def note(library, member: str, quote: str, **fields):
    who = library.members.named(member)
    return library.annotations.create_at_quote(
        first_item_with(library, quote), quote, who.id, **fields
    )


def layers(library) -> dict[tuple[str, bool], list[tuple[str, str, str]]]:
    """Each member's visible notes (by name and whether local): quote, comment, article key."""
    found: dict[tuple[str, bool], list[tuple[str, str, str]]] = {}
    for member in library.members.all():
        rows = library.db.execute(
            "SELECT a.quote, a.comment, i.content_key FROM annotations a "
            "JOIN items i ON i.id = a.item_id WHERE a.member_id = ? AND a.deleted = 0 "
            "ORDER BY a.uuid",
            [member.id],
        ).fetchall()
        found[(member.name, member.local)] = [tuple(row) for row in rows]
    return found


def snapshot(library) -> list:
    return library.db.execute(
        "SELECT uuid, member_id, item_id, start, end, comment, deleted, updated_at, waiting "
        "FROM annotations ORDER BY uuid"
    ).fetchall()


def test_differently_wrapped_files_give_the_same_articles(group):
    computers, _shared = group
    secretary, b, c = computers.values()
    assert keys(secretary) == keys(b) == keys(c)
    assert len(keys(secretary)) == 3


def test_three_members_exchange_through_a_folder(group, samples):
    computers, shared = group
    secretary, b, c = computers["secretary"], computers["b"], computers["c"]
    # the secretary opens a session on the lead article and shares it with her own note
    lead = first_item_with(secretary, "钉钉子")
    own = secretary.members.named("王书记")
    session = secretary.sessions.add("七月中心组学习", item_ids=(lead,), attendee_ids=(own.id,)).id
    note(secretary, "王书记", "钉钉子", comment="要抓落实", session_id=session)
    secretary.exchange.sync(shared)
    # the members take the session from the folder and annotate in it
    for library, member, quote, comment in (
        (b, "李四", "红线", "红线意识"),
        (c, "张三", "钉钉子", "钉钉子精神"),
    ):
        synced = library.exchange.sync(shared)
        assert "王书记" in [merged.member for merged in synced.merged]
        shared_session = library.db.one("SELECT id FROM sessions WHERE title = '七月中心组学习'")
        assert shared_session is not None
        note(library, member, quote, comment=comment, session_id=shared_session)
        library.exchange.sync(shared)
    secretary.exchange.sync(shared)

    seen = layers(secretary)
    assert seen[("王书记", True)] == [("钉钉子", "要抓落实", seen[("王书记", True)][0][2])]
    assert [(q, comment) for q, comment, _ in seen[("李四", False)]] == [("红线", "红线意识")]
    assert [(q, comment) for q, comment, _ in seen[("张三", False)]] == [("钉钉子", "钉钉子精神")]
    # every note sits on the article its author marked, found by content
    for _member, notes in seen.items():
        for quote, _comment, key in notes:
            item = secretary.db.one("SELECT body FROM items WHERE content_key = ?", [key])
            assert quote in item
    # the session's record holds every member's notes
    in_session = secretary.db.execute(
        "SELECT DISTINCT m.name FROM annotations a JOIN members m ON m.id = a.member_id "
        "JOIN sessions s ON s.id = a.session_id WHERE s.title = '七月中心组学习'"
    ).fetchall()
    assert sorted(name for (name,) in in_session) == ["张三", "李四", "王书记"]

    # idempotence: the folder read again changes nothing
    before = snapshot(secretary)
    again = secretary.exchange.sync(shared)
    assert all(merged.changed == 0 for merged in again.merged)
    assert snapshot(secretary) == before

    # a member's later edit wins; an older copy of their file arriving after it changes nothing
    older = shared / "older-copy.json"
    [b_file] = [p for p in shared.glob("*.jsonld") if "李四" in p.name]
    older.write_bytes(b_file.read_bytes())
    [b_note] = b.annotations.find(member_id=b.members.named("李四").id)
    b.annotations.update(b_note.id, b_note.member_id, comment="红线意识要入脑入心")
    b.exchange.sync(shared)
    secretary.exchange.sync(shared)
    secretary.exchange.merge(older)  # the older file, merged after the newer
    comments = [c for q, c, _ in layers(secretary)[("李四", False)]]
    assert comments == ["红线意识要入脑入心"]

    # a deletion travels
    c.annotations.delete(_own_note(c, "张三").id, c.members.named("张三").id)
    c.exchange.sync(shared)
    secretary.exchange.sync(shared)
    assert layers(secretary)[("张三", False)] == []


def _own_note(library, member: str):
    [found] = library.annotations.find(member_id=library.members.named(member).id)
    return found


def test_two_members_of_the_same_name_stay_two_people(group):
    computers, shared = group
    secretary, c = computers["secretary"], computers["c"]
    secretary.members.add("张三")  # the secretary's computer has a 张三 of its own
    note(c, "张三", "钉钉子", comment="另一位张三")
    c.exchange.sync(shared)
    secretary.exchange.sync(shared)
    named = [m for m in secretary.members.all() if m.name == "张三"]
    assert len(named) == 2 and {m.local for m in named} == {True, False}
    assert len({m.uuid for m in named}) == 2
    assert secretary.members.named("张三").local  # the command line's --member is this one
    # renaming keeps the id: the next file under a new name updates the same member
    c.members.update(c.members.named("张三").id, name="张三丰")
    c.exchange.sync(shared)
    secretary.exchange.sync(shared)
    renamed = [m for m in secretary.members.all() if not m.local]
    assert [m.name for m in renamed] == ["张三丰"] and renamed[0].uuid == named_uuid(named)


def named_uuid(members) -> str:
    return next(m.uuid for m in members if not m.local)


def test_a_note_waits_for_its_bulletin_and_attaches_when_it_comes(group, samples):
    computers, shared = group
    secretary, b = computers["secretary"], computers["b"]
    b.import_paths([samples / TRANSCRIPT])
    quote = "经营者集中申报标准"
    made = note(b, "李四", quote, comment="看这一段")
    b.exchange.sync(shared)
    secretary.exchange.sync(shared)
    [waiting] = secretary.exchange.waiting()
    assert waiting.count == 1 and waiting.members == ("李四",)
    assert waiting.headline == b.db.one("SELECT headline FROM items WHERE id = ?", [made.item_id])
    [result] = secretary.import_paths([samples / TRANSCRIPT])
    assert result.status == "imported"
    assert secretary.exchange.waiting() == []
    [attached] = [a for a in secretary.annotations.find() if a.comment == "看这一段"]
    body = secretary.db.one("SELECT body FROM items WHERE id = ?", [attached.item_id])
    assert body[attached.start : attached.end] == quote
    assert (attached.start, attached.end) == (made.start, made.end)


def test_forged_and_broken_files_are_refused_whole(group, tmp_path):
    computers, shared = group
    secretary, b, c = computers["secretary"], computers["b"], computers["c"]
    note(b, "李四", "红线", comment="一")
    note(b, "李四", "钉钉子", comment="二")
    note(c, "张三", "钉钉子", comment="三")
    [b_path] = b.exchange.sync(shared).written
    [c_path] = c.exchange.sync(shared).written
    before = snapshot(secretary), secretary.members.all()

    def refused(document_or_bytes, code: str) -> None:
        path = tmp_path / "forged.jsonld"
        if isinstance(document_or_bytes, bytes):
            path.write_bytes(document_or_bytes)
        else:
            path.write_text(json.dumps(document_or_bytes, ensure_ascii=False), "utf-8")
        with pytest.raises(ExchangeRefused) as caught:
            secretary.exchange.merge(path)
        assert caught.value.code == code, caught.value
        assert (snapshot(secretary), secretary.members.all()) == before

    forged = json.loads(b_path.read_text("utf-8"))
    c_document = json.loads(c_path.read_text("utf-8"))
    # one of 李四's annotations claims 张三 as its creator: the whole file is refused
    forged["first"]["items"][1]["creator"] = c_document["creator"]["id"]
    refused(forged, "exchange.not_theirs")
    # 李四's file carrying 张三's annotation under its own creator: an id of another member
    smuggled = json.loads(b_path.read_text("utf-8"))
    stolen = dict(c_document["first"]["items"][0], creator=smuggled["creator"]["id"])
    secretary.exchange.merge(c_path)
    before = snapshot(secretary), secretary.members.all()
    smuggled["first"]["items"].append(stolen)
    refused(smuggled, "exchange.not_theirs")
    # a file claiming to be of the secretary's own member
    own = json.loads(b_path.read_text("utf-8"))
    own["creator"]["id"] = "urn:uuid:" + secretary.members.named("王书记").uuid
    for item in own["first"]["items"]:
        item["creator"] = own["creator"]["id"]
    refused(own, "exchange.own_member")
    refused(b"{not json", "exchange.not_valid")
    refused({"type": "AnnotationPage", "items": []}, "exchange.not_valid")
    no_selector = json.loads(b_path.read_text("utf-8"))
    del no_selector["first"]["items"][0]["target"][0]["selector"]
    refused(no_selector, "exchange.not_valid")


def test_the_content_key_ignores_wrapping_and_width():
    body = "要坚持稳中求进工作总基调，确保各项任务落到实处。"
    assert article_key("标题", body) == article_key("标 题", body[:10] + "\n\n" + body[10:])
    assert article_key("２０２０年", body) == article_key("2020年", body)
    assert article_key("标题", body) != article_key("标题", body.replace("稳中求进", "稳中有进"))


def test_a_library_from_before_the_exchange_is_upgraded_with_identities(tmp_path, samples):
    """Members and notes of an older library get UUIDs and content keys; names stay."""
    path = tmp_path / "old.sqlite3"
    library = Library.open(path)
    library.import_paths([samples / BULLETIN])
    member = library.members.add("王书记")
    note(library, "王书记", "钉钉子", comment="旧批注")
    library.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM members WHERE uuid IS NULL").fetchone() == (0,)
    assert conn.execute("SELECT target_key IS NOT NULL FROM annotations").fetchone() == (1,)
    conn.close()
    library = Library.open(path)
    try:
        assert library.members.get(member.id).uuid == member.uuid
        with pytest.raises(YanduError):
            library.members.add("王书记")  # still one 王书记 among the library's own
    finally:
        library.close()
