"""Chinese text analysis of the catalogue index, chosen by measurement (docs/search-analysis.md).

Text is indexed only as CJK bigrams, inside Elasticsearch (fast; nothing is segmented in
Python at index time). Queries are folded from traditional to simplified characters and
segmented into words by jieba (the node has no smartcn/ik/icu); the query builder matches a
word as its adjacent bigrams, which keeps word-level precision.
"""
import re
import unicodedata
from functools import lru_cache

import jieba
from opencc import OpenCC

jieba.setLogLevel(60)

# Question words and particles of natural-language queries ("怎么申请宅基地"): they say how a
# user asks, not what the item is about.
QUERY_STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 么 和 与 及 或 是 在 有 我 我们 你 您 想 要 想要 需要 请问 请 问 怎么 怎样 "
    "如何 怎么办 什么 哪些 哪里 哪个 多少 几 能 能否 可以 是否 有没有 关于 一下 查 查询 找 看 "
    "相关 情况 方面 文件 信息".split()
)

ANALYSIS_SETTINGS = {
    "analyzer": {
        # Overlapping character pairs of the original text.
        "bigrams": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["cjk_width", "lowercase", "cjk_bigram"],
        },
    },
    "normalizer": {"identifier": {"type": "custom", "filter": ["cjk_width", "lowercase"]}},
}

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


@lru_cache(maxsize=1)
def _traditional_to_simplified():
    return OpenCC("t2s")


def fold_query(text):
    """A query as the index sees text: control characters gone, NFKC width, simplified."""
    text = CONTROL_CHARACTERS.sub(" ", text or "")
    text = unicodedata.normalize("NFKC", text)
    return _traditional_to_simplified().convert(text).strip()


def query_words(text):
    """Query-side segmentation: jieba's precise mode, without question words and punctuation."""
    words = []
    for word in jieba.cut(text.lower()):
        word = word.strip()
        if word and word not in QUERY_STOPWORDS and any(ch.isalnum() for ch in word):
            words.append(word)
    return words
