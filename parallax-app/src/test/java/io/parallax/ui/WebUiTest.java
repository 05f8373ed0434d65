package io.parallax.ui;

import io.parallax.app.Engine;
import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.server.ApiServer;
import io.parallax.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser: Debian's chromium driven by Selenium against the real server over the samples.
 * Skips with a message where chromium or chromedriver is not installed ({@code .ci/run} installs them).
 */
class WebUiTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static Engine engine;
    static ApiServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromedriver are not installed: skipping the browser test");
        engine = Engine.open(Pipeline.standard(PipelineConfig.defaults()), LuceneStore.open(tmp.resolve("store")));
        engine.ingest(skip -> new FileSource(List.of(Path.of("..", "samples").toString()),
                SourceOptions.DEFAULTS.withSkip(skip)), (id, o) -> { });
        server = ApiServer.start(engine, "127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--user-data-dir=" + tmp.resolve("chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void eventListLeadsToAnEventWithSourcesClaimsAndTimeline() {
        browser.get(server.url());
        List<WebElement> events = waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("main .card a"), 3));
        events.getFirst().click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Claims compared across sources"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Sources").contains("Who said what").contains("Timeline").contains("Entities");
        assertThat(browser.findElements(By.cssSelector(".sources .card"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void searchingANameFindsItsOtherSpellings() {
        browser.get(server.url() + "#/search/Munich");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Search: Munich"));
        waiting().until(d -> !d.findElements(By.cssSelector(".snippet b")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("main .card")).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void documentTextIsShownAsTextWithNamesMarkedAndLinked() {
        browser.get(server.url() + "#/doc/harbour-fire-sv-vastkusten.txt");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".text mark")));
        assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("Göteborg");
        assertThat(browser.findElements(By.cssSelector(".text a mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".text script"))).isEmpty();
    }
}
