package io.parallax.app;

import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.link.Decision;
import io.parallax.model.Entity;
import io.parallax.model.EntityType;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.store.lucene.LuceneStore;
import io.parallax.util.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingest, resume and user decisions through the engine, on a real Lucene store. */
class EngineTest {

    static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void pipeline() {
        pipeline = Pipeline.standard(PipelineConfig.defaults().withThreads(2));
    }

    private static IngestReport ingest(Engine engine, Path... inputs) throws IOException {
        List<String> paths = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        return engine.ingest(skip -> new FileSource(paths, SourceOptions.DEFAULTS.withSkip(skip)), (id, o) -> { });
    }

    private Path article(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Optional<Entity> named(Engine engine, String variant) {
        return engine.view().entities().stream().filter(e -> e.variantNames().contains(variant))
                .max(Comparator.comparingInt(e -> e.mentions().size()));
    }

    @Test
    void interruptedRunResumesWithoutLossOrDuplicates() throws IOException {
        Path a = article("a.txt", "Mayor Anna Berg opened the new bridge in Lyon on Monday.\n");
        Path b = article("b.txt", "Engineers in Lyon said the bridge cost 40 million euros.\n");
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            assertThat(ingest(engine, a).stored()).isEqualTo(1);
        }
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            IngestReport second = ingest(engine, a, b);
            assertThat(second.stored()).isEqualTo(1);
            assertThat(second.skipped()).isEqualTo(1);
            assertThat(engine.view().documents()).hasSize(2);
        }
    }

    @Test
    void sameTextUnderAnotherNameIsADuplicate() throws IOException {
        Path a = article("a.txt", "Mayor Anna Berg opened the new bridge in Lyon on Monday.\n");
        Path copy = article("copy.txt", "Mayor Anna Berg opened the new bridge in Lyon on Monday.\n\n");
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            IngestReport r = ingest(engine, a, copy);
            assertThat(r.stored()).isEqualTo(1);
            assertThat(r.duplicates()).isEqualTo(1);
        }
    }

    @Test
    void mergeSurvivesReopeningAndAppliesToNewDocuments() throws IOException {
        Path first = article("first.txt", "Officials in Paris met Peter Hansen, the city engineer, on Monday.\n\n"
                + "Hansen said the bridge would reopen in May.\n");
        Path second = article("second.txt", "The engineer Michael Brown inspected the bridge in Paris.\n");
        String berg;
        String bergstrom;
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            ingest(engine, first, second);
            berg = named(engine, "Peter Hansen").orElseThrow().id();
            bergstrom = named(engine, "Michael Brown").orElseThrow().id();
            assertThat(berg).isNotEqualTo(bergstrom);
            engine.decide(new Decision.Merge(berg, List.of(bergstrom), Instant.now()));
            assertThat(engine.view().entities()).extracting(Entity::id).doesNotContain(bergstrom);
        }
        Path third = article("third.txt", "Michael Brown told reporters in Paris that the bridge was safe.\n");
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            ingest(engine, third);
            Entity merged = engine.view().entities().stream().filter(e -> e.id().equals(berg)).findFirst().orElseThrow();
            assertThat(merged.mentions()).extracting(m -> m.document()).contains("first.txt", "second.txt", "third.txt");
            assertThat(merged.type()).isEqualTo(EntityType.PER);
        }
    }

    /** The bar: re-ingesting the seeds after a user merge keeps the merge. */
    @Test
    void aMergeOfSeedEntitiesSurvivesReingestingTheSeeds() throws IOException {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared/corpus/seeds is absent: skipping the seed merge test");
        Path[] files;
        try (var s = Files.list(seeds.get())) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toArray(Path[]::new);
        }
        String keep;
        String gone;
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            ingest(engine, files);
            // two persons the registry kept apart, each named in one seed only, in different seeds
            List<Entity> apart = engine.view().entities().stream()
                    .filter(e -> e.type() == EntityType.PER && documents(e).size() == 1)
                    .sorted(Comparator.comparing(Entity::id)).toList();
            Entity first = apart.get(0);
            Entity other = apart.stream().filter(e -> !documents(e).equals(documents(first))).findFirst()
                    .orElseThrow();
            keep = first.id();
            gone = other.id();
            engine.decide(new Decision.Merge(keep, List.of(gone), Instant.now()));
        }
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            IngestReport again = ingest(engine, files);
            assertThat(again.stored()).as("the seeds are already stored").isZero();
            assertThat(engine.view().entities()).extracting(Entity::id).doesNotContain(gone);
            Entity merged = engine.view().entities().stream().filter(e -> e.id().equals(keep)).findFirst()
                    .orElseThrow();
            assertThat(documents(merged)).hasSize(2);
        }
    }

    private static java.util.Set<String> documents(Entity e) {
        return e.mentions().stream().map(m -> m.document()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void decisionAboutAnUnknownEntityIsRefused() throws IOException {
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            assertThatThrownBy(() -> engine.decide(new Decision.Rename("per:nobody", "Nobody", Instant.now())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entity per:nobody");
        }
    }

    @Test
    void badInputsAreProblemsAndTheRunGoesOn() throws IOException {
        Path good = article("good.txt", "Mayor Anna Berg opened the new bridge in Lyon on Monday.\n");
        Path empty = article("empty.txt", "");
        Path binary = tmp.resolve("in").resolve("binary.html");
        Files.write(binary, new byte[]{0x00, 0x01, (byte) 0xfe, 0x00, 0x13, 0x37, 0x00, 0x00});
        Path misencoded = tmp.resolve("in").resolve("latin1.txt");
        Files.write(misencoded, "Borgmästaren i Malmö öppnade bron på måndagen.\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Engine engine = Engine.open(pipeline, LuceneStore.open(tmp.resolve("store")))) {
            IngestReport r = ingest(engine, good, empty, binary, misencoded, tmp.resolve("in").resolve("missing.txt"));
            assertThat(r.stored()).isEqualTo(2);
            assertThat(r.problems()).hasSize(3);
            assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("\n"));
            assertThat(engine.view().document("latin1.txt")).get()
                    .satisfies(d -> assertThat(d.document().text()).contains("Malmö"));
        }
    }
}
