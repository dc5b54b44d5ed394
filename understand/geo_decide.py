"""The geotagger's last step: local, national or abroad, and how sure.

Evidence for a national reading is weighed against the local evidence: national cues (the
government, national agencies, 'în toată țara'), an enumeration of three or more counties (a
weather warning, a roundup), places abroad. The outlet's county never creates a county when the
text reads as national: it breaks ties between local readings, confirms weak local evidence, and
stands in for a story that names no place but speaks of local bodies ('Consiliul Local').
"""

from understand.result import GeoResult

# Evidence needed for a county: any mention of the outlet's own county; otherwise about one
# cued mention of a town or one mention in the title. THRESHOLD_OTHER swept 1.0-3.0: demo
# county accuracy 0.9935-0.9941, hand-written 1.0 throughout; 2.0 sits mid-range.
THRESHOLD_HOME = 0.8
THRESHOLD_OTHER = 2.0
SECONDARY_SHARE = 0.5  # another county counts when it has half the primary's weight
TIE_SHARE = 0.8  # counties this close: the one named first leads ('Inundații în Vrancea și Buzău')
# National cue weight (title 2, body 1 each) that makes a story with one passing local mention
# national: two cues, as in 'Guvernul ... ministrul'. Unchanged from the first tagger.
NATIONAL_MIN = 2
# Counties enumerated one after another ('în Suceava, Neamț și Bacău') that make a list, and
# counties of comparable weight (SECONDARY_SHARE of the best) without an enumeration: both are
# a roundup unless the best is named in the title outside the list.
LIST_COUNTIES = 3
COMPARABLE_COUNTIES = 4
LIST_GAP = 2  # joiner words allowed between two items of a list ('și în')
LIST_BRIDGE = 4  # words of an unknown name and joiners allowed between two items
CAPITAL = "bucuresti"  # national news is datelined in the capital

# Confidence of each kind of decision: how often such decisions were right on the hand sets
# (handwritten_geo, handwritten_geo_news, handwritten_geo_hard; 1,274 taggings, text only and with
# the outlet's county), as (right + 1) / (count + 2) rounded down, so that a small count does not
# claim certainty. Measured 2026-12-05: local_strong 889/897, local 15/16, national 264/272,
# foreign 56/56, prior_only 7/7, nothing 10/26, local_weak none. `gazeta eval --json` prints the
# reliability table.
CONFIDENCE = {
    "local_strong": 0.99,  # the county named in the title, or with at least twice the threshold
    "local": 0.89,
    "local_weak": 0.5,  # evidence below the threshold, confirmed by the outlet's county (not seen yet)
    "prior_only": 0.89,  # no place named; local bodies and the outlet's county
    "national": 0.96,  # national cues or a list, and no titled county
    "foreign": 0.98,
    "nothing": 0.39,  # no place and no cue either way: usually an outlet's story with the outlet unknown
}


def cue_scores(tokens, idx) -> tuple[float, float, float]:
    """Return the weight of national cues, local cues and national topics (title 2, text 1 each)."""
    national = local = topic = 0.0
    starts = idx.national_starts | idx.local_starts
    i = 0
    for start in [n for n, token in enumerate(tokens) if token.folded in starts]:  # where a cue may start
        if start < i:  # inside the cue found last
            continue
        i = start
        phrase, found, n = tokens[i].folded, None, 1
        while True:  # the longest cue phrase starting here: grow while it is a cue's leading part
            if phrase in idx.national_cues or phrase in idx.local_cues or phrase in idx.topic_cues:
                found = (phrase, n)
            if i + n >= len(tokens):
                break
            phrase = phrase + " " + tokens[i + n].folded
            if phrase not in idx.cue_prefixes:
                break
            n += 1
        if found is None:
            i += 1
            continue
        weight = 2.0 if tokens[i].field == "title" else 1.0
        if found[0] in idx.national_cues:
            national += weight
        elif found[0] in idx.local_cues:
            local += weight
        else:
            topic += weight
        i += found[1]
    return national, local, topic


