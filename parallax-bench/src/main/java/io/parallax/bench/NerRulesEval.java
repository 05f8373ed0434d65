package io.parallax.bench;

import io.parallax.cli.Cli;
import io.parallax.ner.Gazetteer;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameFinders;
import io.parallax.ner.NameSpan;
import io.parallax.ner.corpus.EntityTags;
import io.parallax.ner.corpus.NerEvaluator;
import io.parallax.ner.corpus.NerScores;
import io.parallax.pack.PackResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval ner-rules}: what the pack's rules ({@link NameFinders#withRules}) do to a recogniser's
 * held-out output. Reads the fold documents that {@code parallax train ner --cv K --cv-predictions FILE} wrote
 * (token, gold tag, predicted tag), replays the predictions through the rules, and prints F1 before and after. The
 * rules are thus measured on text the model did not train on, and not on the evaluation split where an error
 * analysis may have suggested them.
 */
@Command(name = "ner-rules", mixinStandardHelpOptions = true,
        description = "F1 of cross-validation predictions (train ner --cv-predictions) before and after the pack's "
                + "rules.")
public final class NerRulesEval implements Callable<Integer> {

    @Option(names = "--lang", required = true, description = "ISO 639-1 code of the pack whose rules apply.")
    String language;

    @Option(names = "--predictions", required = true, paramLabel = "FILE",
            description = "Fold documents written by train ner --cv-predictions.")
    Path predictions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One fold document: each sentence's tokens, gold names and predicted names. */
    record Document(List<String[]> tokens, List<List<NameSpan>> gold, List<List<NameSpan>> predicted) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PackResources pack = new PackResources(language);
        Gazetteer places = NameFinders.loadModel(pack).map(m -> m.lexicons().gazetteer()).orElse(Gazetteer.none());
        List<Document> docs = read(predictions);
        Replay replay = new Replay();
        NameFinder ruled = NameFinders.withRules(replay, pack, places, true);
        NerScores before = NerScores.empty();
        NerScores after = NerScores.empty();
        for (Document d : docs) {
            replay.next = d.predicted();
            List<List<NameSpan>> refined = ruled.findAll(d.tokens());
            before = before.plus(NerEvaluator.scoreAll(d.gold(), d.predicted()));
            after = after.plus(NerEvaluator.scoreAll(d.gold(), refined));
        }
        out.printf("%d documents%n%nrecogniser alone%n%s%nwith the %s pack's rules%n%s", docs.size(), before.table(),
                language, after.table());
        out.flush();
        return Cli.OK;
    }

    /** Gives back the predictions of the document being scored; single-threaded, as this command is. */
    private static final class Replay implements NameFinder {
        List<List<NameSpan>> next = List.of();

        @Override
        public List<NameSpan> find(String[] tokens) {
            throw new UnsupportedOperationException("replays whole documents only");
        }

        @Override
        public List<List<NameSpan>> findAll(List<String[]> sentences) {
            return next;
        }
    }

    /**
     * Reads fold documents: {@code -DOCSTART-} lines between documents, blank lines between sentences, and
     * {@code token TAB gold TAB predicted} lines.
     *
     * @throws IOException when the file cannot be read or a token line does not have three columns
     */
    static List<Document> read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        Builder doc = new Builder();
        Sentence sentence = new Sentence();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.startsWith("-DOCSTART-") || line.isBlank()) {
                doc.add(sentence);
                sentence = new Sentence();
                if (line.startsWith("-DOCSTART-")) {
                    doc.addTo(docs);
                    doc = new Builder();
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IOException(file + ":" + n + ": expected token, gold and predicted tags, got: " + line);
            }
            sentence.tokens.add(f[0]);
            sentence.gold.add(f[1]);
            sentence.predicted.add(f[2]);
        }
        doc.add(sentence);
        doc.addTo(docs);
        return docs;
    }

    private static final class Sentence {
        final List<String> tokens = new ArrayList<>();
        final List<String> gold = new ArrayList<>();
        final List<String> predicted = new ArrayList<>();
    }

    private static final class Builder {
        final List<String[]> tokens = new ArrayList<>();
        final List<List<NameSpan>> gold = new ArrayList<>();
        final List<List<NameSpan>> predicted = new ArrayList<>();

        void add(Sentence s) {
            if (!s.tokens.isEmpty()) {
                tokens.add(s.tokens.toArray(String[]::new));
                gold.add(EntityTags.spans(s.gold));
                predicted.add(EntityTags.spans(s.predicted));
            }
        }

        void addTo(List<Document> docs) {
            if (!tokens.isEmpty()) {
                docs.add(new Document(List.copyOf(tokens), List.copyOf(gold), List.copyOf(predicted)));
            }
        }
    }
}
