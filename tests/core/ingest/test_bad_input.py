"""Every bad file gets one clear reason; the good files of the same batch still import; no trace is left."""

from __future__ import annotations

import io
import os
import shutil
import zipfile

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from pypdf import PdfWriter

from desktop.core.errors import ImportFailed
from desktop.core.ingest import MAX_BYTES, read_issue
from tests.conftest import message


def _fails(path, *words):
    with pytest.raises(ImportFailed) as caught:
        read_issue(path)
    error = caught.value
    assert error.subject == str(path)
    english, chinese = message(error), message(error, "zh")
    assert "\n" not in english and "\n" not in chinese and chinese != english
    for word in words:
        assert word in english, english
    return english


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _fails(path, "empty")


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n\u3000\u3000\n  \n", encoding="utf-8")
    _fails(path, "no text")


def test_binary_junk_named_txt(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(os.urandom(4096))
    _fails(path, "not text")


def test_binary_junk_named_docx(tmp_path):
    path = tmp_path / "junk.docx"
    path.write_bytes(os.urandom(4096))
    _fails(path, "not a Word .docx")


def test_corrupt_docx(tmp_path, samples):
    data = (samples / "formats" / "xinwenlianbo-20190927.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    _fails(path)


def test_docx_zip_without_a_document(tmp_path):
    path = tmp_path / "hollow.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not word")
    path.write_bytes(buffer.getvalue())
    _fails(path, "damaged")


def test_encrypted_docx(tmp_path, samples):
    path = tmp_path / "secret.docx"
    with (
        open(samples / "formats" / "xinwenlianbo-20190927.docx", "rb") as source,
        open(path, "wb") as target,
    ):
        OOXMLFile(source).encrypt("secret", target)
    _fails(path, "password-protected")


def test_encrypted_pdf(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    path = tmp_path / "secret.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    _fails(path, "password-protected")


def test_pdf_without_text_layer(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    _fails(path, "no text layer", "OCR")


def test_corrupt_pdf(tmp_path, samples):
    data = (samples / "formats" / "xinwenlianbo-20190927.pdf").read_bytes()
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[:2000])
    _fails(path)


def test_junk_named_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(os.urandom(3000))
    _fails(path, "PDF")


def test_file_over_50_mb(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    _fails(path, "50 MB")


def test_missing_path(tmp_path):
    _fails(tmp_path / "nowhere.txt", "no such file")


def test_a_photo_given_to_import_is_refused_as_what_it_is(tmp_path):
    """Known by its bytes, whatever its name: a JPEG named .txt is a photo too."""
    for name in ("photo.jpg", "photo.txt"):
        path = tmp_path / name
        path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(200))
        _fails(path, "an image (JPEG)")


def test_file_without_read_permission(tmp_path, samples, monkeypatch):
    path = tmp_path / "locked.txt"
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", path)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the kernel's answer for this file a refusal
        real_open = open

        def refusing_open(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", refusing_open)
    _fails(path, "permission denied")
