"""Japanese counters: kana after a number and the sound changes each causes."""

from __future__ import annotations

from typing import Final

from melod.text.ja_numbers import ALL_GEM, POINT_GEM, SMALL_GEM, TEN_GEM, Counter

_HON = Counter("ほん", ALL_GEM, "ぽん", "ぼん", after_yon="ほん")
_FUN = Counter("ふん", ALL_GEM, "ぷん", "ぷん")

#: Kanji and kana counters after a number, longest first when matched.
COUNTERS: Final[dict[str, Counter]] = {
    "分間": Counter("ふんかん", ALL_GEM, "ぷんかん", "ぷんかん"),
    "分": _FUN,
    "秒間": Counter("びょうかん"),
    "秒": Counter("びょう"),
    "時間": Counter("じかん", four="よ", nine="く"),
    "時": Counter("じ", four="よ", seven="しち", nine="く", special={0: "れいじ"}),
    "年間": Counter("ねんかん", four="よ"),
    "年": Counter("ねん", four="よ"),
    "か月": Counter("かげつ", ALL_GEM),
    "か月間": Counter("かげつかん", ALL_GEM),
    "週間": Counter("しゅうかん", SMALL_GEM),
    "人": Counter("にん", four="よ", special={1: "ひとり", 2: "ふたり"}),
    "名": Counter("めい"),
    "個口": Counter("こぐち", ALL_GEM),  # parcels in one delivery
    "個": Counter("こ", ALL_GEM),
    # 英検2級 にきゅう, 1級建築士 いっきゅう.
    "級": Counter("きゅう", SMALL_GEM),
    "段階": Counter("だんかい"),
    "段": Counter("だん"),
    "列": Counter("れつ"),
    "回目": Counter("かいめ", ALL_GEM),
    "回": Counter("かい", ALL_GEM),
    "回転": Counter("かいてん", ALL_GEM),  # 脱水1000回転, 2回転 (turns, sittings)
    "階": Counter("かい", ALL_GEM, after_san="がい"),
    "台": Counter("だい"),
    "枚": Counter("まい"),
    "本": _HON,
    "匹": Counter("ひき", ALL_GEM, "ぴき", "びき", after_yon="ひき"),
    "杯": Counter("はい", ALL_GEM, "ぱい", "ばい", after_yon="はい"),
    "泊": Counter("はく", ALL_GEM, "ぱく", "ぱく"),
    "歩": Counter("ほ", ALL_GEM, "ぽ", "ぽ", after_yon="ほ"),
    "歳": Counter("さい", SMALL_GEM, special={20: "はたち"}),
    "才": Counter("さい", SMALL_GEM, special={20: "はたち"}),
    "番目": Counter("ばんめ"),
    "番線": Counter("ばんせん"),
    "番地": Counter("ばんち"),
    "番": Counter("ばん"),
    "号室": Counter("ごうしつ"),
    "号棟": Counter("ごうとう"),  # left to the reader, 棟 after a kana number may be むね
    "号館": Counter("ごうかん"),
    "号線": Counter("ごうせん"),
    "号機": Counter("ごうき"),
    "号車": Counter("ごうしゃ"),
    "号": Counter("ごう"),
    "区間": Counter("くかん"),
    "系統": Counter("けいとう", ALL_GEM),  # a bus route: 6系統 ろっけいとう
    "班": Counter("はん", ALL_GEM, "ぱん"),  # 1班 いっぱん, 3班 さんはん
    "文字": Counter("もじ"),  # パスワード12文字 じゅうにもじ
    "区": Counter("く"),  # 東京23区 にじゅうさんく
    "件": Counter("けん", ALL_GEM),
    "冊": Counter("さつ", SMALL_GEM),
    "通": Counter("つう", SMALL_GEM),
    "着": Counter("ちゃく", SMALL_GEM),
    "足": Counter("そく", SMALL_GEM, after_san="ぞく"),
    "軒": Counter("けん", ALL_GEM, after_san="げん"),
    "か所": Counter("かしょ", ALL_GEM),
    "箇所": Counter("かしょ", ALL_GEM),
    "丁目": Counter("ちょうめ", SMALL_GEM),
    "丁": Counter("ちょう", ALL_GEM),  # 豆腐3丁
    "株": Counter("かぶ", ALL_GEM),  # 白菜20株, 100株 (shares)
    "尾": Counter("び"),  # サバ2尾
    "束": Counter("たば", special={1: "ひとたば", 2: "ふたたば"}),  # ネギ1束
    "貫": Counter("かん", ALL_GEM),  # お寿司10貫 じゅっかん
    "卓": Counter("たく", SMALL_GEM),
    "滴": Counter("てき", SMALL_GEM),
    "房": Counter("ふさ", special={1: "ひとふさ", 2: "ふたふさ"}),  # バナナ1房
    "玉": Counter("たま", special={1: "ひとたま", 2: "ふたたま"}),  # キャベツ1玉, うどん2玉
    "通り": Counter("とおり", special={1: "ひととおり", 2: "ふたとおり"}),  # 3通り さんとおり
    "部屋": Counter("へや", special={1: "ひとへや", 2: "ふたへや"}),
    "駅": Counter("えき", special={1: "ひとえき", 2: "ふたえき"}),  # あと2駅, 3駅先 さんえき
    "切れ": Counter("きれ", special={1: "ひときれ", 2: "ふたきれ"}),
    "袋": Counter("ふくろ", special={1: "ひとふくろ", 2: "ふたふくろ"}),
    "皿": Counter("さら", special={1: "ひとさら", 2: "ふたさら"}),
    "口": Counter("くち", special={1: "ひとくち", 2: "ふたくち"}),  # 1口 (a share, a bite)
    "坪": Counter("つぼ", TEN_GEM, special={1: "ひとつぼ"}),
    "室": Counter("しつ", SMALL_GEM),
    "品": Counter("ひん", ALL_GEM, "ぴん", "ぴん", after_yon="ひん"),
    "脚": Counter("きゃく", ALL_GEM),
    "基": Counter("き", SMALL_GEM),
    "隻": Counter("せき", SMALL_GEM),
    "話": Counter("わ"),  # 第3話
    "巻": Counter("かん", ALL_GEM),
    "行": Counter("ぎょう"),
    "周": Counter("しゅう", SMALL_GEM),
    "戦": Counter("せん", SMALL_GEM),
    "試合": Counter("しあい", SMALL_GEM),
    "曲": Counter("きょく", ALL_GEM),
    "点": Counter("てん", SMALL_GEM),
    "発": Counter("はつ", ALL_GEM, "ぱつ", "ぱつ", after_yon="はつ"),  # 花火2万発 にまんぱつ
    "得点": Counter("とくてん", TEN_GEM),  # 2得点 にとくてん
    "失点": Counter("しってん", TEN_GEM),
    # Box-score nouns after a count keep their own reading (2打点 にだてん, 12本塁打
    # じゅうにほんるいだ, not 本 as a counter: いっぽん塁打).
    "打点": Counter("だてん"),
    "打数": Counter("だすう"),
    "安打": Counter("あんだ"),
    "本塁打": Counter("ほんるいだ"),
    "盗塁": Counter("とうるい"),
    "奪三振": Counter("だつさんしん"),
    "四球": Counter("しきゅう"),
    "度目": Counter("どめ"),
    "度": Counter("ど"),
    "倍": Counter("ばい"),
    "割引き": Counter("わりびき"),
    "割引": Counter("わりびき"),
    "割": Counter("わり"),
    "羽": Counter("わ", frozenset({"ろく", "はち", "じゅう", "ひゃく"}), "ぱ"),
    "ページ": Counter("ページ", TEN_GEM),
    "キロ": Counter("キロ", TEN_GEM),  # みかん10キロ じゅっキロ, as 10km
    "期目": Counter("きめ", SMALL_GEM),  # 2期目 にきめ
    "期": Counter("き", SMALL_GEM),  # 第3期 だいさんき, 1期生 いっきせい
    # After 第 these kanji take their Sino reading, which a bare kanji would not get
    # (第2子 だいにし, not こ; 第7波 だいななは, not なみ; 第1報 だいいっぽう).
    "子": Counter("し", SMALL_GEM),
    "弾": Counter("だん"),
    "波": Counter("は"),
    "次": Counter("じ"),
    "種": Counter("しゅ", SMALL_GEM),
    "報": Counter("ほう", ALL_GEM, "ぽう", "ぽう", after_yon="ほう"),
    "条": Counter("じょう"),
    "章": Counter("しょう"),
    "項": Counter("こう", ALL_GEM),
    "幕": Counter("まく"),
    "陣": Counter("じん"),
    "局": Counter("きょく", ALL_GEM),  # 第1局 だいいっきょく (go, shogi)
    # Copies, aircraft, trays and layers: a bare kanji would get its other reading.
    "部": Counter("ぶ"),  # 資料3部 さんぶ, 第2部
    "機": Counter("き", SMALL_GEM),  # ドローン2機 にき
    "膳": Counter("ぜん"),  # 箸2膳
    "層": Counter("そう", SMALL_GEM),
    "学期": Counter("がっき"),  # 3学期 さんがっき
    "学年": Counter("がくねん"),
    "打席": Counter("だせき"),  # 第3打席
    "面": Counter("めん"),  # テニスコート2面, 1面 (a newspaper's front page)
    "限": Counter("げん"),  # 3限 (a school period)
    "色": Counter("しょく", SMALL_GEM),  # 24色 にじゅうよんしょく, not いろ
    "輪": Counter("りん"),  # バラ1輪, 2輪車
    "種類": Counter("しゅるい", SMALL_GEM),  # 3種類 さんしゅるい, 10種類 じゅっしゅるい
    # 1パック いっパック, 6セット ろっセット: loanword counters on a p, s or k double it too.
    "パック": Counter("パック", ALL_GEM),
    "セット": Counter("セット", ALL_GEM),
    # a k loanword doubles only 1 and 10
    # (1ケース いっケース); 6ケース, 48ケース keep ろく, はち.
    "ケース": Counter("ケース", POINT_GEM),
    "カップ": Counter("カップ", ALL_GEM),
    "年代": Counter("ねんだい", four="よ"),
    "代": Counter("だい"),
    "位": Counter("い"),
    "円札": Counter("えんさつ", four="よ"),  # 1万円札 いちまんえんさつ, 千円札 せんえんさつ
    "円玉": Counter("えんだま", four="よ"),  # 100円玉 ひゃくえんだま
    "円": Counter("えん", four="よ"),
    "ドル": Counter("ドル"),
    "セント": Counter("セント", TEN_GEM),
    "ユーロ": Counter("ユーロ"),
    "ポンド": Counter("ポンド"),
    "ウォン": Counter("ウォン"),
    "元": Counter("げん"),
    "銭": Counter("せん", SMALL_GEM),
    "錠": Counter("じょう"),
    "斤": Counter("きん", ALL_GEM),
    "均": Counter("きん", ALL_GEM),  # 100均 ひゃっきん
    "等": Counter("とう", SMALL_GEM),  # 1等 いっとう (a prize)
    "桁": Counter("けた", ALL_GEM, special={1: "ひとけた", 2: "ふたけた"}),
    "粒": Counter("つぶ", TEN_GEM, special={1: "ひとつぶ", 2: "ふたつぶ"}),
    "包": Counter("ほう", ALL_GEM, "ぽう", "ぽう", after_yon="ほう"),
    "組": Counter("くみ"),
    "箱": Counter("はこ", ALL_GEM, "ぱこ", special={1: "ひとはこ", 2: "ふたはこ"}),
    "畳": Counter("じょう"),
    "年生": Counter("ねんせい", four="よ"),
    "年度": Counter("ねんど", four="よ"),
    "時限": Counter("じげん", four="よ", seven="しち", nine="く"),
    "限目": Counter("げんめ"),
    "棟": Counter("とう", SMALL_GEM),
    "戸": Counter("こ", ALL_GEM),
    "缶": Counter("かん", ALL_GEM),
    "席": Counter("せき", SMALL_GEM),
    "社": Counter("しゃ", SMALL_GEM),
    "校": Counter("こう", ALL_GEM),
    "食": Counter("しょく", SMALL_GEM),
    "票": Counter("ひょう", ALL_GEM, "ぴょう", "びょう", after_yon="ひょう"),
    "頭": Counter("とう", SMALL_GEM),
    "問": Counter("もん"),
    "両": Counter("りょう"),
    "便": Counter("びん"),
    "合": Counter("ごう"),  # rice: 2合 にごう
    "節": Counter(
        "せつ", SMALL_GEM
    ),  # a league round: 第34節  # JAL123便, 第2便 (a flight or a delivery run)
    "周年": Counter("しゅうねん", SMALL_GEM),
    "件目": Counter("けんめ", ALL_GEM),
    "人前": Counter("にんまえ", four="よ", special={1: "いちにんまえ"}),
    "連休": Counter("れんきゅう"),
    "週": Counter("しゅう", SMALL_GEM),
    "か国": Counter("かこく", ALL_GEM),
    "か年": Counter("かねん", ALL_GEM),  # 3か年計画 さんかねん
    # Kanji counters on s or t that clip いち, はち, じゅう (いっせたい, じゅってんぽ).
    "世帯": Counter("せたい", SMALL_GEM),
    "車線": Counter("しゃせん", SMALL_GEM),
    "店舗": Counter("てんぽ", SMALL_GEM),
    "作品": Counter("さくひん", SMALL_GEM),
    "種目": Counter("しゅもく", SMALL_GEM),
    "連勝": Counter("れんしょう"),
    "連敗": Counter("れんぱい"),
    "勝": Counter("しょう", SMALL_GEM),
    "敗": Counter("はい", ALL_GEM, "ぱい", "ぱい", after_yon="はい"),
    "つ": Counter(
        "つ",
        special={
            1: "ひとつ",
            2: "ふたつ",
            3: "みっつ",
            4: "よっつ",
            5: "いつつ",
            6: "むっつ",
            7: "ななつ",
            8: "やっつ",
            9: "ここのつ",
            10: "とお",
        },
    ),
}

MONTH = Counter("がつ", four="し", seven="しち", nine="く")

_DAYS = {
    1: "ついたち",
    2: "ふつか",
    3: "みっか",
    4: "よっか",
    5: "いつか",
    6: "むいか",
    7: "なのか",
    8: "ようか",
    9: "ここのか",
    10: "とおか",
    14: "じゅうよっか",
    20: "はつか",
    24: "にじゅうよっか",
}
DAY = Counter("にち", seven="しち", nine="く", special=_DAYS)
#: Days as a length of time: the same words, but one day is いちにち.
DAYS_SPAN = Counter("にち", seven="しち", nine="く", special=_DAYS | {1: "いちにち"})
