"""caseflow's features (packages/classifier/src/features.ts, tokenize.ts) mirrored for scikit-learn.

NFKC + case-fold; a Han/Hiragana/Katakana character is a token on its own, other runs of
letters/digits/marks (with inner apostrophes) are words; word 1-2-grams, and character
2-5-grams of each word and of each run of consecutive CJK characters padded with a space
(scikit-learn's char_wb); min df 2, smooth idf, sublinear tf; each block L2-normalised, the
character block weighted, then the whole L2-normalised. caseflow hashes n-grams into 2^20
buckets (FNV-1a); here they are exact vocabulary entries, so only hash collisions differ.
"""
import re
import unicodedata
from functools import partial

import numpy as np
from scipy.sparse import hstack
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
WORD_CHAR = f"(?:(?![{CJK}])[^\\W_])"
TOKEN_RE = re.compile(f"([{CJK}])|({WORD_CHAR}+(?:['\u2019]{WORD_CHAR}+)*)")
CJK_RE = re.compile(f"[{CJK}]")


def tokens(text):
    """[(token, is_cjk)] as caseflow's tokenize()."""
    out = []
    for m in TOKEN_RE.finditer(unicodedata.normalize("NFKC", text).lower()):
        out.append((m.group(0).replace("\u2019", "'"), m.group(1) is not None))
    return out


def word_ngrams(text, lo=1, hi=2):
    t = [w for w, _ in tokens(text)]
    return [" ".join(t[i : i + n]) for n in range(lo, hi + 1) for i in range(len(t) - n + 1)]


def char_ngrams(text, lo=2, hi=5):
    words, run = [], ""
    for w, cjk in tokens(text):
        if cjk:
            run += w
            continue
        if run:
            words.append(run)
        run = ""
        words.append(w)
    if run:
        words.append(run)
    out = []
    for w in words:
        padded = f" {w} "
        for n in range(lo, hi + 1):
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


class CaseflowFeatures(BaseEstimator, TransformerMixin):
    def __init__(self, min_df=2, char_weight=1.0, word=(1, 2), char=(2, 5)):
        self.min_df = min_df
        self.char_weight = char_weight
        self.word = word
        self.char = char

    def _blocks(self):
        lo, hi = self.word
        clo, chi = self.char
        common = dict(lowercase=False, sublinear_tf=True, min_df=self.min_df, norm="l2", smooth_idf=True, token_pattern=None)
        return (
            # partial, not lambda: the fitted pipeline is pickled to measure its size
            TfidfVectorizer(analyzer=partial(word_ngrams, lo=lo, hi=hi), **common),
            TfidfVectorizer(analyzer=partial(char_ngrams, lo=clo, hi=chi), **common),
        )

    def fit(self, x, y=None):
        self.word_, self.char_ = self._blocks()
        self.word_.fit(x)
        self.char_.fit(x)
        return self

    def transform(self, x):
        return normalize(hstack([self.word_.transform(x), self.char_.transform(x) * self.char_weight]).tocsr())


def is_chinese(text):
    return CJK_RE.search(text) is not None
