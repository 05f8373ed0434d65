package io.parallax.dedup;

import io.parallax.model.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicateIndexTest {

    static final String WIRE = "The central bank raised its main interest rate by half a percentage point on Thursday, "
            + "the largest increase in two decades, as policymakers tried to bring down inflation that has reached "
            + "its highest level since the early nineteen nineties. The governor told reporters that further rises "
            + "were likely in the coming months if prices kept climbing, and that the bank would watch wages closely. "
            + "Markets had expected a smaller move, and the currency rose sharply after the announcement while "
            + "shares in property developers fell on fears of higher mortgage costs for households across the country.";

    static Document doc(String id, String url, String text) {
        return new Document(id, url, null, null, null, null, text, null, Map.of());
    }

    @Test
    void sameUrlOrSameTextIsAnExactDuplicate() {
        DuplicateIndex idx = new DuplicateIndex();
        Document first = doc("a", "https://www.News.example/story/?utm_source=x#top", WIRE);
        assertThat(idx.check(first).isNew()).isTrue();
        idx.add(first);
        Verdict byUrl = idx.check(doc("b", "http://news.example/story?utm_medium=rss", "Other text entirely."));
        assertThat(byUrl.kind()).isEqualTo(Verdict.Kind.DUPLICATE);
        assertThat(byUrl.of()).isEqualTo("a");
        assertThat(byUrl.reason()).isEqualTo("url");
        Verdict byText = idx.check(doc("c", null, "  " + WIRE.toUpperCase() + "\n"));
        assertThat(byText.kind()).isEqualTo(Verdict.Kind.DUPLICATE);
        assertThat(byText.reason()).isEqualTo("content-hash");
    }

    @Test
    void syndicatedCopyWithSmallEditsIsANearDuplicate() {
        DuplicateIndex idx = new DuplicateIndex();
        idx.add(doc("wire", "https://wire.example/1", WIRE));
        String repost = "LONDON (Reuters) - " + WIRE.replace("on Thursday", "on Thursday morning")
                + " Reporting by Jane Doe; editing by John Roe.";
        Verdict v = idx.check(doc("repost", "https://paper.example/x", repost));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.NEAR_DUPLICATE);
        assertThat(v.of()).isEqualTo("wire");
        assertThat(v.similarity()).isBetween(0.8, 1.0);
    }

    @Test
    void differentArticlesOnTheSameTopicAreNew() {
        DuplicateIndex idx = new DuplicateIndex();
        idx.add(doc("wire", null, WIRE));
        String other = "Inflation eased slightly in March, according to figures published on Tuesday by the "
                + "statistics office, though food and energy prices remained far higher than a year ago. Economists "
                + "said the central bank was still likely to raise its interest rate again at its next meeting, "
                + "because wages were rising quickly and unemployment stayed close to a record low. Retailers "
                + "reported weaker sales of clothing and furniture as households cut back on spending.";
        assertThat(idx.check(doc("other", null, other)).isNew()).isTrue();
        assertThat(idx.check(doc("short", null, "Too short to compare.")).isNew()).isTrue();
    }

    @Test
    void stateSurvivesAWriteAndRead() throws IOException {
        DuplicateIndex idx = new DuplicateIndex();
        idx.add(doc("wire", "https://wire.example/1", WIRE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        idx.writeTo(out);
        DuplicateIndex back = DuplicateIndex.readFrom(new ByteArrayInputStream(out.toByteArray()), DedupConfig.DEFAULTS);
        assertThat(back.size()).isEqualTo(1);
        assertThat(back.check(doc("x", "https://wire.example/1", "whatever")).of()).isEqualTo("wire");
        assertThat(back.check(doc("y", null, WIRE + " Extra closing sentence here.")).kind())
                .isEqualTo(Verdict.Kind.NEAR_DUPLICATE);
        DedupConfig other = new DedupConfig(5, 20, 6, 0.8, 30, 42);
        assertThatThrownBy(() -> DuplicateIndex.readFrom(new ByteArrayInputStream(out.toByteArray()), other))
                .isInstanceOf(IOException.class);
    }
}
