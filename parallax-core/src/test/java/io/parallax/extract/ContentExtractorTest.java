package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The body-selection steps of {@link ContentExtractor}, each on a small page built to need it. */
class ContentExtractorTest {

    private static final String PROSE_1 = "The council approved the new budget on Tuesday after a long debate, "
            + "and the mayor said the vote was a turning point for the city.";
    private static final String PROSE_2 = "Opposition members argued that the plan cut too deeply into social "
            + "services, while business groups welcomed the lower taxes it promised.";
    private static final String PROSE_3 = "The budget takes effect in January, and a review is planned for the "
            + "autumn, when the first figures on spending will be known.";

    private static final String PROSE_4 = "Several councillors asked for a second vote next year, but the motion "
            + "failed by a wide margin after the finance committee warned against delays.";
    private static final String PROSE_5 = "Residents who attended the meeting were divided, with some applauding "
            + "the result and others leaving before the final count was announced.";

    /** Unmarked prose outside the article, which wins whenever the article's own box is wrongly dismissed. */
    private static final String NOTE = "Opening hours of the town hall change in summer, when the offices close "
            + "at noon on Fridays.";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private Document extract(String body) throws ExtractionException {
        String html = "<html><head><title>Budget approved</title></head><body>" + body + "</body></html>";
        return extractor.extract(new RawDocument("t", "t.html", html.getBytes(StandardCharsets.UTF_8),
                "text/html", Map.of(), null));
    }

    /** An article of three paragraphs with {@code insert} between the second and the third. */
    private static String articleAround(String insert) {
        return "<article>" + paragraphs(PROSE_1, PROSE_2) + insert + paragraphs(PROSE_3) + "</article>";
    }

