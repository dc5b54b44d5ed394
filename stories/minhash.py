"""MinHash signatures of article texts and their LSH band keys (datasketch's affine32 scheme).

A syndicated copy keeps most 5-word runs of the agency text, so the Jaccard similarity of the
two shingle sets stays high while unrelated stories share almost none.
"""

import hashlib
import operator
import struct

import numpy as np
from datasketch import MinHash

from news.text import fold_words

NUM_PERM = 64
SHINGLE_WORDS = 5
# 16 bands of 4 rows: two texts with Jaccard 0.5 share at least one band with probability
# 1 - (1 - 0.5**4)**16 = 0.64, at 0.7 with 0.98; unrelated ones (< 0.1) almost never.
BANDS, ROWS = 16, 4
SEED = 1
# The permutations depend only on NUM_PERM and SEED: drawn once by datasketch, so stored
# signatures stay comparable with datasketch's own (tests/test_minhash.py checks they are equal).
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)
_A, _B = (row.reshape(1, -1) for row in _TEMPLATE.permutations)  # uint32 each
_EMPTY = _TEMPLATE.hashvalues.astype(np.uint32).tobytes()  # every value at its maximum
# MurmurHash3's 32-bit finalizer (shifts and multipliers), the pre-mix of datasketch's affine32.
_DIGEST = operator.methodcaller("digest")
_FMIX = (16, np.uint32(0x85EBCA6B), 13, np.uint32(0xC2B2AE35), 16)


def shingles(text: str) -> set[bytes]:
    """Return the 5-word shingles of a text, folded (diacritics and case do not matter)."""
    # Folded words are ASCII letters and digits between single spaces: split as bytes, each
    # shingle is then the bytes of its words joined by a space, built in C by zip and map.
    words = fold_words(text).encode().split()
    if len(words) < SHINGLE_WORDS:
        return {b" ".join(words)} if words else set()
    return set(map(b" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)))))


def signature(text: str) -> tuple[bytes, int]:
    """Return the MinHash of a text as bytes, and how many shingles it had."""
    grams = shingles(text)
    if not grams:
        return _EMPTY, 0
    # The same arithmetic as MinHash.update_batch (affine32), without building a MinHash per text:
    # the first 4 bytes of each shingle's SHA-1 as a little-endian uint32, mixed, then a * h + b
    # modulo 2**32 for each permutation, and the minimum over the shingles.
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, grams)))  # 20 bytes each: the first 4 are kept
    hv = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> np.uint32(s1))
    hv = hv * m1
    hv = hv ^ (hv >> np.uint32(s2))
    hv = hv * m2
    hv = hv ^ (hv >> np.uint32(s3))
    return (hv * _A + _B).min(axis=0).tobytes(), len(grams)


def band_keys(sig: bytes) -> list[int]:
    """Return one signed 64-bit key per band, so equal bands give equal keys in any database."""
    keys = []
    width = ROWS * 4
    for band in range(BANDS):
        chunk = sig[band * width : (band + 1) * width]
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Return the Jaccard similarity two signatures estimate."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))
