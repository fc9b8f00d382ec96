"""Regenerate segment_vectors.json by running each vector through Twilio's calculator.

Needs Node.js and the npm package ``sms-segments-calculator`` (Twilio's
message-segment-calculator, MIT) installed next to this script or on NODE_PATH::

    npm install --prefix /tmp/twcalc sms-segments-calculator@1.3.0
    NODE_PATH=/tmp/twcalc/node_modules python tests/data/segment_vectors.py

The JSON records what the calculator said, so the tests need neither Node nor the network.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

HERE = Path(__file__).parent

ZH = (
    "【安心借】尊敬的张三先生，您的借款¥1,234.56将于2024年12月5日到期，"
    "请按时还款，如已还款请忽略。客服400-123-4567"
)
RU = (
    "Здравствуйте, Анна! Напоминаем, что платёж по займу 12 000 руб. нужно внести до 5 мая. "
    "Спасибо!"
)
AR = "مرحباً أحمد، نذكرك بأن قسط القرض بقيمة 500 درهم مستحق في 5 مايو. شكراً لك."
HI = (
    "नमस्ते राहुल जी, आपकी ऋण किस्त ₹2,500 की देय तिथि 5 मई है। कृपया समय पर भुगतान करें। "
    "धन्यवाद, क्रेडिट सहायता टीम"
)
TH = "สวัสดีครับ คุณสมชาย ยอดชำระงวดนี้ 1,500 บาท ครบกำหนดวันที่ 5 พฤษภาคม ขอบคุณครับ"
DIGITS = "1234567890" * 40
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"

VECTORS: list[tuple[str, str]] = [
    ("empty", ""),
    ("gsm-159", "a" * 159),
    ("gsm-160", "a" * 160),
    ("gsm-161", "a" * 161),
    ("gsm-306", "a" * 306),
    ("gsm-307", "a" * 307),
    ("gsm-459", "a" * 459),
    ("gsm-460", "a" * 460),
    ("twilio-escape-160-septets", "{" + DIGITS[1:159]),
    ("twilio-escape-161-septets", "{" + DIGITS[1:160]),
    ("escape-straddles-boundary", "a" * 152 + "€" + "b" * 152),
    ("euro-x153", "€" * 153),
    ("bracket-x153-issue-39", "]" * 153),
    ("bracket-x80", "]" * 80),
    ("bracket-x80-plus-1", "]" * 80 + "a"),
    ("formfeed-160-septets", "a" * 158 + "\f"),
    ("formfeed-161-septets", "a" * 159 + "\f"),
    ("crlf-issue-66", "a" * 80 + "\r\n" + "a" * 79),
    ("lf-issue-66", "a" * 80 + "\n" + "a" * 79),
    ("e-acute-in-table-x160", "é" * 160),
    ("a-acute-out-x70", "á" * 70),
    ("a-acute-out-x71", "á" * 71),
    ("capital-c-cedilla-in-x160", "Ç" * 160),
    ("small-c-cedilla-out-x71", "ç" * 71),
    ("backtick-out", "a" * 60 + "`"),
    ("greek-capitals-in", "ΔΦΓΛΩΠΨΣΘΞ" * 16),
    ("ucs2-134", "Á" * 134),
    ("ucs2-135", "Á" * 135),
    ("ucs2-201", "Á" * 201),
    ("ucs2-202", "Á" * 202),
    ("emoji-straddles-boundary", "a" * 66 + "😀" + "a" * 66),
    ("emoji-x67", "😀" * 67),
    ("emoji-at-67-fits", "a" * 65 + "😀" + "a" * 67),
    ("emoji-single-68-units", "a" * 66 + "😀"),
    ("twilio-ucs2-70-units", "😜" + DIGITS[1:69]),
    ("twilio-ucs2-71-units", "😜" + DIGITS[1:70]),
    ("twilio-ucs2-135-units", "😜" + DIGITS[1:134]),
    ("flag-straddles-boundary", "a" * 65 + "🇨🇳" + "a" * 64),
    ("flag-before-boundary", "a" * 63 + "🇨🇳" + "a" * 66),
    ("twilio-flag-70-units", "🇮🇹" + DIGITS[1:67]),
    ("twilio-flag-71-units", "🇮🇹" + DIGITS[1:68]),
    ("twilio-rainbow-flag-70-units", "🏳️‍🌈" + DIGITS[1:65]),
    ("zwj-family-straddles", "a" * 60 + FAMILY + "a" * 60),
    ("skin-tone-straddles", "a" * 65 + "👍🏽" + "a" * 10),
    ("combining-accent-straddles", "a" * 66 + "e\u0301" + "a" * 10),
    ("twilio-triple-accent-70", "é́́" + "a" * 66),
    ("twilio-triple-accent-71", "é́́" + "a" * 67),
    ("twilio-emoji-brackets-70", "😀" + "]" * 68),
    ("twilio-emoji-brackets-71", "😀" + "]" * 69),
    ("zh-reminder", ZH),
    ("zh-x70", "您" * 70),
    ("zh-x71", "您" * 71),
    ("zh-x135", "您" * 135),
    ("cyrillic", RU),
    ("cyrillic-x2", RU + " " + RU),
    ("arabic", AR),
    ("arabic-x2", AR + " " + AR),
    ("hindi", HI),
    ("hindi-x2", HI + " " + HI),
    ("thai", TH),
    ("thai-x2", TH + " " + TH),
    # A vowel mark at unit 68: 2 parts by code units, 3 when clusters stay whole.
    ("thai-134-units-boundary", ((TH + " ") * 3)[6:140]),
    # A virama at unit 67: Unicode 15.1 joins the conjunct into one cluster; older rules
    # (the calculator's grapheme-splitter) end a cluster after the virama.
    ("hindi-conjunct-at-boundary", ((HI + " ") * 3)[21:155]),
    # The same rule for every linker current Unicode joins conjuncts with, not only the
    # Indic viramas: Khmer coeng, Myanmar virama, Balinese adeg adeg, Javanese pangkon, Tai
    # Tham sakot, Kharoshthi virama (outside the BMP), a Vedic sign, and a virama that opens
    # a cluster after a line break.
    ("khmer-coeng-at-boundary", "ç" * 65 + "\u1780\u17d2\u1781" + "ç" * 65),
    ("khmer-coeng-zwj-at-boundary", "ç" * 64 + "\u1780\u17d2\u200d\u1781" + "ç" * 65),
    ("myanmar-virama-at-boundary", "ç" * 65 + "\u1000\u1039\u1001" + "ç" * 65),
    ("balinese-adeg-adeg-at-boundary", "ç" * 65 + "\u1b13\u1b44\u1b13" + "ç" * 65),
    ("javanese-pangkon-at-boundary", "ç" * 65 + "\ua98f\ua9c0\ua98f" + "ç" * 65),
    ("tai-tham-sakot-at-boundary", "ç" * 65 + "\u1a20\u1a60\u1a21" + "ç" * 65),
    ("kharoshthi-virama-at-boundary", "ç" * 63 + "\U00010a10\U00010a3f\U00010a11" + "ç" * 63),
    ("vedic-sign-zwj-at-boundary", "ç" * 65 + "\u1cf5\u200d\u0915" + "ç" * 65),
    ("virama-after-newline-at-boundary", "ç" * 65 + "\n\u094d\u0915" + "ç" * 65),
    ("nbsp-forces-ucs2", "Your payment of $120.00\u00a0is due on May 5."),
    ("curly-quote-two-parts", "a" * 70 + "\u2019"),
]

_JS = """
const { SegmentedMessage } = require('sms-segments-calculator');
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = input.map(([name, text]) => {
  const m = new SegmentedMessage(text, 'auto', false);
  const bits = m.encodingName === 'GSM-7' ? 7 : 16;
  return {
    name, text, encoding: m.encodingName, segments: m.segmentsCount,
    units: m.messageSize / bits,
    parts: m.segments.map(
      s => Array.from(s).filter(c => !c.isUserDataHeader).map(c => c.raw).join('')),
    part_units: m.segments.map(s => s.messageSizeInBits() / bits),
  };
});
process.stdout.write(JSON.stringify(out, null, 1));
"""


def main() -> None:
    result = subprocess.run(
        ["node", "-e", _JS],
        input=json.dumps(VECTORS),
        capture_output=True,
        text=True,
        check=True,
    )
    rows = json.loads(result.stdout)
    doc = {
        "source": "sms-segments-calculator 1.3.0 (TwilioDevEd/message-segment-calculator), "
        "smart encoding off",
        "vectors": rows,
    }
    (HERE / "segment_vectors.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
