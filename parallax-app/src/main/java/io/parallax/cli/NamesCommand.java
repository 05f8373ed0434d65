package io.parallax.cli;

import io.parallax.link.NameKeys;
import io.parallax.link.NameMatcher;
import io.parallax.link.Romanizer;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.link.gazetteer.GazetteerBuilder;
import io.parallax.link.translit.NamePartners;
import io.parallax.link.translit.TranslitPair;
import io.parallax.link.translit.TransliterationConfig;
import io.parallax.link.translit.TransliterationModel;
import io.parallax.link.translit.TransliterationTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parallax names}: compare names across languages and scripts, and rebuild the name data. */
@Command(name = "names",
        mixinStandardHelpOptions = true,
        description = "Name matching across languages and scripts.",
        subcommands = {
                NamesCommand.Compare.class,
                NamesCommand.BuildGazetteer.class,
                NamesCommand.TrainTranslit.class,
                NamesCommand.BuildPartners.class,
        })
public final class NamesCommand {

    /** Output formats of {@code names compare}. */
    enum Format { tsv }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Reads lines 'nameA<TAB>nameB' from standard input and writes 'same|different<TAB>score'",
                    "for each, in order. A line without a tab is answered 'different<TAB>0.000' and reported on",
                    "standard error; the exit code is then 1."})
    static final class Compare implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "tsv", description = "Output format: ${COMPLETION-CANDIDATES}.")
        Format format;

        @Option(names = "--explain", description = "Add a third column saying which rule decided.")
        boolean explain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            NameKeys keys = new NameKeys(new Romanizer());
            NameMatcher matcher = NameMatcher.standard(keys, Gazetteer.loadDefault());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int bad = 0;
            int lineNo = 0;
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    bad++;
                    err.println("parallax names compare: line " + lineNo + ": expected nameA<TAB>nameB");
                    out.println("different\t0.000" + (explain ? "\tmalformed line" : ""));
                    continue;
                }
                String second = line.substring(tab + 1);
                int extra = second.indexOf('\t');
                NameMatcher.Match m = matcher.compare(line.substring(0, tab),
                        extra < 0 ? second : second.substring(0, extra));
                out.println((m.same() ? "same" : "different") + "\t" + String.format(Locale.ROOT, "%.3f", m.score())
                        + (explain ? "\t" + m.reason() : ""));
            }
            out.flush();
            return bad == 0 ? Cli.OK : Cli.FAILURE;
        }
    }

    @Command(name = "build-gazetteer", mixinStandardHelpOptions = true,
            description = "Builds the compact gazetteer from GeoNames, CLDR (ICU4J) and, optionally, Debian iso-codes.")
    static final class BuildGazetteer implements Callable<Integer> {

        @Option(names = "--geonames", required = true,
                description = "Directory with cities15000.txt, countryInfo.tsv, regionInfo.tsv, country_translations.json.")
        Path geonames;

        @Option(names = "--iso-codes", description = "Debian's /usr/share with iso-codes/json and locale/ (optional).")
        Path isoCodes;

        @Option(names = "--out", required = true, description = "Output file (.tsv.gz).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            GazetteerBuilder builder = new GazetteerBuilder(new NameKeys(new Romanizer()));
            var entries = builder.build(geonames, isoCodes);
            try (OutputStream o = Files.newOutputStream(out)) {
                GazetteerBuilder.Report r = GazetteerBuilder.write(entries, o);
                spec.commandLine().getOut().printf(Locale.ROOT,
                        "wrote %s: %d countries, %d regions, %d cities, %d continents, %d former countries, %d keys%n",
                        out, r.countries(), r.regions(), r.cities(), r.continents(), r.former(), r.keys());
            }
            return Cli.OK;
        }
    }

    @Command(name = "train-translit", mixinStandardHelpOptions = true,
            description = "Trains a transliteration model from a Wikidata pair file (wd_<script>_64.gz).")
    static final class TrainTranslit implements Callable<Integer> {

        @Parameters(index = "0", description = "Training pairs, e.g. ../shared/data/names/wikidata-translit/wd_russian_64.gz")
        Path train;

        @Option(names = "--script", required = true, description = "Data set name: russian, hebrew, arabic, …")
        String script;

        @Option(names = "--out", required = true, description = "Model file (.json.gz).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<TranslitPair> pairs = TranslitPair.readWikidata(train);
            TransliterationModel model = new TransliterationTrainer().train(pairs,
                    TransliterationConfig.forScript(script));
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d units, held out %s%n", out, model.units(),
                    model.heldOut());
            return Cli.OK;
        }
    }

    @Command(name = "build-partners", mixinStandardHelpOptions = true,
            description = "Lists the Latin words that a Wikidata pair file (wd_chinese_64.gz) pairs with each name "
                    + "word of the other script, for the registry to find candidates by.")
    static final class BuildPartners implements Callable<Integer> {

        @Parameters(index = "0",
                description = "Training pairs, e.g. ../shared/data/names/wikidata-translit/wd_chinese_64.gz")
        Path train;

        @Option(names = "--out", required = true, description = "Partner file (.tsv.gz).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            NamePartners.Builder b = new NamePartners.Builder();
            int pairs = b.add(TranslitPair.readWikidata(train));
            NamePartners partners = b.build();
            try (OutputStream o = Files.newOutputStream(out)) {
                partners.write(o);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d words from %d pairs%n", out,
                    partners.size(), pairs);
            return Cli.OK;
        }
    }
}
