package io.parallax.link;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoadNamesTest {

    @Test
    void numberedRoadsWithOrWithoutRoadWords() {
        RoadNames sv = new RoadNames("sv");
        // English road words count in every language
        assertThat(List.of("motorvägen M4", "M4", "M4 motorway", "E4")).allMatch(sv::isRoad);
        assertThat(List.of("Route 66", "I-95")).allMatch(new RoadNames("en")::isRoad);
        assertThat(new RoadNames("ru").isRoad("трасса М4")).isTrue();
        assertThat(sv.number("motorvägen M4")).isEqualTo(sv.number("M4")).isEqualTo("M4");
        assertThat(new RoadNames("en").number("Route 66")).isEqualTo("ROUTE 66");
    }

    @Test
    void otherNamesAreNotRoads() {
        RoadNames sv = new RoadNames("sv");
        // a road word alone names no road; a street address has no road word; a place is no road number
        assertThat(List.of("Moskva", "Peter den store", "vägen", "Storgatan 12", "M4 Moskva")).noneMatch(sv::isRoad);
    }

    @Test
    void badInputIsNoRoad() {
        RoadNames none = new RoadNames(null);
        assertThat(none.isRoad(null)).isFalse();
        assertThat(none.isRoad("")).isFalse();
        assertThat(none.isRoad("M" + "4".repeat(1000))).isFalse();
        assertThat(new RoadNames("xx").isRoad("A1 motorway")).isTrue();   // unknown language: English words
    }
}
