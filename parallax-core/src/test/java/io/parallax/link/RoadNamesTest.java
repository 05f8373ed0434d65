package io.parallax.link;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoadNamesTest {

    @Test
    void numberedRoadsWithOrWithoutRoadWords() {
        RoadNames sv = new RoadNames("sv");
        assertThat(sv.isRoad("motorvägen M4")).isTrue();
        assertThat(sv.isRoad("M4")).isTrue();
        assertThat(sv.isRoad("M4 motorway")).isTrue();   // English road words count in every language
        assertThat(sv.isRoad("E4")).isTrue();
        assertThat(new RoadNames("en").isRoad("Route 66")).isTrue();
        assertThat(new RoadNames("en").isRoad("I-95")).isTrue();
        assertThat(new RoadNames("ru").isRoad("трасса М4")).isTrue();
    }

    @Test
    void otherNamesAreNotRoads() {
        RoadNames sv = new RoadNames("sv");
        assertThat(sv.isRoad("Moskva")).isFalse();
        assertThat(sv.isRoad("Peter den store")).isFalse();
        assertThat(sv.isRoad("vägen")).isFalse();          // a road word alone names no road
        assertThat(sv.isRoad("Storgatan 12")).isFalse();    // a street address is not a road word
        assertThat(sv.isRoad("M4 Moskva")).isFalse();
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
