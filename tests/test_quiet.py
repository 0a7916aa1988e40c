"""On non-conflict news the library stays quiet (sentences written for the project)."""

from __future__ import annotations

NON_CONFLICT = [
    "Shares in the carmaker rose 4% after it launched a new electric model in Berlin.",
    "The striker scored twice as Arsenal took control of the title race on Saturday.",
    "A price war between the two supermarket chains hit profits in the third quarter.",
    "The start-up captured the imagination of investors with its drone delivery service.",
    "Firefighters battled a blaze that destroyed three warehouses in the port of Hamburg.",
    "The central bank held interest rates at 5% and signalled cuts later this year.",
    "The band announced a world tour, with the first concert set for June in London.",
    "Heavy rain hit the coast on Monday, flooding roads and cutting power to 20,000 homes.",
    "The tech giant said it would send engineers to its new campus in Dublin next year.",
    "Researchers said the rocket engine test went well and the launch is planned for spring.",
    "The company announced a deal to acquire a rival software maker for $2 billion.",
    "The minister visited a school in Leeds to open a new science block.",
    "Tennis fans flooded into the stadium as the champion advanced to the semi-finals.",
    "The airline said strikes by baggage handlers would disrupt flights at Madrid airport.",
    "A cyber attack took down the council's website for two days, officials said.",
    "Police said two people were injured in a car crash on the motorway near Bristol.",
    "The chef's new restaurant opened in Paris to rave reviews.",
    "Voters in the state will head to the polls in November.",
    "The film captured three awards at the festival in Venice.",
    "The team's coach said the players were ready for the derby.",
]


def test_non_conflict_news_gives_almost_no_events(extractor):
    events = []
    for i, text in enumerate(NON_CONFLICT):
        result = extractor.extract(text, published="2025-03-04", doc_id=f"n{i}")
        events += [(text, e.event_type, e.rule) for e in result.events if e.event_type != "claim"]
    # at most one false event in twenty non-conflict sentences
    assert len(events) <= 1, events
