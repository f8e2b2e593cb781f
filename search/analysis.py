"""Chinese text analysis of the catalogue index, chosen by measurement (docs/search-analysis.md).

Text is indexed only as CJK bigrams, inside Elasticsearch (fast; nothing is segmented in
Python at index time). Queries are folded from traditional to simplified characters, their
question words taken out by rule, and segmented into words by jieba (the node has no
smartcn/ik/icu); the query builder matches a word as its adjacent bigrams, which keeps
word-level precision.
"""
import re
import unicodedata
from functools import lru_cache

import jieba
from opencc import OpenCC

jieba.setLogLevel(60)

# Words that say how a user asks, not what the item is about ("请问低保怎么申请呢"): taken out
# of the query text by rule before it is matched, longest first so 怎么办 goes before 怎么.
QUESTION_PHRASES = sorted(
    "请问 请教 我想问 我想知道 我想了解 想知道 想了解 想咨询 咨询一下 帮我查 帮忙查 帮我找 麻烦问 问一下 "
    "怎么办理 怎么办 怎么样 怎么 怎样 如何办理 如何 哪里可以 在哪里 去哪里 到哪里 哪里 哪儿 哪个部门 哪个 哪些 "
    "什么时候 什么时间 啥时候 何时 几时 多长时间 多久 什么 啥 为什么 为啥 多少钱 多少 是不是 是否 能不能 "
    "可不可以 可以吗 有没有 能否 要不要 需不需要 有哪些 谁".split(),
    key=len,
    reverse=True,
)
QUESTION_PATTERN = re.compile("|".join(map(re.escape, QUESTION_PHRASES)))
# Particles and punctuation that end a question or a chatty sentence.
TRAILING_PARTICLES = re.compile(r"[吗呢吧啊呀么嘛哈啦了？?！!。，,\s]+$")

# Words that carry no content of their own once the query is segmented.
QUERY_STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 呀 么 嘛 和 与 及 或 是 在 有 我 我们 我家 你 您 他 她 想 要 想要 需要 请 问 "
    "能 可以 会 该 应该 得 去 给 让 把 被 就 都 还 也 又 一下 一个 这个 那个 这 那 查 查询 查找 找 看 "
    "关于 相关 情况 方面 文件 信息 办 县里 咱们 现在 最近 一般".split()
)

ANALYSIS_SETTINGS = {
    "analyzer": {
        # Overlapping character pairs of the original text.
        "bigrams": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["cjk_width", "lowercase", "cjk_bigram"],
        },
        # Single Chinese characters (the standard tokenizer's own split), as Wagtail's stock search indexes text.
        "characters": {"type": "custom", "tokenizer": "standard", "filter": ["cjk_width", "lowercase"]},
    },
    "normalizer": {"identifier": {"type": "custom", "filter": ["cjk_width", "lowercase"]}},
}

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


@lru_cache(maxsize=1)
def _traditional_to_simplified():
    return OpenCC("t2s")


def normalise_query(text):
    """A query with control characters gone and NFKC width, as typed otherwise."""
    return unicodedata.normalize("NFKC", CONTROL_CHARACTERS.sub(" ", text or ""))


def fold_query(text):
    """A query as the index sees text: normalised, simplified."""
    return _traditional_to_simplified().convert(normalise_query(text)).strip()


def strip_question(text):
    """The content of a question: question words, then trailing particles, taken out (the
    text itself when nothing else is left)."""
    stripped = TRAILING_PARTICLES.sub("", QUESTION_PATTERN.sub(" ", text))
    return " ".join(stripped.split()) or text


def query_words(text):
    """Query-side segmentation: jieba's precise mode, without empty words and punctuation."""
    words = []
    for word in jieba.cut(text.lower()):
        word = word.strip()
        if word and word not in QUERY_STOPWORDS and any(ch.isalnum() for ch in word):
            words.append(word)
    return words