    private static String paragraphs(String... texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append("<p>").append(t).append("</p>");
        }
        return sb.toString();
    }

    @Test
    void markOnTheElementHoldingTheArticleIsVoided() throws Exception {
        // Page builders call every box a widget; the one holding all the prose is the article all the same.
        Document d = extract("<div class='widget'><div class='widget-container'>"
                + paragraphs(PROSE_1, PROSE_2, PROSE_3, PROSE_4, PROSE_5) + "</div></div>"
                + "<div class='note'><p>" + NOTE + "</p></div>");
        assertThat(d.text()).contains("turning point", "social services", "review is planned")
                .doesNotContain("Opening hours");
    }

    @Test
    void unclosedHeaderDoesNotSwallowThePage() throws Exception {
        Document d = extract("<div class='note'><p>" + NOTE + "</p></div><header id='branding'><a href='/'>Logo</a>"
                + "<div id='content'><article><h1>Budget approved</h1>"
                + paragraphs(PROSE_1, PROSE_2, PROSE_3, PROSE_4, PROSE_5) + "</article></div>");
        assertThat(d.text()).contains("turning point", "review is planned").doesNotContain("Opening hours");
    }

    @Test
    void layoutElementsAreBoilerplate() throws Exception {
        Document d = extract("<header><p>" + PROSE_3.replace("budget", "site") + "</p></header><main>"
                + paragraphs(PROSE_1, PROSE_2) + "</main><footer><p>About us: a long description of the "
                + "newspaper, its history, its owners and its editorial principles since 1901.</p></footer>");
        assertThat(d.text()).contains("turning point", "social services").doesNotContain("About us")
                .doesNotContain("site takes effect");
    }

    private static final String LEAD = "After months of dispute the city finally has a spending plan, and it is "
            + "smaller than any before it.";

    /** Asserts that a page of {@code before}, the body's three paragraphs and {@code after} starts with LEAD. */
    private void assertLeadFirst(String before, String after, String absent) throws Exception {
        Document d = extract(before + "<div class='body'>" + paragraphs(PROSE_1, PROSE_2, PROSE_3) + "</div>" + after);
        assertThat(d.paragraphTexts()).first().isEqualTo(LEAD);
        assertThat(d.text()).doesNotContain(absent);
    }

    @Test
    void leadInTheArticleHeaderIsRecovered() throws Exception {
        assertLeadFirst("<article><header><h1>Budget approved</h1><p class='lead'>" + LEAD + "</p>"
                + "<p class='date'>5 March 2024</p></header>", "</article>", "5 March 2024");
    }

    @Test
    void leadIsRecoveredPastAPictureCaption() throws Exception {
        assertLeadFirst("<h1>Budget approved</h1><p class='lead'>" + LEAD + "</p><div class='share'><p "
                + "class='media-caption'>Councillors and the mayor in the council chamber on Tuesday evening, "
                + "shortly before the vote.</p></div>", "", "council chamber");
    }

    @Test
    void proseSiblingOfTheContainerJoinsIt() throws Exception {
        String intro = "Councillors met for nine hours before the vote, the longest session in the city's history.";
        Document d = extract("<div class='story'><p>" + intro + "</p><div class='story-body'>"
                + paragraphs(PROSE_1, PROSE_2, PROSE_3) + "</div></div>");
        assertThat(d.text()).contains("nine hours", "turning point");
    }

    @Test
    void repeatedEntriesOfALiveBlogAreOneArticle() throws Exception {
        String entry = "<section class='entry'><header><h3>Update</h3></header><div class='entry-body'>%s</div>"
                + "</section>";
        Document d = extract(String.format(entry, paragraphs(PROSE_1, PROSE_2, PROSE_3))
                + String.format(entry, paragraphs(PROSE_4, PROSE_5, NOTE))
                + "<div class='links'><p><a href='/a'>Sport</a> <a href='/b'>Weather</a></p></div>");
        assertThat(d.text()).contains("turning point", "wide margin", "final count").doesNotContain("Weather");
    }

    @Test
    void widgetLabelsInsideTheArticleAreDropped() throws Exception {
        Document d = extract(articleAround("<p>Advert</p><p>Image 2 of 5</p><p>Caption</p><p>Close</p>"
                + "<p>You may also like...</p><p>Tags:</p>"));
        assertThat(d.body()).contains("turning point", "will be known").doesNotContain("Advert", "Image 2",
                "Caption", "Close", "also like", "Tags");
    }

    @Test
    void hoverCardOverANameGoesButTheNameStays() throws Exception {
        String card = "<span class='person'><a href='/p/jane'>Jane Doe</a><span class='card'><span>"
                + "<img src='jane.jpg'><a href='/p/jane'>Jane Doe</a><a href='/s/1'>Latest story about the "
                + "harbour</a> <a href='/s/2'>Another story about the railway</a></span></span></span>";
        Document d = extract("<article><p>The motion was tabled by " + card + ", who chairs the finance "
                + "committee, and it passed with a large majority after a short debate.</p>"
                + paragraphs(PROSE_1, PROSE_2, PROSE_3) + "</article>");
        assertThat(d.body()).contains("tabled by Jane Doe, who chairs").doesNotContain("harbour", "railway");
    }

    @Test
    void aSpanWrappingWholeParagraphsIsNoCard() throws Exception {
        Document d = extract("<article><span class='wrap'><p>" + PROSE_1 + " <a href='/a'>More</a></p><img src='x.jpg'>"
                + paragraphs(PROSE_2, PROSE_3) + "<p><a href='/b'>Source</a></p></span></article>");
        assertThat(d.body()).contains("turning point", "lower taxes", "will be known");
    }

    @Test
    void postMetadataAndBareDateLinesGoButAQuoteAttributionStays() throws Exception {
        Document d = extract(articleAround("<p>05/10/2018 - Posted by: Jane Doe - Category: Health - Tags: budget"
                + "</p><p>Monday, 22 January 2018, 0:13</p><blockquote><p>We will appeal the decision.</p>"
                + "<p>— Jane Doe (@janedoe) November 1, 2019</p></blockquote>"));
        assertThat(d.body()).contains("turning point", "will be known", "— Jane Doe (@janedoe) November 1, 2019")
                .doesNotContain("Category", "22 January");
    }

    @Test
    void callsToActionGoButAStoryAboutPricesStays() throws Exception {
        Document d = extract(articleAround("<p>Start your day with our briefing. Sign up for the free daily "
                + "newsletter.</p><p>To view the full story, please subscribe. You can choose a $5 Weekly Pass.</p>"
                + "<p>Border agents said $53 million a week was coming across the border, according to the "
                + "News-Register.</p>"));
        assertThat(d.body()).contains("turning point", "$53 million").doesNotContain("Sign up", "Weekly Pass");
    }

    @Test
    void weakTailIsCut() throws Exception {
        Document d = extract("<article>" + paragraphs(PROSE_1, PROSE_2, PROSE_3)
                + "<h3>More on this topic</h3><p>Read also:</p><p>Photos by the newsroom</p></article>");
        assertThat(d.text()).endsWith("will be known.").doesNotContain("More on this topic")
                .doesNotContain("Read also");
    }

    @Test
    void longListAtTheEndStays() throws Exception {
        StringBuilder list = new StringBuilder("<ul>");
        for (int i = 1; i <= 8; i++) {
            list.append("<li>District ").append(i).append(": approved</li>");
        }
        Document d = extract("<article>" + paragraphs(PROSE_1, PROSE_2, PROSE_3) + list + "</ul></article>");
        assertThat(d.text()).contains("District 1: approved", "District 8: approved");
    }

    @Test
    void bareUrlParagraphIsKeptButLinkListsAreNot() throws Exception {
        Document d = extract(articleAround("<p><a href='https://example.org/report.pdf'>"
                + "https://example.org/report.pdf</a></p><p><a href='/a'>Sport</a> <a href='/b'>Weather</a> "
                + "<a href='/c'>Culture and entertainment</a></p>"));
        assertThat(d.text()).contains("https://example.org/report.pdf").doesNotContain("Weather");
    }

    @Test
    void embeddedTweetIsContentButSocialButtonsAreNot() throws Exception {
        Document d = extract(articleAround("<div class='social-media-embed'><blockquote class='twitter-tweet'><p>"
                + "The vote is a disgrace and we will fight it in court, the opposition leader wrote on Tuesday "
                + "night.</p></blockquote></div><div class='social-share'><p>Share this story with your friends on "
                + "every network you use</p></div>"));
        assertThat(d.text()).contains("fight it in court").doesNotContain("Share this story");
    }

    @Test
    void pictureCreditsAreDropped() throws Exception {
        Document d = extract("<article>" + paragraphs(PROSE_1, "Foto: Jane Smith / Agency", PROSE_2, PROSE_3)
                + "</article>");
        assertThat(d.text()).doesNotContain("Jane Smith").contains("turning point");
    }

    @Test
    void signUpFormIsBoilerplate() throws Exception {
        Document d = extract("<article>" + paragraphs(PROSE_1, PROSE_2, PROSE_3) + "</article>"
                + "<form action='/subscribe'><p>Get our morning briefing with the most important news of the day, "
                + "every day, straight to your inbox, free of charge.</p><p>Your e-mail address (required)</p></form>");
        assertThat(d.text()).doesNotContain("morning briefing").contains("turning point");
    }

    @Test
    void textOnlyInsideMarkedBoxesIsStillFound() throws Exception {
        Document d = extract("<div class='newsletter-box'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div>");
        assertThat(d.text()).contains("turning point");
    }

    @Test
    void scoringFallsBackWhenTheChosenBoxHoldsLittleProse() throws Exception {
        // A signature table with many comma-separated names outscores nothing now, but a comment-rich box beside
        // a long, plainly written article must not win either: the article has by far the most prose.
        StringBuilder names = new StringBuilder("<table><tr><td>");
        for (int i = 0; i < 40; i++) {
            names.append("<div>Name ").append(i).append(", Town ").append(i).append(", Country</div>");
        }
        names.append("</td></tr></table>");
        Document d = extract("<div class='letter'>" + paragraphs(PROSE_1, PROSE_2, PROSE_3, PROSE_1 + " " + PROSE_2)
                + names + "</div>");
        assertThat(d.text()).contains("turning point", "review is planned");
    }
}
