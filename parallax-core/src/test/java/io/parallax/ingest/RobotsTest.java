package io.parallax.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTest {

    @Test
    void specificGroupWinsOverStarAndLongestRuleWins() {
        Robots r = Robots.parse("""
                User-agent: *
                Disallow: /

                User-agent: ParallaxBot
                Disallow: /private
                Allow: /private/public
                Disallow: /*.pdf$
                """, "ParallaxBot/0.1 (+x)");
        assertThat(r.allows("/news")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.allows("/private/public/y")).isTrue();
        assertThat(r.allows("/files/a.pdf")).isFalse();
        assertThat(r.allows("/files/a.pdf?x=1")).isTrue();
        Robots other = Robots.parse("User-agent: *\nDisallow: /\n", "OtherBot");
        assertThat(other.allows("/anything")).isFalse();
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "x").allows("/a")).isTrue();
    }
}