def enumerations(chosen, tokens, idx) -> set[int]:
    """Return the token starts of the mentions in runs naming LIST_COUNTIES or more counties."""
    listed: set[int] = set()
    run: list = []

    def close() -> None:
        counties = {p.county if p is not None else ("?", m.token_start) for m, p in run}
        if len(counties) >= LIST_COUNTIES:
            listed.update(m.token_start for m, _ in run)

    for mention, place in chosen:
        if mention.kind == "foreign" or (place is not None and not place.county):
            continue
        if run:
            last = run[-1][0]
            gap = tokens[last.token_end : mention.token_start]
            # Joiners ('și', 'în'), or a name the gazetteer does not know standing in the list
            # ('Vrancea, Dealu Mare, Cotnari și Murfatlar'): it joins the run but is not counted.
            joined = (all(t.folded in idx.list_joiners for t in gap) and len(gap) <= LIST_GAP) or (
                len(gap) <= LIST_BRIDGE
                and all(t.folded in idx.list_joiners or (t.upper and not t.sentence_start) for t in gap)
            )
            joined = joined and tokens[last.token_start].field == tokens[mention.token_start].field
            if not joined:
                close()
                run = []
        run.append((mention, place))
    close()
    return listed


def decide(scores, foreign: float, chosen, tokens, source_county, idx, places, lead_end: int) -> GeoResult:
    """Return the article's counties from the resolved evidence; lead_end: where the lead stops."""
    national, local, topic = cue_scores(tokens, idx)
    # With no place named, the outlet's county stands in when the story speaks of local bodies
    # more than of national ones, or of nothing national at all, not even a national subject
    # (prices, taxes, laws: issue 14) - 'Noul sezon teatral se deschide vineri' stays local.
    prior_ok = bool(source_county) and not foreign and (local > national or national + topic == 0)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0] != source_county, kv[0]))
    if not ranked or ranked[0][1] <= 0:
        if prior_ok:
            return GeoResult(source_county, (source_county,), places, CONFIDENCE["prior_only"])
        kind = "foreign" if foreign else "national" if national else "nothing"
        return GeoResult(None, (), places, CONFIDENCE[kind])

    first_seen = {}
    for mention, place in chosen:
        if place is not None and place.county:
            first_seen.setdefault(place.county, mention.token_start)
    close = [c for c, s in ranked if s >= TIE_SHARE * ranked[0][1]]
    if len(close) > 1 and source_county not in close:
        leader = min(close, key=lambda c: first_seen.get(c, len(tokens)))
        ranked.sort(key=lambda kv: kv[0] != leader)
    best, best_score = ranked[0]
    listed = enumerations(chosen, tokens, idx)
    titled = {
        p.county
        for m, p in chosen
        if p is not None and not m.home and m.token_start not in listed and tokens[m.token_start].field == "title"
    }
    in_title = best in titled
    best_in_list = any(p is not None and p.county == best and m.token_start in listed for m, p in chosen)
    comparable = [c for c, s in ranked if s >= SECONDARY_SHARE * best_score]
    if not in_title and (best_in_list or len(comparable) >= COMPARABLE_COUNTIES):
        # A roundup: no primary county; the counties it lists, in the order named.
        named = [
            c
            for c in sorted(first_seen, key=first_seen.get)
            if c in comparable or any(p is not None and p.county == c and m.token_start in listed for m, p in chosen)
        ]
        return GeoResult(None, tuple(named), places, CONFIDENCE["national"])
    if foreign > best_score and not in_title:
        return GeoResult(None, (), places, CONFIDENCE["foreign"])
    best_mentions = sum(1 for m, p in chosen if p is not None and p.county == best)
    if national >= max(NATIONAL_MIN, local + 0.5) and not in_title and (best_mentions <= 1 or best == CAPITAL):
        # The outlet's own county named in the lead is weak local evidence it confirms.
        in_lead = any(
            p is not None
            and p.county == best
            and tokens[m.token_start].field == "text"
            and tokens[m.token_start].start < lead_end
            for m, p in chosen
        )
        if not (best == source_county and in_lead):
            return GeoResult(None, (), places, CONFIDENCE["national"])
    threshold = THRESHOLD_HOME if best == source_county else THRESHOLD_OTHER
    if best_score < threshold:
        if prior_ok:
            return GeoResult(source_county, (source_county,), places, CONFIDENCE["local_weak"])
        return GeoResult(None, (), places, CONFIDENCE["nothing"])

    floor = max(SECONDARY_SHARE * best_score, THRESHOLD_OTHER if best != source_county else THRESHOLD_HOME)
    counties = (best,) + tuple(c for c, s in ranked[1:] if s >= floor)
    strong = in_title or best_score >= 2 * THRESHOLD_OTHER
    return GeoResult(best, counties, places, CONFIDENCE["local_strong" if strong else "local"])
