"""An email or ``.mhtml`` page given as the article: the text a mail reader shows, read back through
``parse_article`` and the extractor."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from annotate import extract_moments
from annotate.errors import InputError
from annotate.textio import parse_article

STORY = ("The footage released by the UN Command shows the jeep arriving at 0:42.\n"
         "Roughly two minutes and twenty-seven seconds in, the defector abandons the truck and races for the line.\n"
         "Soldiers open fire at 2:40.\n")


def _message(subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "ed@example.com", "me@example.com", subject
    message.set_content(body)
    return message


def _quotes(data: bytes, name: str = "m.eml") -> tuple[list[str], tuple[str, ...]]:
    article = parse_article(data, name=name, suffix=".eml")
    return [m.quote for m in extract_moments(article.text)], article.warnings


def test_a_forwarded_message_is_read_after_the_note_above_it() -> None:
    outer = _message("Fwd: JSA story", "FYI, see the forwarded story below.\n")
    outer.add_attachment(_message("JSA story", STORY))  # message/rfc822, as "forward as attachment" sends it
    quotes, said = _quotes(bytes(outer))
    assert quotes == ["0:42", "Roughly two minutes and twenty-seven seconds in", "2:40"]
    assert said == ("m.eml: a MIME message (subject 'Fwd: JSA story'): read its text/plain part, the forwarded "
                    "message 'JSA story' (text/plain), decoded",)


def test_an_attached_article_and_a_text_part_after_a_picture_are_read_in_order() -> None:
    attached = _message("the article", "Article attached.\n")
    attached.add_attachment(STORY.encode(), maintype="text", subtype="plain", filename="article.txt")
    quotes, said = _quotes(bytes(attached))
    assert quotes == ["0:42", "Roughly two minutes and twenty-seven seconds in", "2:40"]
    assert "read its text/plain part, the attached 'article.txt' (text/plain), decoded" in said[0]
    split = _message("split", "The footage shows the jeep arriving at 0:42.\n")
    split.add_attachment(b"\x89PNG\r\n\x1a\n" + b"0" * 50, maintype="image", subtype="png", filename="a.png",
                         disposition="inline")
    split.add_attachment(b"Soldiers open fire at 2:40.\n", maintype="text", subtype="plain", disposition="inline")
    article = parse_article(bytes(split), name="s.eml")
    assert article.text == "The footage shows the jeep arriving at 0:42.\n\nSoldiers open fire at 2:40.\n"
    assert article.warnings[0].endswith("read its text/plain part, an inline text/plain part, decoded; "
                                        "1 other part(s) not read")


def test_a_plain_stub_of_a_newsletter_gives_way_to_its_html() -> None:
    message = _message("Newsletter", "To view this newsletter, open it in a mail program that shows HTML.\n")
    message.add_alternative("<html><body><p>" + STORY.replace("\n", "</p><p>") + "</p></body></html>",
                            subtype="html")
    quotes, said = _quotes(bytes(message))
    assert quotes == ["0:42", "Roughly two minutes and twenty-seven seconds in", "2:40"]
    assert said[0] == ("m.eml: a MIME message (subject 'Newsletter'): read its text/html part, decoded; 1 other "
                       "part(s) not read; its text/plain part is far shorter than its HTML part (a stub): read the "
                       "HTML instead")


def test_a_message_that_is_itself_a_forwarded_message_is_read() -> None:
    data = (b"From: a@x\r\nTo: b@x\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n"
            b"From: x@y\r\nSubject: inner\r\nContent-Type: text/plain\r\n\r\nAt 2:27 the defector runs.\r\n")
    quotes, said = _quotes(data)
    assert quotes == ["2:27"]
    assert said == ("m.eml: a MIME message (subject 's'): read the forwarded message 'inner' (text/plain), decoded",)


def test_a_message_of_pictures_only_is_still_one_clear_error() -> None:
    message = _message("pics", "x")
    message.clear_content()
    message.add_attachment(b"\x89PNG", maintype="image", subtype="png", filename="a.png")
    with pytest.raises(InputError, match=r"no text or HTML part to read$"):
        parse_article(bytes(message), name="p.eml")


def test_an_email_with_its_footage_attached_is_read_past_the_article_limit(tmp_path, monkeypatch) -> None:
    import io
    import os
    import sys

    from annotate import textio

    message = _message("footage attached", "At 2:27 in the attached video the defector abandons the truck.\n")
    message.add_attachment(os.urandom(textio.MAX_ARTICLE_BYTES), maintype="video", subtype="mp4", filename="jsa.mp4")
    path = tmp_path / "big.eml"
    path.write_bytes(bytes(message))
    article = textio.read_article(path)
    assert [m.quote for m in extract_moments(article.text)] == ["2:27"]
    assert article.warnings[0].endswith("read its text/plain part, decoded; 1 other part(s) not read")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bytes(message))))
    assert textio.read_article("-").text == article.text
    # a text part over the limit is refused, naming it
    huge = _message("huge", "x")
    huge.add_attachment(b"At 2:27 he runs.\n" * (textio.MAX_ARTICLE_BYTES // 16), maintype="text", subtype="plain",
                        filename="huge.txt")
    with pytest.raises(InputError, match=r"^h.eml: its part the attached 'huge.txt' \(text/plain\) is larger than "
                                         r"10 MB, the most an article may hold$"):
        parse_article(bytes(huge), name="h.eml")


def _mail(charset: str, body: bytes) -> bytes:
    return (f"From: a@x\r\nTo: b@x\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}"
            "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() + body


@pytest.mark.parametrize(("charset", "text", "codec"), [
    ("gb2312", "视频2:27处，朱镕基的画面出现。At 2:27 the soldier runs (朱镕基).\n", "gbk"),  # GBK, labelled gb2312
    ("big5", "At 2:27 the soldier runs toward 台灣 (碁), € 5.\n", "cp950"),  # Windows-950, labelled big5
    ("ks_c_5601-1987", "At 2:27 the soldier runs toward 똠방각하 and 쌰.\n", "cp949"),  # Outlook's Korean
    ("euc-kr", "At 2:27 the soldier runs toward 똠방각하.\n", "cp949"),
    ("iso-8859-1", "At 2:27 the soldier\u2019s run \u2014 fast.\n", "cp1252"),
    ("us-ascii", "At 2:27 the soldier\u2019s run \u2014 fast.\n", "cp1252"),
    ("us-ascii", "At 2:27 the soldier\u2019s run \u2014 fast.\n", "utf-8"),  # UTF-8 under the default label
])
def test_a_mail_charset_is_read_as_mail_programs_read_its_label(charset: str, text: str, codec: str) -> None:
    article = parse_article(_mail(charset, text.encode(codec)), name="m.eml")
    assert article.text == text and "\ufffd" not in article.text
    assert article.warnings == ("m.eml: a MIME message (subject 's'): read its text/plain part, decoded",)


def test_bytes_a_mail_charset_cannot_be_are_replaced_with_a_warning_naming_the_line() -> None:
    article = parse_article(_mail("iso-8859-7", b"At 0:42 the jeep.\nAt 2:27 he runs \xff.\n"), name="m.eml")
    assert article.text == "At 0:42 the jeep.\nAt 2:27 he runs \ufffd.\n"
    assert article.warnings[1] == ("m.eml: its text/plain part, line 2: bytes that are not iso-8859-7, the "
                                   "charset it names, replaced by \ufffd")


def test_a_mail_saved_with_its_mbox_separator_line_is_read_as_a_mail() -> None:
    """mutt's save, formail and an mbox split by hand write a "From " separator line before the headers: the mail
    was read as raw text (its quoted-printable in a caption); Python's parser skips that line, and so does the
    check that the file is a mail."""
    message = _message("JSA footage", STORY)
    message.set_content(STORY.replace("defector", "defector \u2014"), cte="quoted-printable")
    data = b"From - Sat Dec 05 10:00:00 2026\n" + message.as_bytes()
    assert b"=E2=80=94" in data  # the em dash is quoted-printable in the file
    quotes, warnings = _quotes(data)
    assert len(quotes) == 3 and quotes == _quotes(message.as_bytes())[0]
    assert any("read" in warning for warning in warnings)  # said to be read as a mail, as a plain .eml is


def test_a_large_mail_whose_header_block_runs_past_the_first_8_kb_is_read(tmp_path, monkeypatch) -> None:
    """A mail that crossed several relays or a mailing list carries Received, DKIM and ARC lines: its header block
    ran past the 8 KB sniffed, so a mail over the article limit was refused as too large."""
    import os

    from annotate import textio

    monkeypatch.setattr(textio, "MAX_ARTICLE_BYTES", 100_000)
    message = _message("footage attached", "At 0:12 in the attached video the truck crosses the line.\n")
    message.add_attachment(os.urandom(200_000), maintype="video", subtype="mp4", filename="clip.mp4")
    relays = "".join(f"Received: from relay{i}.example.org (relay{i}.example.org [10.0.0.{i}]) by mx.example.org "
                     f"with ESMTPS id abcdef{i}; Sat, 05 Dec 2026 10:00:00 +0000\n" for i in range(80))
    data = relays.encode() + bytes(message)  # (each relay adds its line on top)
    assert data.index(b"\n\n") > textio.SNIFF_BYTES > 0  # the header block is longer than what was sniffed
    path = tmp_path / "big.eml"
    path.write_bytes(data)
    article = textio.read_article(path)
    assert [m.quote for m in extract_moments(article.text)] == ["0:12"]


def test_an_mbox_of_several_messages_reads_each_decoded() -> None:
    """An mbox holds one message after each separator line: only the first was read as a mail, the rest (its
    headers, its raw quoted-printable) went into the article as text."""
    first = _message("First story", "The video shows the truck at 0:12 crossing the line.\n")
    second = _message("Second story", "At 0:45 in the footage the soldier fires \u2014 the second one.\n")
    second.set_content("At 0:45 in the footage the soldier fires \u2014 the second one.\n", cte="quoted-printable")
    data = (b"From - Sat Dec 05 10:00:00 2026\n" + first.as_bytes() + b"\nFrom - Sat Dec 05 11:00:00 2026\n"
            + second.as_bytes())
    assert b"=E2=80=94" in data
    article = parse_article(data, name="two.mbox")
    moments = extract_moments(article.text)
    assert [m.quote for m in moments] == ["0:12", "0:45"]
    assert "=E2" not in article.text and "Subject" not in article.text and "\u2014" in article.text
    assert "2 messages" in article.warnings[0] and "'Second story'" in article.warnings[0]


@pytest.mark.parametrize("encoding", ["base64", "quoted-printable"])
def test_a_forwarded_message_sent_in_a_transfer_encoding_is_decoded_and_read(encoding: str) -> None:
    """RFC 2046 forbids encoding a message/rfc822 part, but mail programs send it so, and readers decode it: its
    raw base64 was handed to the extractor as prose."""
    import base64
    import quopri

    inner = "Subject: hi\n\nAt 0:12 the truck \u2014 crosses.\n".encode()
    body = base64.encodebytes(inner) if encoding == "base64" else quopri.encodestring(inner)
    data = (b"From: a@x.org\nTo: b@x.org\nSubject: s\nDate: Sat, 05 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
            b"Content-Type: message/rfc822\nContent-Transfer-Encoding: " + encoding.encode() + b"\n\n" + body)
    article = parse_article(data, name="fwd.eml")
    assert article.text == "At 0:12 the truck \u2014 crosses.\n"
    assert "the forwarded message 'hi' (text/plain)" in article.warnings[0]


def test_a_multipart_naming_no_boundary_is_read_by_the_boundary_its_body_opens_with() -> None:
    """A multipart/* with no boundary parameter: Python keeps its body as one string and the mail was refused as
    having no text part, though a reader shows its text."""
    data = (b"From: a@x.org\nTo: b@x.org\nSubject: s\nDate: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n"
            b"--X\nContent-Type: text/plain\n\nAt 0:12 the truck.\n--X--\n")
    article = parse_article(data, name="nob.eml")
    assert article.text.strip() == "At 0:12 the truck."
    assert "multipart/mixed part names no boundary: its '--X' lines read as one, a guess" in article.warnings[0]


@pytest.mark.parametrize(("charset", "codec"), [("x-mac-roman", "mac-roman"), ("macintosh", "mac-roman"),
                                                ("x-mac-cyrillic", "mac-cyrillic")])
def test_a_mail_in_a_mac_charset_named_by_its_web_label_is_read_in_it(charset: str, codec: str) -> None:
    text = "At 0:12 the truck passes the caf\u00e9.\n" if codec == "mac-roman" else "At 0:12 \u0433\u0440\u0443.\n"
    article = parse_article(_mail(charset, text.encode(codec)), name="m.eml")
    assert article.text == text and len(article.warnings) == 1
