"""Builds the seed gold files (tests/fixtures/quotes/*.json) from hand-written anchors: each quote is
given by its exact text in the article (with an occurrence number when the text repeats), its kind,
speaker and side; this script finds the character offsets. Run: python3 scripts/gold-anchors.py
The anchors below ARE the annotation; see tests/fixtures/quotes/README.md for the guidelines."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D, P, I = "direct", "partial", "indirect"
US, RU, UA, UK, EU, NATO, AN = "us", "russia", "ukraine", "uk", "eu", "nato", "analysts"
BL, LA, BI, PU, ZE = "Antony Blinken", "Sergei Lavrov", "Joe Biden", "Vladimir Putin", "Volodymyr Zelensky"

GOLD = {
 "bbc": [
  (D, "This is a critical moment", BL, US),
  (P, "don't expect to resolve our differences here today", BL, US),
  (I, "hoped to test whether diplomacy was still a viable option", BL, US),
  (I, "Russia was not expecting a breakthrough in the key talks", LA, RU),
  (I, "planning to invade", "Russia", RU),
  (P, "united, swift and severe", BL, US),
  (I, "concern Russia's security, including that Ukraine be stopped from joining Nato", PU, RU),
  (I, "Russia was not expecting a written response to those red lines on Friday", "Dmitry Peskov", RU),
  (I, "A reply is expected next week", "Russian media", RU),
  (D, "[Our] proposals are extremely concrete and we await equally concrete answers", LA, RU),
  (P, "diplomatic off-ramp", "US State Department", US),
  (I, "Russia of violating the deal", "United States", US),
  (I, "Ukraine is its primary focus", "Russia", RU),
  (I, "Russian intelligence officers had been recruiting current and former Ukrainian government officials to step in as a provisional government and cooperate with an occupying Russian force in the event of an invasion", "United States", US),
  (I, "it would send a frigate to the Baltic Sea", "EU member states", EU),
  (I, "it was supplying Ukraine with extra troops for training and defensive weapons", "United Kingdom", UK),
  (P, "desist and step back from Ukraine before he makes a massive strategic mistake", "Liz Truss", UK),
  (P, "will move in", BI, US),
  (P, ("minor incursion", 1), BI, US),
  (D, "There are no minor incursions. Just as there are no minor casualties and little grief from the loss of loved ones.", ZE, UA),
  (I, "any Russian troop movement across Ukraine's border would qualify as an invasion", BI, US),
  (P, "pay a heavy price", BI, US),
 ],
 "sky": [
  (P, "Russia will pay a heavy price", BI, US),
  (P, "provocations", "Russia", RU),
  (I, "talks will likely fail", BL, US),
  (D, "These are difficult issues we are facing and resolving them won\u2019t happen quickly.", BL, US),
  (I, "that is like bringing a knife to a gunfight", "critics", AN),
  (I, "the ground will be too soft for the movement of Russian heavy armour", "military experts", AN),
  (I, "it wants written responses to each proposal", "Russian Foreign Ministry", RU),
  (I, "he will not be giving", BL, US),
 ],
 "itv": [
  (P, ("swift, severe, united", 0), "United States", US),
  (P, ("swift, severe, united", 1), "United States", US),
  (P, "renewed invasion,", BL, US),
  (D, "Russia has an extensive playbook short of military actions,", BL, US),
  (I, "would also trigger some response from the US and its allies", BL, US),
  (P, "clearer path to understanding each other\u2019s positions", BL, US),
  (P, "constructive and useful", LA, RU),
  (I, "the US agreed to provide written responses to Russian demands on Ukraine and NATO next week", LA, RU),
  (I, "he wouldn't go into detail on the contents of the pledge", LA, RU),
  (I, "they needed to wait until they had received it", LA, RU),
  (D, "I can\u2019t say whether we are on the right track or not.", LA, RU),
  (P, "either path", BL, US),
  (I, "any intrusion onto Ukrainian soil would trigger a response", "United States", US),
  (I, "a minor incursion would trigger a lesser response", BI, US),
  (D, "It\u2019s one thing if it\u2019s a minor incursion\u2026 but if they actually do what they are capable of doing it\u2019s going to be a disaster for Russia.", BI, US),
  (P, "critical moment", BL, US),
  (D, "We don\u2019t expect to resolve our differences here today. But I do hope and expect that we can test whether the path of diplomacy or dialogue remains open.", BL, US),
  (I, "he believed the chance of a breakthrough was low", LA, RU),
  (I, "Ukraine joining the defensive alliance would be a red line for them", "Russia", RU),
  (I, "they have been forced to move troops to the border in retaliation to western encroachment", "Russia", RU),
  (I, "joining NATO is a democratic choice made by individual countries and it is a defensive alliance", "the West", None),
  (P, "open-door", BL, US),
  (P, ("severe", 2), "United States", US),
  (P, ("swift, severe", 2), BL, US),
  (P, "independently function", BL, US),
  (I, "any Russian troop movements across Ukraine\u2019s border would constitute an invasion", BI, US),
  (P, "pay a heavy price", BI, US),
  (D, "I\u2019ve been absolutely clear with President Putin,", BI, US),
  (D, "He has no misunderstanding: Any, any assembled Russian units move across the Ukrainian border, that is an invasion.", BI, US),
 ],
 "dw": [
  (P, "united, swift and severe", BL, US),
  (P, "critical moment.", BL, US),
  (I, "they will not be able to resolve all of their differences during the talks", "The two diplomats", None),
  (P, "breakthrough,", LA, RU),
  (I, "he wants a concrete response to Moscow's security demands", LA, RU),
  (P, "disaster", BI, US),
  (P, "facilitate the destabilization of the situation.", "Dmitry Peskov", RU),
  (I, "Russia of ramping up support for separatists in eastern breakaway regions of the country on Friday", "Ukraine", UA),
  (I, "it is planning an invasion", "Russia", RU),
  (I, "NATO halt its eastward expansion in the region and deny membership to Ukraine", "Kremlin", RU),
  (I, "NATO to remove troops from Romania and Bulgaria", "Russian Foreign Ministry", RU),
  (I, "it does not expect a written response to its security demands from Blinken during the Friday meeting", "Kremlin", RU),
  (P, "not afraid of anyone,", "Sergei Ryabkov", RU),
  (I, "Washington for escalating tensions", "Sergei Ryabkov", RU),
  (P, "dangerous critical line.", "Sergei Ryabkov", RU),
  (I, "sanctions towards Russia if Moscow orders an attack against Ukraine", "the two diplomats", None),
  (I, "Berlin could work more closely with Moscow in the field of renewable energy", "Robert Habeck", EU),
  (D, "We should also think about new business areas that can help lead both sides out of this confrontational position,", "Robert Habeck", EU),
  (P, ("united", 1), "Spanish foreign minister", EU),
  (I, "it will give Kyiv millions of dollars in additional military assistance amid Russian invasion concerns", "United States", US),
 ],
 "frontline": [
  (D, "We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path to understanding each other's positions,", BL, US),
  (P, "frank and substantive,", BL, US),
  (I, "U.S. President Joe Biden would be ready to meet his Russian counterpart, Vladimir Putin, if that would resolve the conflict in Ukraine further", BL, US),
  (P, "constructive and useful,", LA, RU),
  (I, "the West coming to terms with these demands could diffuse tensions", LA, RU),
  (I, "Russia had never threatened the people of Ukraine and had no intention to do so", LA, RU),
  (P, "that deeds and actions, not words, make the difference.", BL, US),
  (I, "such negotiations between Russia and the West, help to buy time", "Oleg Ignatov", AN),
  (D, "Negotiations will continue until Russia wants to withdraw from them. But the West is not yet making any fundamental concessions to Russia. If Russia bluffs, the negotiations will go on for a long time and then, perhaps by demanding a lot, Russia will be satisfied with some non-fundamental concessions, for example, on Ukraine,", "Oleg Ignatov", AN),
  (I, "the atmosphere in Kyiv was filled with hope and determination to fight if diplomatic dialogues failed", "Michal Baranowski", AN),
  (D, "I'm in Kyiv and as these new talks in Geneva began, it was very clear from every politician, citizen and foreign policy expert here, that Ukranians are eager to find a solution. While nobody wants another war, Ukrainians are ready to fight if there is any Russian invasion and many citizens have even volunteered to train in order to protect their country,", "Michal Baranowski", AN),
  (I, "the country hasn't been very pleased with the United States' support towards Ukraine over the past week", "Michal Baranowski", AN),
  (D, "It's one thing if it's a minor incursion, and then we end up having a fight about what to do and not do.", BI, US),
  (D, "We want to remind the great powers that there are no minor incursions and small nations. Just as there are no minor casualties and little grief from the loss of loved ones. I say this as the President of a great power.", ZE, UA),
  (P, "severe and coordinated economic response,", BI, US),
  (P, "the next few weeks must lead us to finalize a European proposal building a new security and stability order, we must build it among Europeans, then share it with our allies in NATO and then submit it to negotiation with Russia.", "Emmanuel Macron", EU),
  (I, "the E.U. wanting its own approach would not be fruitful", "Michal Baranowski", AN),
  (D, "The E.U. has not been a very present actor throughout this crisis. For everyone in Ukraine, President Macron's proposal is actually counterproductive because we are in a moment where we need western unity and the E.U. cannot go away on its own path,", "Michal Baranowski", AN),
  (D, "I have not heard anything strange coming from Macron's mouth,", "EU diplomat (unnamed)", EU),
  (D, "I think what he is flagging is that the E.U. and U.S. are on the same page when it comes to dealing with Russia and are working on a serious proposal to ease tensions instead of fighting it out militarily.", "EU diplomat (unnamed)", EU),
  (I, "a written response to Russia's demands was now the next step on the table", BL, US),
  (D, "We're not waiting to take action to counter Russia. We've been engaged in extensive diplomacy around the world. But at the same time we've embarked on a path of defense and deterrence. These things are not mutually exclusive.", BL, US),
  (I, "sanctions won\u2019t be a good tool to push Russia back from its current position", "Fabrice Pothier", AN),
  (D, "Sanctions towards Russia are a funny thing because while they could cripple Russia's economy, they have not stopped Putin or changed his behavior since 2014,", "Fabrice Pothier", AN),
  (D, "But every time there's a negotiation with Russian counterparts, the West brings up sanctions.", "Fabrice Pothier", AN),
  (I, "Despite the economic threat these would pose for Russia, they are however unlikely to sway Moscow\u2019s course", "Fabrice Pothier", AN),
 ],
}

def find(text, anchor, article):
    needle, nth = anchor if isinstance(anchor, tuple) else (anchor, None)
    hits, at = [], text.find(needle)
    while at != -1:
        hits.append(at); at = text.find(needle, at + 1)
    if not hits: sys.exit(f"{article}: anchor not found: {needle!r}")
    if nth is None and len(hits) > 1: sys.exit(f"{article}: anchor occurs {len(hits)} times, give an occurrence: {needle!r}")
    start = hits[nth or 0]
    return start, start + len(needle), needle

for article, quotes in GOLD.items():
    text = open(os.path.join(ROOT, "seeds", f"{article}.txt"), encoding="utf-8").read()
    assert all(ord(c) < 0x10000 for c in text), "offsets assume no astral characters"
    out = []
    for kind, anchor, speaker, side in quotes:
        start, end, needle = find(text, anchor, article)
        out.append({"kind": kind, "start": start, "end": end, "text": needle, "speaker": speaker, "side": side})
    out.sort(key=lambda q: q["start"])
    with open(os.path.join(ROOT, "tests", "fixtures", "quotes", f"{article}.json"), "w", encoding="utf-8") as f:
        json.dump({"id": article, "textFile": f"../../../seeds/{article}.txt", "quotes": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{article}: {len(out)} quotes")
