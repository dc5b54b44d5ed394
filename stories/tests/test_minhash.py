"""The direct MinHash arithmetic gives datasketch's signatures, bit for bit."""

import random

import numpy as np
from datasketch import MinHash

from stories import minhash


def _datasketch_signature(text: str) -> bytes:
    reference = MinHash(num_perm=minhash.NUM_PERM, seed=minhash.SEED)
    grams = minhash.shingles(text)
    if grams:
        reference.update_batch(list(grams))
    return reference.hashvalues.astype(np.uint32).tobytes()


def test_signatures_equal_datasketch_for_random_texts():
    rng = random.Random(7)
    vocabulary = [
        "ploaie",
        "Cluj",
        "primăria",
        "șoferul",
        "țară",
        "în",
        "anul",
        "2024",
        "drum",
        "școala",
        "Iași",
        "spital",
        "mașina",
        "poliția",
        "a",
        "de",
        "la",
        "pe",
        "un",
        "râul",
    ]
    texts = ["", "unu", "două cuvinte aici", "exact cinci cuvinte sunt aici"]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 400))) for _ in range(60)]
    for text in texts:
        sig, count = minhash.signature(text)
        assert sig == _datasketch_signature(text), text[:60]
        assert count == len(minhash.shingles(text))
        assert len(sig) == minhash.NUM_PERM * 4


def test_copy_scores_higher_than_unrelated_text():
    base = " ".join(f"cuvânt{i}" for i in range(200))
    copy = base.replace("cuvânt50", "altceva")
    other = " ".join(f"vorba{i}" for i in range(200))
    assert minhash.similarity(minhash.signature(base)[0], minhash.signature(copy)[0]) > 0.8
    assert minhash.similarity(minhash.signature(base)[0], minhash.signature(other)[0]) < 0.1
